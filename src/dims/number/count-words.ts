import type { NumberLexicon } from './lexicon.js';

/**
 * The one-word and teen counts of a language (1–99 by word), for phrases that count small units
 * ("قبل ثلاثه ايام", "a week ago"): taken from the number lexicon so no other table repeats it.
 */
export function countWords(lex: NumberLexicon): Record<string, number> {
  const out: Record<string, number> = { ...lex.units, ...lex.teens, ...lex.tens };
  for (const ten of lex.tenWords) {
    out[ten] = 10;
    for (const [prefix, n] of Object.entries(lex.teenPrefixes)) out[`${prefix} ${ten}`] = n + 10;
  }
  for (const one of lex.articleOne) out[one] = 1;
  return out;
}
