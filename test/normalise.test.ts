import { describe, expect, it } from 'vitest';
import { normalise, normaliseString, toCanonical, toOriginal } from '../src/text/normalise.js';

describe('normalise folds', () => {
  it.each([
    ['alef with hamza above', 'أ', 'ا'],
    ['alef with hamza below', 'إ', 'ا'],
    ['alef madda', 'آ', 'ا'],
    ['alef wasla', 'ٱ', 'ا'],
    ['alef maqsura', 'ى', 'ي'],
    ['Persian yeh', 'ی', 'ي'],
    ['Persian kaf', 'ک', 'ك'],
    ['teh marbuta', 'ة', 'ه'],
    ['harakat', 'مُحَمَّدٌ', 'محمد'],
    ['tanween fath', 'شخصاً', 'شخصا'],
    ['dagger alef', 'هٰذا', 'هذا'],
    ['tatweel', 'الـ15', 'ال15'],
    ['Arabic-Indic digits', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['Persian digits', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['Arabic decimal separator', '٧٫٥', '7.5'],
    ['Arabic thousands separator', '٧٬٩٣٩', '7,939'],
    ['double quotes', '“a” «b» „c″', '"a" "b" "c"'],
    ['single quotes around a phrase', '‘quoted’', '"quoted"'],
    ['apostrophe inside a word stays', 'don’t', "don't"],
    ['dashes', 'a–b—c−d', 'a-b-c-d'],
    ['ellipsis', 'اه…', 'اه...'],
    ['Arabic question mark', 'ماذا؟', 'ماذا?'],
    ['Arabic semicolon', 'ا؛ب', 'ا;ب'],
    ['Latin case', 'Almaty U.S.', 'almaty u.s.'],
    ['no-break and thin spaces', 'a\u00A0b\u2009c', 'a b c'],
    ['zero-width and bidi controls', 'ا\u200Fب\u200Bج', 'ابج'],
    ['presentation forms', 'ﻻ', 'لا'],
    ['full-width forms', 'ＡＢ１', 'ab1'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseString(input)).toBe(expected);
  });
});

describe('every quote, dash and space variant', () => {
  it.each(['“', '”', '«', '»', '„', '″', '‟', '〝', '〞', '‹', '›'])('double quote %s folds to "', (q) => {
    expect(normaliseString(`${q}x${q}`)).toBe('"x"');
  });
  it.each(["'", '‘', '’', '‚', '‛', '`', '´'])('single quote %s is " between words and stays inside one', (q) => {
    expect(normaliseString(` ${q}x`)).toBe(' "x');
    expect(normaliseString(`a${q}b`)).toBe("a'b");
  });
  it.each(['–', '—', '‒', '―', '−', '‐', '‑'])('dash %s folds to -', (d) => {
    expect(normaliseString(`1${d}2`)).toBe('1-2');
  });
  it.each(['\u00A0', '\u2009', '\u202F', '\t'])('space %s folds to a plain space', (sp) => {
    expect(normaliseString(`a${sp}b`)).toBe('a b');
  });
});

describe('normalise offsets', () => {
  const original = 'قُتِلَ «٧ آلاف و٩٣٩» شخصاً… في ألماتي؟ Don’t';

  it('maps every canonical character back to the original character it came from', () => {
    const n = normalise(original);
    expect(n.origStart.length).toBe(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      const { start, end } = toOriginal(n, i, i + 1);
      const source = original.slice(start, end);
      expect(source.length).toBeGreaterThan(0);
      if (n.text[i] !== "'")
        expect(normaliseString(source)).toContain(n.text[i]); // an in-word apostrophe folds by context
      else expect(source).toBe('’');
    }
  });

  it('maps a canonical span to the original phrase', () => {
    const n = normalise(original);
    const at = n.text.indexOf('7 الاف و939');
    const span = toOriginal(n, at, at + '7 الاف و939'.length);
    expect(original.slice(span.start, span.end)).toBe('٧ آلاف و٩٣٩');
    const q = n.text.indexOf('في الماتي?');
    const s2 = toOriginal(n, q, q + 'في الماتي?'.length);
    expect(original.slice(s2.start, s2.end)).toBe('في ألماتي؟');
  });

  it('maps an ellipsis (one character to three) back to the one character', () => {
    const n = normalise(original);
    const at = n.text.indexOf('...');
    const span = toOriginal(n, at, at + 3);
    expect(original.slice(span.start, span.end)).toBe('…');
  });

  it('finds the canonical index of an original offset', () => {
    const n = normalise(original);
    const o = original.indexOf('ألماتي');
    expect(n.text.slice(toCanonical(n, o)).startsWith('الماتي')).toBe(true);
  });

  it('keeps astral characters mapped one code unit at a time', () => {
    const n = normalise('a😀b');
    expect(n.text).toBe('a😀b');
    expect(toOriginal(n, 3, 4)).toEqual({ start: 3, end: 4 });
  });

  it('reads every BMP character, including presentation-block symbols without a decomposition (U+FBB2)', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    const n = normalise(all);
    expect(normaliseString('\uFBB2\uFDD0')).toBe('\uFBB2\uFDD0');
    expect(n.origStart.length).toBe(n.text.length);
  });

  it('handles the empty string', () => {
    const n = normalise('');
    expect(n.text).toBe('');
    expect(toOriginal(n, 0, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('normaliseString', () => {
  it('folds exactly as normalise does, on every seed', async () => {
    const { readFileSync } = await import('node:fs');
    const { seedFiles } = await import('./helpers.js');
    for (const file of seedFiles()) {
      const text = `${readFileSync(file, 'utf8')} ﻻ ﷲ 𝐀 don't 'quoted' Ａ`;
      expect(normaliseString(text)).toBe(normalise(text).text);
    }
  });
});
