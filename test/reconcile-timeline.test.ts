import { describe, expect, it } from 'vitest';
import { plainArticle } from '../src/article.js';
import { buildTimeline } from '../src/story/timeline.js';
import type { Article, EventMention, Figure } from '../src/types.js';

const article = (id: string): Article => plainArticle(id, '', { language: 'ar' });

const figure = (id: string, articleId: string, date: string, extra: Partial<Figure> = {}): Figure => ({
  id,
  articleId,
  kind: 'arrested',
  value: 3000,
  qualifier: 'more-than',
  date,
  start: 10,
  end: 20,
  surface: 'أكثر من 3000',
  sentence: 'تم القبض على أكثر من 3000 شخص.',
  sentenceStart: 0,
  ...extra,
});

const event = (
  id: string,
  articleId: string,
  date: string | undefined,
  type: EventMention['type'],
  sentence: string,
): EventMention => ({
  id,
  articleId,
  type,
  trigger: 'x',
  start: 0,
  end: 5,
  actors: [],
  sentence,
  ...(date ? { date } : {}),
});

describe('buildTimeline', () => {
  it('orders by the day referred to, not by article order, and skips undated events', () => {
    const entries = buildTimeline(
      [event('e1', 'b', '2022-01-06T00:00:00', 'protest', 'خرج المتظاهرون.'), event('e2', 'b', undefined, 'statement', 'قال.')],
      [figure('f1', 'a', '2022-01-07')],
      [article('a'), article('b')],
    );
    expect(entries.map((e) => [e.date, e.kind])).toEqual([
      ['2022-01-06', 'event'],
      ['2022-01-07', 'figure'],
    ]);
    expect(entries[1]?.text).toBe('arrested: more than 3,000');
  });

  it('merges one day and kind from several reports, with every source and inferred only if all were', () => {
    const entries = buildTimeline(
      [],
      [
        figure('f1', 'a', '2022-01-07', { dateInferred: true }),
        figure('f2', 'b', '2022-01-07', { attributedTo: 'التلفزيون', dateInferred: false, start: 40, end: 50 }),
        figure('f3', 'b', '2022-01-07', { kind: 'killed', value: 18, qualifier: 'exact', group: 'police' }),
      ],
      [article('a'), article('b')],
    );
    expect(entries).toHaveLength(2);
    const arrests = entries.find((e) => e.text.startsWith('arrested'));
    expect(arrests).toMatchObject({ articleIds: ['a', 'b'], dateInferred: false });
    expect(arrests?.sources).toEqual([
      { articleId: 'a', start: 10, end: 20 },
      { articleId: 'b', start: 40, end: 50 },
    ]);
    expect(arrests?.text).toBe('arrested: more than 3,000; more than 3,000 (التلفزيون)');
    expect(entries.find((e) => e.text.startsWith('killed'))?.text).toBe('killed (police): 18');
  });

  it('trims a long event sentence to about 200 characters', () => {
    const [entry] = buildTimeline([event('e1', 'a', '2022-01-06', 'riot', 'ش'.repeat(500))], [], [article('a')]);
    expect(entry?.text.length).toBeLessThanOrEqual(200);
    expect(entry?.text.startsWith('riot: ')).toBe(true);
  });
});
