// extractTimes on the seed reports: datelines, weekday phrases and bounds, with spans in the original text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainArticle } from '../src/article.js';
import type { Doc } from '../src/doc.js';
import { extractTimes, FALLBACK_REF } from '../src/extract/times.js';
import { normalise } from '../src/text/normalise.js';
import type { Article, TimeMention } from '../src/types.js';
import { runUpTo, seedFiles, textInput } from './helpers.js';

/** A Doc with one sentence per line, built here so the test does not lean on the cleaning and splitting stages. */
function seedDoc(index: number, ref?: string): Doc {
  const path = seedFiles()[index] as string;
  const original = readFileSync(path, 'utf8');
  const article: Article = plainArticle(`seed${index}`, original, { source: path, language: 'ar' });
  const norm = normalise(original);
  const sentences: Doc['sentences'] = [];
  let at = 0;
  for (const line of norm.text.split('\n')) {
    if (line.trim()) {
      const nEnd = at + line.length;
      sentences.push({ nStart: at, nEnd, start: norm.origStart[at] as number, end: norm.origEnd[nEnd - 1] as number });
    }
    at += line.length + 1;
  }
  return { article, norm, sentences, lang: 'ar', ref };
}

const find = (times: TimeMention[], text: string): TimeMention | undefined => times.find((t) => t.text.includes(text));

describe('extractTimes on the seeds', () => {
  it('reads the dateline 06-يناير-2022 as an absolute day', () => {
    const times = extractTimes(seedDoc(2));
    const dateline = find(times, '06-يناير-2022');
    expect(dateline).toMatchObject({ value: '2022-01-06T00:00:00', grain: 'day', relative: false, start: 0 });
  });

  it('reads the datetime 2022-01-10 17:11:00 to the second', () => {
    const t = find(extractTimes(seedDoc(3)), '2022-01-10 17:11:00');
    expect(t).toMatchObject({ value: '2022-01-10T17:11:00', grain: 'second', relative: false });
  });

  it('gives "اليوم الجمعة" weekday 5 and the reference day, with the original spelling in text', () => {
    const doc = seedDoc(1, '2022-01-07');
    const t = find(extractTimes(doc), 'اليوم الجمعة');
    expect(t).toMatchObject({ value: '2022-01-07T00:00:00', grain: 'day', weekday: 5, relative: true });
    expect(doc.article.original.slice(t?.start, t?.end)).toBe(t?.text);
  });

  it('bounds "حتى 19 يناير" at 19 January with a 7 January reference', () => {
    const t = find(extractTimes(seedDoc(0, '2022-01-07')), '19 يناير');
    expect(t).toMatchObject({ value: '2022-01-19T00:00:00', grain: 'day', to: '2022-01-19T00:00:00' });
    expect(t?.text.startsWith('حتى')).toBe(true);
  });

  it('resolves "الخميس الماضي" strictly before a Monday reference and "صباح الخميس" to 08:00', () => {
    expect(find(extractTimes(seedDoc(3, '2022-01-10')), 'الخميس الماضي')).toMatchObject({
      value: '2022-01-06T00:00:00',
      weekday: 4,
    });
    expect(find(extractTimes(seedDoc(2, '2022-01-06')), 'صباح الخميس')).toMatchObject({
      value: '2022-01-06T08:00:00',
      grain: 'hour',
    });
  });

  it('does not read "لليوم الثامن" or "لفترة قصيرة" as times', () => {
    const times = extractTimes(seedDoc(3, '2022-01-10'));
    expect(times.some((t) => t.text.includes('الثامن') || t.text.includes('لفترة'))).toBe(false);
  });

  it('keeps absolute dates without a reference and marks relative ones against the fallback', () => {
    const times = extractTimes(seedDoc(1));
    const friday = find(times, 'اليوم الجمعة');
    expect(friday?.relative).toBe(true);
    // The fallback day is a Saturday: the weekday the text names wins, so the value is the Friday before it.
    expect((friday?.value ?? '9999').slice(0, 10) <= FALLBACK_REF.slice(0, 10)).toBe(true);
    expect(new Date(`${friday?.value.slice(0, 10)}T00:00:00Z`).getUTCDay()).toBe(5);
    expect(find(extractTimes(seedDoc(2)), '06-يناير-2022')?.relative).toBe(false);
  });
});

describe('times stage in the pipeline', () => {
  it('fills times for every seed, resolved against the article reference', async () => {
    const ctx = await runUpTo(seedFiles().map(textInput), 'times');
    expect(ctx.docs.every((d) => ctx.times.has(d.article.id))).toBe(true);
    const all = [...ctx.times.values()].flat();
    for (const t of all) {
      const doc = ctx.docs.find((d) => d.article.id === t.articleId);
      expect(doc?.article.original.slice(t.start, t.end)).toBe(t.text);
    }
    expect(all.some((t) => t.text.includes('19 يناير') && t.to === '2022-01-19T00:00:00')).toBe(true);
  });
});

describe('extractTimes spans', () => {
  it('keeps the tanween and tatweel that end a time word in the original text', () => {
    const original = 'يصل الوفد غداً، وقد أعلن ذلك في 7 جمادى الآخرة 1443 هـ.';
    const article: Article = {
      id: 'a',
      source: 'inline',
      title: '',
      publishedInferred: false,
      published: '2022-01-10',
      language: 'ar',
      original,
      kept: [{ start: 0, end: original.length }],
      text: original,
      removed: [],
      flags: [],
    };
    const norm = normalise(original);
    const doc: Doc = {
      article,
      norm,
      lang: 'ar',
      sentences: [{ start: 0, end: original.length, nStart: 0, nEnd: norm.text.length }],
    };
    const texts = extractTimes(doc).map((t) => t.text);
    expect(texts).toEqual(['غداً', '7 جمادى الآخرة 1443 هـ']);
  });
});
