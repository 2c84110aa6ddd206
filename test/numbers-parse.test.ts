import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/dims/index.js';
import { parseNumbers } from '../src/dims/number/index.js';
import { normaliseString } from '../src/text/normalise.js';
import { seedFiles } from './helpers.js';

describe('parse', () => {
  it('returns spans and bodies in the original text, diacritics and Arabic-Indic digits included', () => {
    const text = 'قُتِلَ ٧ آلاف و٩٣٩ شخصاً';
    const [r] = parse(text, { lang: 'ar', dims: ['number'] });
    expect(r).toMatchObject({ dim: 'number', value: 7939, qualifier: 'exact', body: '٧ آلاف و٩٣٩' });
    expect(text.slice(r?.start, r?.end)).toBe(r?.body);
  });

  it('keeps the marks that trail the last letter inside the span', () => {
    const [r] = parse('دفع خمسين دولاراً فقط', { lang: 'ar', dims: ['money'] });
    expect(r).toMatchObject({ value: 50, unit: 'USD', body: 'خمسين دولاراً' });
  });

  it('returns only the requested dims', () => {
    const text = 'ارتفع التضخم بنسبة 7.5% وخسر 2,2 مليون يورو في اليوم الثامن';
    expect(parse(text, { lang: 'ar', dims: ['percent'] }).map((r) => r.body)).toEqual(['7.5%']);
    expect(parse(text, { lang: 'ar', dims: ['money'] }).map((r) => r.value)).toEqual([2200000]);
    expect(parse(text, { lang: 'ar', dims: ['ordinal'] }).map((r) => r.body)).toEqual(['الثامن']);
    expect(parse(text, { lang: 'ar' }).map((r) => r.dim)).toEqual(expect.arrayContaining(['percent', 'money', 'ordinal']));
  });

  it('detects the language when none is given', () => {
    const [r] = parse('Police said more than 3,000 people were detained', { dims: ['number'] });
    expect(r).toMatchObject({ value: 3000, qualifier: 'more-than', body: 'more than 3,000' });
  });

  it('gives vague quantities bounds and ranges min and max', () => {
    expect(parse('خرج عشرات الآلاف', { lang: 'ar' })[0]).toMatchObject({ dim: 'quantity', min: 20000, max: 99999 });
    expect(parse('بين 10 و20 قتيلا', { lang: 'ar' })[0]).toMatchObject({ qualifier: 'range', min: 10, max: 20 });
  });
});

describe('numbers in the seed reports', () => {
  const seeds = seedFiles().map((f) => readFileSync(f, 'utf8'));
  const all = seeds.flatMap((text) => parse(text, { lang: 'ar', dims: ['number', 'money', 'quantity', 'percent', 'ordinal'] }));
  const find = (body: string) => all.find((r) => r.body === body);

  it('reads mixed digit-and-word figures and their qualifiers', () => {
    expect(find('7 آلاف و939')).toMatchObject({ value: 7939, qualifier: 'exact' });
    expect(find('أكثر من 3000')).toMatchObject({ value: 3000, qualifier: 'more-than' });
    expect(find('حوالي 3600')).toMatchObject({ value: 3600, qualifier: 'about' });
    expect(find('قرابة 8000')).toMatchObject({ value: 8000, qualifier: 'about' });
    expect(find('20 ألف')).toMatchObject({ value: 20000 });
  });

  it('reads money with a decimal comma', () => {
    expect(find('2,2 مليون يورو')).toMatchObject({ dim: 'money', value: 2200000, unit: 'EUR' });
  });

  it('does not read Monday (الاثنين) as the number two', () => {
    expect(all.filter((r) => /اثنين/.test(r.body))).toEqual([]);
  });

  it('parses all the seeds in well under a second', () => {
    const t0 = performance.now();
    for (const text of seeds) parseNumbers(normaliseString(text), 'ar');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('qualifier after the counted noun', () => {
  it('is read by the parse engine, spanning the noun', () => {
    expect(parse('قتل 185 شخصا على الأقل', { lang: 'ar', dims: ['number'] })[0]).toMatchObject({
      value: 185,
      qualifier: 'at-least',
      body: '185 شخصا على الأقل',
    });
  });

  it('is left to extractors by parseNumbers, whose span stops at the number', () => {
    const [m] = parseNumbers(normaliseString('قتل 185 شخصا على الأقل'), 'ar');
    expect(m).toMatchObject({ value: 185, qualifier: 'exact', text: '185' });
  });
});
