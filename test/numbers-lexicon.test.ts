// Lexicon data is stored canonical: every entry must survive normaliseString unchanged.
import { describe, expect, it } from 'vitest';
import { languages } from '../src/lang/index.js';
import { normaliseString } from '../src/text/normalise.js';

const STRUCTURE = new Set([
  'min',
  'max',
  'value',
  'count',
  'plural',
  'start',
  'middle',
  'about',
  'more-than',
  'at-least',
  'up-to',
]);
const CODE = /^[A-Z]{3,5}$/; // currency codes are identifiers, not text to match

/** Every word a lexicon piece holds: list members, table keys, and phrase strings; field names and codes excluded. */
function entries(value: unknown, top = true): string[] {
  if (typeof value === 'string') return CODE.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => entries(v, false));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [...(top || STRUCTURE.has(k) ? [] : [k]), ...entries(v, false)]);
  return [];
}

describe.each(Object.keys(languages))('lexicons of %s', (code) => {
  const lang = languages[code] as (typeof languages)[string];
  it.each(['numbers', 'text'] as const)('%s entries are canonical', (piece) => {
    const words = entries(lang[piece]);
    expect(words.length).toBeGreaterThan(10);
    const bad = words.filter((w) => normaliseString(w) !== w);
    expect(bad).toEqual([]);
  });
});

describe('lexicon shape', () => {
  it('numbers: ar and en fill the same fields', () => {
    expect(Object.keys(languages.en?.numbers ?? {}).sort()).toEqual(Object.keys(languages.ar?.numbers ?? {}).sort());
  });
  it('ar clitics are listed longest first, so the longest prefix is tried first', () => {
    const clitics = languages.ar?.text.clitics ?? [];
    const lengths = clitics.map((c) => c.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});
