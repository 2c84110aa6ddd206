import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactGold } from '../eval/gold-facts.js';
import { matchFigures } from '../eval/tasks/figures.js';
import { normaliseString } from '../src/text/normalise.js';
import type { Figure } from '../src/types.js';

describe('fact gold', () => {
  it('reads article.txt beside gold.json and merges the quotes and events file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'facts-'));
    mkdirSync(join(dir, 'one'));
    writeFileSync(join(dir, 'one/article.txt'), 'قتل 5 اشخاص.');
    const figure = { kind: 'killed', value: 5, qualifier: 'exact', surface: '5 اشخاص' };
    writeFileSync(
      join(dir, 'one/gold.json'),
      JSON.stringify({ language: 'ar', published: '2022-01-07', figures: [figure], quotes: [] }),
    );
    const quote = { speaker: 'unnamed', text: 'x', kind: 'direct' };
    writeFileSync(join(dir, 'one/gold-quotes-events.json'), JSON.stringify({ quotes: [quote], events: [] }));
    mkdirSync(join(dir, 'empty'));
    const [gold, ...rest] = loadFactGold(dir);
    expect(rest).toEqual([]);
    expect(gold).toMatchObject({
      slug: 'one',
      language: 'ar',
      text: 'قتل 5 اشخاص.',
      figures: [figure],
      quotes: [quote],
      events: [],
    });
  });

  it('has, for every seed and gold report, figures whose surface is in the text', () => {
    const golds = loadFactGold();
    expect(golds.filter((g) => g.slug.startsWith('seed-')).map((g) => g.slug)).toEqual([
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'seed-004',
    ]);
    for (const g of golds) for (const f of g.figures) expect(g.text, `${g.slug}: ${f.surface}`).toContain(f.surface);
  });

  it('matches a prediction by overlapping span, kind and value, each gold once', () => {
    const text = 'قتل 5 اشخاص واصيب 5 اخرون.';
    const gold = {
      slug: 's',
      language: 'ar',
      published: '2022-01-07',
      text,
      source: '',
      quotes: [],
      events: [],
      figures: [
        { kind: 'killed' as const, value: 5, qualifier: 'exact' as const, surface: '5 اشخاص', attributedTo: 'الشرطه' },
        { kind: 'injured' as const, value: 5, qualifier: 'exact' as const, surface: '5 اخرون' },
      ],
    };
    const at = (s: string): number => text.indexOf(s);
    const p = (kind: Figure['kind'], start: number, attributedTo?: string): Figure => ({
      id: `${kind}${start}`,
      articleId: 's',
      kind,
      value: 5,
      qualifier: 'exact',
      start,
      end: start + 1,
      surface: '5',
      sentence: text,
      sentenceStart: 0,
      ...(attributedTo ? { attributedTo } : {}),
    });
    const t = matchFigures(gold, [p('killed', at('5 اشخاص'), normaliseString('الشرطة')), p('killed', at('5 اخرون'))]);
    expect([t.tp, t.predicted, t.gold]).toEqual([1, 2, 2]);
    expect(t.source).toEqual([1, 1]);
  });
});
