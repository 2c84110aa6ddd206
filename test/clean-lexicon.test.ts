import { describe, expect, it } from 'vitest';
import { boilerplateLexicon } from '../src/clean/lexicon.js';
import { languages } from '../src/lang/index.js';
import { normaliseString } from '../src/text/normalise.js';

describe('boilerplate lexicons', () => {
  for (const [code, lang] of Object.entries(languages)) {
    it(`${code}: every entry is stored canonical`, () => {
      const lex = lang.boilerplate;
      for (const [key, value] of Object.entries(lex)) {
        const entries = Array.isArray(value) ? value : Object.keys(value);
        for (const entry of entries) expect(entry, `${code}.${key}`).toBe(normaliseString(entry));
      }
    });
  }

  it('has the same pieces in every language', () => {
    const shapes = Object.values(languages).map((l) => Object.keys(l.boilerplate).sort().join());
    expect(new Set(shapes).size).toBe(1);
  });

  it('merges all languages for mixed pages', () => {
    const lex = boilerplateLexicon();
    expect(lex.teaserMarkers).toContain('read more');
    expect(lex.teaserMarkers).toContain('اقرا ايضا');
    expect(lex.datelineWords).toEqual(expect.arrayContaining(['السبت']));
  });
});
