import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { plainArticle } from '../src/article.js';
import { cleanArticles } from '../src/clean/index.js';
import type { Article, Flag } from '../src/types.js';
import { runUpTo, seedsDir, textInput } from './helpers.js';

const article = (original: string): Article => plainArticle('f', original, { source: '/in/f.txt', language: 'ar' });
const flagsOf = (original: string): Flag[] => {
  const a = article(original);
  cleanArticles([a]);
  return a.flags;
};
const kinds = (flags: Flag[]): string[] => flags.map((f) => f.kind);

const NEWS = 'قالت وزارة الداخلية إن قوات الأمن اعتقلت 40 شخصا في العاصمة خلال مواجهات ليلية مع محتجين غاضبين.';

describe('quality flags on the seeds', () => {
  const seeds = new Map<string, Article>();
  beforeAll(async () => {
    const ids = ['000_1d22d18d2412f3be', '002_d756f70e890e7ef2', '004_66c8fd1a166d4504'];
    const ctx = await runUpTo(
      ids.map((id) => textInput(join(seedsDir, `${id}.txt`))),
      'clean',
    );
    for (const a of ctx.articles) seeds.set(a.id.slice(0, 3), a);
  });
  const evidence = (id: string, kind: string): string[] =>
    (seeds.get(id)?.flags ?? []).filter((f) => f.kind === kind).map((f) => seeds.get(id)?.original.slice(f.start, f.end) ?? '');

  it('000: machine-translation evidence points at the English label, the detached لـ and the spaced commas', () => {
    const spans = evidence('000', 'machine-translation');
    expect(spans).toContain('READ');
    expect(spans).toContain('لـ ال');
    expect(spans).toContain('قال لشبكة سي إن إن');
    expect(spans).toContain(' ،');
  });

  it('000: teasers for unrelated stories are content-farm evidence', () => {
    expect(evidence('000', 'content-farm')).toHaveLength(2);
  });

  it('002: two repeated paragraphs, and nothing machine-translated', () => {
    const dup = seeds.get('002')?.flags.find((f) => f.kind === 'duplicated-paragraphs');
    expect(dup?.evidence).toMatch(/^2 /);
    expect(evidence('002', 'machine-translation')).toEqual([]);
  });

  it('004: the author bio and the ". ." sentence ends', () => {
    expect(evidence('004', 'content-farm')[0]).toContain('لحم الخنزير المقدد');
    expect(seeds.get('004')?.flags.some((f) => f.evidence.startsWith('sentence ending ". ." ×2'))).toBe(true);
  });
});

describe('quality flags on small texts', () => {
  it('truncated: ends mid-sentence or on an ellipsis', () => {
    expect(kinds(flagsOf(`عنوان\n\n${NEWS}\n\n${NEWS} ${NEWS.slice(0, -20)}`))).toContain('truncated');
    expect(kinds(flagsOf(`عنوان\n\n${NEWS}\n\nوقال المتحدث إن الوضع…`))).toContain('truncated');
    expect(kinds(flagsOf(`عنوان\n\n${NEWS}\n\n${NEWS}`))).not.toContain('truncated');
  });

  it('a short closing line (a subhead, a signature) is not a truncation', () => {
    expect(kinds(flagsOf(`عنوان\n\n${NEWS}\n\nإقالات`))).not.toContain('truncated');
  });

  it('Latin words inside Arabic: lower-case residue counts, names, acronyms and addresses do not', () => {
    const residue = flagsOf(
      `عنوان\n\nوقال المتحدث (Tokayev) إن the government ستعلن القرار، بحسب CNN وموقع www.example.com اليوم.`,
    );
    const words = residue.filter((f) => f.kind === 'machine-translation').map((f) => f.evidence);
    expect(words).toEqual(['Latin word "the" inside the text', 'Latin word "government" inside the text']);
  });

  it('unpaired quote marks in a paragraph', () => {
    expect(flagsOf(`عنوان\n\nوقال المتحدث "لن نتراجع عن القرار.\n\n${NEWS}`).map((f) => f.evidence)).toContain(
      'odd number of quote marks in a paragraph',
    );
    expect(kinds(flagsOf(`عنوان\n\nوقال المتحدث "لن نتراجع" عن القرار.`))).not.toContain('machine-translation');
  });

  it('clean copy raises nothing but the missing dateline', () => {
    expect(kinds(flagsOf(`عنوان\n\n${NEWS}`))).toEqual(['no-dateline']);
  });
});
