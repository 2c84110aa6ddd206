import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Context } from '../src/pipeline.js';
import type { Conflict } from '../src/types.js';
import { runUpTo, seedFiles, textInput } from './helpers.js';

// The seeds as they are: 000, 001 and 004 have no dateline and get their day from the dates stage.
const seedInput = (path: string) => ({ ...textInput(path), id: basename(path).slice(0, 3) });

describe('figures reconciled across the five seed reports', () => {
  let ctx: Context;
  const conflicts = (): Conflict[] => ctx.stories.flatMap((s) => s.conflicts);
  const withValues = (cls: Conflict['classification'], ...values: number[]): Conflict | undefined =>
    conflicts().find((c) => c.classification === cls && values.every((v) => c.figures.some((f) => f.value === v)));

  it('runs the pipeline into one story', async () => {
    ctx = await runUpTo(seedFiles().map(seedInput), 'reconcile');
    expect(ctx.stories).toHaveLength(1);
  }, 60_000);

  it('sees the arrests move from more than 3,000 to 7,939 to about 8,000 as an evolution', () => {
    const c = withValues('evolution', 3000, 7939, 8000);
    expect(c?.groupKey).toBe('arrested||');
    expect(c?.figures.find((f) => f.value === 3000)).toMatchObject({ qualifier: 'more-than', date: '2022-01-07' });
    expect(c?.figures.find((f) => f.value === 7939)).toMatchObject({ date: '2022-01-10' });
  });

  it('shows the CSTO strength, about 3,600 then 2,030, as a disagreement between two dates', () => {
    const c = withValues('conflict', 3600, 2030);
    expect(c?.groupKey).toBe('deployed|CSTO troops|');
    expect(c?.explanation).toMatch(/2022-01-07.*2022-01-10/);
  });

  it('finds 164 killed and "more than 160" killed consistent', () => {
    expect(withValues('consistent', 164, 160)?.groupKey).toBe('killed||');
    expect(conflicts().some((c) => c.classification === 'conflict' && c.groupKey === 'killed||')).toBe(false);
  });

  it('keeps the police casualties apart from the totals', () => {
    const groups = ctx.stories.flatMap((s) => s.figureGroups);
    expect(groups.find((g) => g.key === 'injured|police|')?.latest?.value).toBe(748);
    expect(withValues('different-scope', 748)?.groupKey).toBe('injured|police|');
  });

  it('puts the figures on the timeline by the day they refer to', () => {
    const timeline = ctx.stories[0]?.timeline ?? [];
    const arrests = timeline.filter((t) => t.kind === 'figure' && t.text.startsWith('arrested'));
    expect(arrests.map((t) => t.date)).toEqual(['2022-01-07', '2022-01-10']);
    expect(arrests[0]?.articleIds.sort()).toEqual(['000', '001']);
    const dates = timeline.map((t) => t.date);
    expect([...dates].sort()).toEqual(dates);
  });
});
