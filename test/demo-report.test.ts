// What a user of `npm start` should see from the demo corpus (demo/expected.json), checked on the real pipeline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePaths } from '../src/core.js';
import { normaliseString } from '../src/text/normalise.js';
import type { Article, Report, Story } from '../src/types.js';
import { demoDir, demoReportsDir } from './helpers.js';

interface Expected {
  storyCount: number;
  articleCount: number;
  copies: Array<[string, string]>;
  published: Record<string, string>;
  publishedInferred: Record<string, string>;
  figures: Array<{ articleId: string; kind: string; value: number; qualifier: string; surface: string }>;
  quotes: Array<{ articleId: string; speaker: string; text: string }>;
  sameStatements: Array<Array<{ articleId: string; text: string }>>;
  entities: Array<{ name: string; variants: string[] }>;
}

// Gaps we know of, named so that a new miss fails and a fix shows up as a test to tighten.
const KNOWN_FIGURE_MISSES = ['87 طبيبا ومسعفا', 'نحو ٣٠ ألف شخص', 'at least 30,000 people', 'more than 9,000 people'];
const KNOWN_SPEAKER_MISSES = [
  'الأرقام مرشحة للارتفاع',
  'عدد الضحايا هائل',
  'الحصيلة ضخمة جدا',
  'الحصيلة الحقيقية ستكون أكبر بكثير',
];
const KNOWN_UNMERGED = ['حفتر', 'Haftar', 'عاصفة دانيال', 'العاصفة دانيال', 'دانيال', 'الهلال الأحمر الليبي'];

const expected = JSON.parse(readFileSync(join(demoDir, 'expected.json'), 'utf8')) as Expected;
let report: Report;
let story: Story;
const articleOf = (id: string): Article => report.articles.find((a) => a.id === id) as Article;
const n = normaliseString;
/** Where a phrase of the expected file sits in the article's original text. */
const spanOf = (id: string, phrase: string) => {
  const start = articleOf(id).original.indexOf(phrase);
  return { start, end: start + phrase.length };
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

beforeAll(async () => {
  report = await analyzePaths([demoReportsDir]);
  story = report.stories[0] as Story;
});

describe('the demo corpus', () => {
  it('is one story of every report, with the syndicated copy found', () => {
    expect(report.errors).toEqual([]);
    expect(report.stories).toHaveLength(expected.storyCount);
    expect(story.articleIds).toHaveLength(expected.articleCount);
    for (const [copy, original] of expected.copies)
      expect(story.copies).toContainEqual(expect.objectContaining({ articleId: copy, copyOf: original }));
    expect(story.copies).toHaveLength(expected.copies.length);
  });

  it('reads every dateline form and infers the undated reports', () => {
    for (const [id, day] of Object.entries(expected.published)) {
      expect(articleOf(id).published?.slice(0, 10), id).toBe(day);
      expect(articleOf(id).publishedInferred, id).toBe(false);
    }
    for (const id of Object.keys(expected.publishedInferred)) expect(articleOf(id).publishedInferred, id).toBe(true);
    expect(articleOf('03-nabd-alkhabar').published).toBe(expected.publishedInferred['03-nabd-alkhabar']);
  });

  it('finds the figures with kind, value, qualifier and span', () => {
    const missed = expected.figures.filter((g) => {
      const span = spanOf(g.articleId, g.surface);
      return !story.figures.some(
        (f) =>
          f.articleId === g.articleId &&
          f.kind === g.kind &&
          f.value === g.value &&
          f.qualifier === g.qualifier &&
          overlaps(f, span),
      );
    });
    expect(missed.map((m) => m.surface).filter((s) => !KNOWN_FIGURE_MISSES.includes(s))).toEqual([]);
    expect(expected.figures.length - missed.length).toBeGreaterThanOrEqual(expected.figures.length - KNOWN_FIGURE_MISSES.length);
  });

  it('attributes the quotes to their speakers and links the same statement across outlets', () => {
    const entityNames = new Map(story.entities.map((e) => [e.id, [e.name, ...e.aliases].map(n).join(' | ')]));
    for (const g of expected.quotes) {
      const span = spanOf(g.articleId, g.text);
      const q = story.quotes.find((x) => x.articleId === g.articleId && overlaps(x, span));
      expect(q, g.text).toBeDefined();
      if (g.speaker === 'unnamed') {
        expect(q?.speakerEntityId, g.text).toBeUndefined();
        continue;
      }
      if (KNOWN_SPEAKER_MISSES.includes(g.text)) continue;
      const last = n(g.speaker).split(' ').at(-1) as string;
      const said = `${n(q?.speaker ?? '')} | ${entityNames.get(q?.speakerEntityId ?? '') ?? ''}`;
      expect(said, g.text).toContain(last);
    }
    for (const [a, b] of expected.sameStatements) {
      if (KNOWN_SPEAKER_MISSES.includes(a?.text ?? '') || KNOWN_SPEAKER_MISSES.includes(b?.text ?? '')) continue; // one statement needs one speaker
      const qa = story.quotes.find((x) => x.articleId === a?.articleId && overlaps(x, spanOf(a.articleId, a.text)));
      const qb = story.quotes.find((x) => x.articleId === b?.articleId && overlaps(x, spanOf(b.articleId, b.text)));
      expect(qa?.statementId).toBeDefined();
      expect(qa?.statementId).toBe(qb?.statementId);
    }
  });

  it('merges every spelling of the main names, across Arabic and English', () => {
    for (const e of expected.entities) {
      const found = e.variants.filter((v) => !KNOWN_UNMERGED.includes(v));
      const ids = new Set(
        found.map((v) => story.entities.find((x) => x.aliases.some((a) => n(a) === n(v)) || n(x.name) === n(v))?.id),
      );
      if (!found.length) continue;
      expect([...ids], `${e.name}: ${found.join(' / ')}`).toHaveLength(1);
      expect([...ids][0], e.name).toBeDefined();
    }
  });
});
