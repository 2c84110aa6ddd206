import { describe, expect, it } from 'vitest';
import { reconcileFigures } from '../src/story/reconcile.js';
import type { Conflict, CopyLink, Figure, Qualifier } from '../src/types.js';

let n = 0;
function fig(
  articleId: string,
  kind: Figure['kind'],
  value: number,
  qualifier: Qualifier,
  date: string,
  extra: Partial<Figure> = {},
): Figure {
  n++;
  return {
    id: `${articleId}:fig${n}`,
    articleId,
    kind,
    value,
    qualifier,
    date,
    start: n * 10,
    end: n * 10 + 4,
    surface: String(value),
    sentence: `sentence ${n}`,
    sentenceStart: n * 10,
    ...extra,
  };
}

const of = (conflicts: Conflict[], classification: Conflict['classification'], key?: string): Conflict[] =>
  conflicts.filter((c) => c.classification === classification && (!key || c.groupKey === key));

describe('reconcileFigures', () => {
  it('calls a count that grows over the days an evolution', () => {
    const figures = [
      fig('a', 'arrested', 3000, 'more-than', '2022-01-07'),
      fig('b', 'arrested', 7939, 'exact', '2022-01-10'),
      fig('c', 'arrested', 8000, 'about', '2022-01-10'),
    ];
    const { groups, conflicts } = reconcileFigures(figures, []);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ key: 'arrested||', range: [3000, 8000], latest: { value: 8000, date: '2022-01-10' } });
    const [evolution] = of(conflicts, 'evolution');
    expect(evolution?.figures.map((f) => f.value)).toEqual([3000, 7939, 8000]);
    expect(evolution?.explanation).toMatch(/2022-01-07.*2022-01-10/);
    expect(of(conflicts, 'conflict')).toEqual([]);
  });

  it('names each disagreeing amount once, with every source that gave it', () => {
    const figures = [
      fig('a', 'killed', 2300, 'exact', '2023-09-12', { attributedTo: 'جهاز الإسعاف' }),
      fig('b', 'killed', 2300, 'exact', '2023-09-12'),
      fig('c', 'killed', 5300, 'more-than', '2023-09-12', { attributedTo: 'وزارة الداخلية' }),
    ];
    const [c] = of(reconcileFigures(figures, []).conflicts, 'conflict');
    expect(c?.figures).toHaveLength(3);
    expect(c?.explanation.match(/2,300/g)).toHaveLength(1);
    expect(c?.explanation).toContain('2,300 (جهاز الإسعاف) vs more than 5,300 (وزارة الداخلية)');
  });

  it('calls a lower count on a later day a conflict and names both dates', () => {
    const figures = [
      fig('a', 'deployed', 3600, 'about', '2022-01-07', { group: 'CSTO troops', attributedTo: 'الأمين العام' }),
      fig('b', 'deployed', 2030, 'exact', '2022-01-10', { group: 'CSTO troops' }),
    ];
    const [c] = of(reconcileFigures(figures, []).conflicts, 'conflict');
    expect(c?.groupKey).toBe('deployed|CSTO troops|');
    expect(c?.explanation).toContain('2022-01-07');
    expect(c?.explanation).toContain('2022-01-10');
    expect(c?.figures.find((f) => f.value === 3600)?.attributedTo).toBe('الأمين العام');
  });

  it('finds 164 and "more than 160" on one day consistent, 164 and 120 a conflict', () => {
    const ok = reconcileFigures(
      [fig('a', 'killed', 164, 'exact', '2022-01-10'), fig('b', 'killed', 160, 'more-than', '2022-01-10')],
      [],
    );
    expect(of(ok.conflicts, 'consistent')).toHaveLength(1);
    expect(of(ok.conflicts, 'conflict')).toEqual([]);
    const bad = reconcileFigures(
      [fig('a', 'killed', 164, 'exact', '2022-01-10'), fig('b', 'killed', 120, 'exact', '2022-01-10')],
      [],
    );
    expect(of(bad.conflicts, 'conflict')).toHaveLength(1);
  });

  it('keeps a police-only count apart from the total and calls the pair different-scope', () => {
    const figures = [
      fig('a', 'killed', 18, 'exact', '2022-01-07', { group: 'police' }),
      fig('b', 'killed', 164, 'exact', '2022-01-10', { group: 'people' }),
      fig('c', 'killed', 160, 'more-than', '2022-01-10'),
    ];
    const { groups, conflicts } = reconcileFigures(figures, []);
    expect(groups.map((g) => g.key).sort()).toEqual(['killed||', 'killed|police|'].sort());
    const scope = of(conflicts, 'different-scope');
    expect(scope).toHaveLength(1);
    expect(scope[0]?.groupKey).toBe('killed|police|');
    expect(of(conflicts, 'conflict')).toEqual([]);
  });

  it('counts a copied report once', () => {
    const original = fig('a', 'killed', 40, 'exact', '2022-01-07');
    const copy = fig('b', 'killed', 40, 'exact', '2022-01-07');
    const other = fig('c', 'killed', 25, 'exact', '2022-01-07');
    const link: CopyLink = { articleId: 'b', copyOf: 'a', similarity: 0.97, kind: 'near-duplicate' };
    const [c] = of(reconcileFigures([original, copy, other], [link]).conflicts, 'conflict');
    expect(c?.figures.map((f) => f.articleId).sort()).toEqual(['a', 'c']);
  });

  it('counts an identical sentence once and does not pit two parts of one sentence against each other', () => {
    const a = fig('a', 'killed', 40, 'exact', '2022-01-07', { sentence: 'قتل 40 شخصا.' });
    const b = fig('b', 'killed', 40, 'exact', '2022-01-07', { sentence: 'قتل  40 شخصا.' });
    const c = fig('c', 'killed', 30, 'exact', '2022-01-07');
    const [conflict] = of(reconcileFigures([a, b, c], []).conflicts, 'conflict');
    expect(conflict?.figures.map((f) => f.articleId).sort()).toEqual(['a', 'c']);
    const parts = [
      fig('d', 'deployed', 2030, 'exact', '2022-01-10', { sentenceStart: 5 }),
      fig('d', 'deployed', 250, 'exact', '2022-01-10', { sentenceStart: 5 }),
    ];
    expect(reconcileFigures(parts, []).conflicts).toEqual([]);
  });

  it('splits a rise then a fall into an evolution and a conflict', () => {
    const figures = [
      fig('a', 'killed', 10, 'exact', '2022-01-05'),
      fig('b', 'killed', 40, 'exact', '2022-01-06'),
      fig('c', 'killed', 25, 'exact', '2022-01-08'),
    ];
    const { conflicts } = reconcileFigures(figures, []);
    expect(of(conflicts, 'evolution').map((c) => c.figures.map((f) => f.value))).toEqual([[10, 40]]);
    expect(of(conflicts, 'conflict').map((c) => c.figures.map((f) => f.value))).toEqual([[40, 25]]);
  });

  it('compares undated figures only among themselves', () => {
    const undated = (v: number): Figure => {
      const f = fig('u', 'injured', v, 'exact', '');
      delete f.date;
      return f;
    };
    const { conflicts } = reconcileFigures([undated(5), undated(9), fig('d', 'injured', 7, 'exact', '2022-01-06')], []);
    expect(conflicts.map((c) => [c.classification, c.figures.map((f) => f.value)])).toEqual([['conflict', [5, 9]]]);
    expect(conflicts[0]?.explanation).toContain('no date');
  });

  it('keeps a place apart from the national count', () => {
    const { groups } = reconcileFigures(
      [fig('a', 'killed', 100, 'more-than', '2022-01-10', { place: 'ألماتي' }), fig('b', 'killed', 164, 'exact', '2022-01-10')],
      [],
    );
    expect(groups.map((g) => g.key).sort()).toEqual(['killed||', 'killed||الماتي']);
  });
});
