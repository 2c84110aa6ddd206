// Regex fragments compiled once per lexicon and shared by every rule.
import type { TimeLexicon } from './lexicon.js';
import { alt, WORD_END, wordStart } from './words.js';

export interface Fragments {
  /** Start of a word (clitics allowed before it). */
  B: string;
  /** End of a word. */
  E: string;
  /** Start of a number: no digit, decimal point or date separator glued before it. */
  N: string;
  /** Between parts of one expression: spaces, or a comma with spaces. */
  SEP: string;
  month: string;
  /** A month name, optionally doubled as written in the Levant ("كانون الثاني/يناير", "كانون الثاني (يناير)"). */
  months: string;
  hijriMonth: string;
  day: string;
  year: string;
  hijriEra: string;
  gregorianEra: string;
  weekday: string;
  part: string;
  modifier: string;
  dayWord: string;
  dayOfMonth: string;
  edge: string;
  rangeStart: string;
  rangeJoin: string;
  meridiem: string;
  count: string;
  keywords: RegExp;
}

export function buildFragments(lex: TimeLexicon): Fragments {
  const E = WORD_END;
  const month = alt(Object.keys(lex.months));
  const ord = alt(lex.ordinalSuffixes);
  return {
    B: wordStart(lex.clitics),
    E,
    N: '(?<![\\p{N}.,:/])',
    SEP: '(?:\\s*[,،]\\s*|\\s+)',
    month,
    months: `(?<month>${month})\\.?(?:\\s*[/(]\\s*${month}\\.?\\s*\\)?)?${E}`,
    hijriMonth: alt(Object.keys(lex.hijriMonths)),
    day: `(?<day>\\d{1,2})(?!\\d)(?:${ord}${E})?`,
    year: `(?<year>\\d{4})(?!\\d)(?:\\s*${alt(lex.gregorianEra)}${E})?`,
    hijriEra: alt(lex.hijriEra),
    gregorianEra: alt(lex.gregorianEra),
    weekday: alt(Object.keys(lex.weekdays)),
    part: alt(Object.keys(lex.partsOfDay)),
    modifier: alt([...lex.past, ...lex.next, ...lex.current]),
    dayWord: alt(lex.dayWord),
    dayOfMonth: alt(lex.dayOfMonth),
    edge: alt(lex.edges),
    rangeStart: alt(lex.rangeStart),
    rangeJoin: alt(lex.rangeJoin),
    meridiem: alt(Object.keys(lex.meridiem)),
    count: `(?:\\d{1,3}(?!\\d)|${alt(Object.keys(lex.numberWords))}${E})`,
    keywords: new RegExp(
      alt([
        ...Object.keys(lex.months),
        ...Object.keys(lex.hijriMonths),
        ...Object.keys(lex.weekdays),
        ...Object.keys(lex.relativeDays),
        ...Object.keys(lex.dayPhrases),
        ...Object.keys(lex.periods),
        ...lex.agoAfter,
      ]),
      'u',
    ),
  };
}
