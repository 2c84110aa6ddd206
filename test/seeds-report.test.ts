// The walking skeleton's acceptance: the five sample reports become one sourced story.
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeInputs } from '../src/core.js';
import { normaliseString } from '../src/text/normalise.js';
import type { Article, Report, Story } from '../src/types.js';
import { seedFiles, textInput } from './helpers.js';

let report: Report;
let story: Story;
const ids = seedFiles().map((f) => basename(f, '.txt'));
const article = (prefix: string): Article => {
  const a = report.articles.find((x) => x.id.startsWith(prefix));
  if (!a) throw new Error(`no article ${prefix}`);
  return a;
};

beforeAll(async () => {
  report = await analyzeInputs(seedFiles().map(textInput));
  story = report.stories[0] as Story;
});

describe('the five seeds', () => {
  it('form one story', () => {
    expect(report.stories).toHaveLength(1);
    expect([...story.articleIds].sort()).toEqual([...ids].sort());
  });

  it('lose their boilerplate and keep the repeated paragraph once', () => {
    const all = report.articles.map((a) => a.text).join('\n');
    for (const junk of ['READ', 'اترك تعليقاً', 'covid19-ultimate-card', 'اقرأ/ي أيضًا', 'بريدك الإلكتروني', 'لحم الخنزير']) {
      expect(all).not.toContain(junk);
    }
    expect(
      article('003')
        .text.split('\n')
        .some((l) => l.trim() === 'التعليقات'),
    ).toBe(false);
    const repeated = normaliseString('أعلنت الأمانة العامة لمنظمة معاهدة الأمن الجماعي');
    expect(normaliseString(article('002').text).split(repeated).length - 1).toBe(1);
    for (const a of report.articles) expect(a.removed.every((r) => r.reason.length > 0)).toBe(true);
  });

  it('read their datelines and date the undated ones from their weekdays', () => {
    expect(article('002').published?.slice(0, 10)).toBe('2022-01-06');
    expect(article('003').published?.slice(0, 10)).toBe('2022-01-10');
    expect(article('002').publishedInferred).toBe(false);
    for (const [id, day] of [
      ['000', '2022-01-07'],
      ['001', '2022-01-07'],
      ['004', '2022-01-10'],
    ] as const) {
      expect(article(id).published?.slice(0, 10)).toBe(day);
      expect(article(id).publishedInferred).toBe(true);
    }
  });

  it('find the arrest, death and deployment figures with their qualifiers and spans', () => {
    const has = (prefix: string, kind: string, value: number, qualifier: string) =>
      story.figures.some(
        (f) => f.articleId.startsWith(prefix) && f.kind === kind && f.value === value && f.qualifier === qualifier,
      );
    expect(has('003', 'arrested', 7939, 'exact')).toBe(true);
    expect(has('000', 'arrested', 3000, 'more-than')).toBe(true);
    expect(has('001', 'arrested', 3000, 'more-than')).toBe(true);
    expect(has('004', 'arrested', 8000, 'about')).toBe(true);
    expect(has('003', 'killed', 164, 'exact')).toBe(true);
    expect(has('004', 'killed', 160, 'more-than')).toBe(true);
    expect(has('000', 'deployed', 3600, 'about')).toBe(true);
    expect(has('004', 'deployed', 2030, 'exact')).toBe(true);
    const f7939 = story.figures.find((f) => f.value === 7939);
    expect(f7939 && article('003').original.slice(f7939.start, f7939.end)).toContain('7 آلاف و939');
    expect(story.figures.some((f) => f.value === 2020 || f.value === 81 || f.value === 1991)).toBe(false);
  });

  it('merge the spellings of the main people, places and organisations', () => {
    const entityWith = (surface: string) =>
      story.entities.find((e) => e.aliases.some((a) => normaliseString(a) === normaliseString(surface)));
    const tokayev = entityWith('قاسم جومارت توكاييف');
    expect(tokayev?.type).toBe('person');
    expect(entityWith('توكاييف')?.id).toBe(tokayev?.id);
    expect(entityWith('ألماتي')?.id).toBe(entityWith('ألما آتا')?.id);
    expect(entityWith('CSTO')?.id).toBe(entityWith('منظمة معاهدة الأمن الجماعي')?.id);
    expect(entityWith('بوتين')?.id).not.toBe(tokayev?.id);
  });

  it('attribute direct quotes to their speakers', () => {
    const direct = story.quotes.filter((q) => q.kind === 'direct');
    expect(direct.length).toBeGreaterThan(10);
    const tokayevQuotes = direct.filter((q) => normaliseString(q.speaker ?? '').includes(normaliseString('توكاييف')));
    expect(new Set(tokayevQuotes.map((q) => q.articleId.slice(0, 3)))).toEqual(new Set(['000', '001', '002', '004']));
  });

  it('keep every span inside its article and pointing at its text', () => {
    const byId = new Map(report.articles.map((a) => [a.id, a]));
    for (const f of story.figures) {
      const a = byId.get(f.articleId) as Article;
      expect(f.end).toBeLessThanOrEqual(a.original.length);
      expect(a.original.slice(f.start, f.end).length).toBeGreaterThan(0);
    }
    for (const q of story.quotes) {
      const a = byId.get(q.articleId) as Article;
      expect(normaliseString(a.original.slice(q.start, q.end))).toContain(normaliseString(q.text).slice(0, 10));
    }
    for (const e of story.entities)
      for (const m of e.mentions) expect(byId.get(m.articleId)?.original.slice(m.start, m.end)).toBe(m.text);
  });
});
