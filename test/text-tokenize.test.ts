import { describe, expect, it } from 'vitest';
import { normalise } from '../src/text/normalise.js';
import { cliticSplits, tokenize } from '../src/text/tokenize.js';

describe('tokenize', () => {
  it('keeps canonical offsets, so every token is a slice of the text', () => {
    const { text } = normalise("قال المتحدث: «اعتُقل 7,939 شخصاً» وللمرة الثانية… don't stop");
    const toks = tokenize(text, 'ar');
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.text)).toContain('7,939');
    expect(toks.map((t) => t.text)).toContain("don't");
  });

  it('tells words, numbers and symbols apart', () => {
    const toks = tokenize('بلغت 3.5% من $20');
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ['بلغت', 'word'],
      ['3.5', 'number'],
      ['%', 'symbol'],
      ['من', 'word'],
      ['$', 'symbol'],
      ['20', 'number'],
    ]);
  });

  it('strips Arabic article clitics for `bare` without moving the offsets', () => {
    const { text } = normalise('والمتظاهرين بالقوات للمرة الحكومة وزير ال');
    const toks = tokenize(text, 'ar');
    expect(toks.map((t) => [t.bare, t.prefix])).toEqual([
      ['متظاهرين', 3],
      ['قوات', 3],
      ['مره', 2],
      ['حكومه', 2],
      ['وزير', 0], // و here is part of the word: only article clitics are stripped without a lexicon
      ['ال', 0],
    ]);
    expect(text.slice(toks[0]?.start, toks[0]?.end)).toBe('والمتظاهرين');
  });

  it('gives English words no clitics', () => {
    expect(tokenize('the alliance', 'en').map((t) => t.bare)).toEqual(['the', 'alliance']);
  });

  it('lists clitic readings of a word, whole word first, longest prefix next', () => {
    const splits = cliticSplits('وبالقوات', ['وبال', 'بال', 'وب', 'و', 'ب']);
    expect(splits.map((s) => s.prefix)).toEqual(['', 'وبال', 'وب', 'و']);
    expect(splits[1]?.stem).toBe('قوات');
  });
});
