// Regex fragments compiled once per lexicon and shared by every rule.
import { type AnchorTest, type AnchorTests, patternAnchor, wordAnchor } from './anchors.js';
import type { TimeLexicon } from './lexicon.js';
import { alt, WORD_END } from './words.js';

export interface Fragments {
  /**
   * Start of a pattern at a word start, consuming a glued clitic into group `cl`. The word-start test itself is made in
   * code (startsWord in words.ts): a leading lookbehind keeps V8 from skipping ahead to a letter that can begin a match.
   */
  W: string;
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
  dayOrdinal: string;
  dateContext: string;
  edge: string;
  earlier: string;
  period: string;
  yearWords: string;
  yearContext: string;
  monthContext: string;
  rangeStart: string;
  rangeJoin: string;
  meridiem: string;
  meridiemAny: string;
  count: string;
  relativeDay: string;
  relativeDayBlocker: string;
  dayPhrase: string;
  approx: string;
  eventAnchor: string;
  agoBefore: string;
  agoAfter: string;
  laterBefore: string;
  unit: string;
  dualUnit: string;
  unitSingular: string;
  clockWord: string;
  hourWord: string;
  until: string;
  since: string;
  joiner: string;
  equivalence: string;
  /** Whole-word tests: a rule runs only when the text holds every anchor it needs. */
  anchors: AnchorTests;
}

export function buildFragments(lex: TimeLexicon): Fragments {
  const words = (list: string[]): AnchorTest => wordAnchor(list, lex.clitics);
  const W = lex.clitics.length > 0 ? `(?<cl>${alt(lex.clitics)})?` : '';
  const E = WORD_END;
  const month = alt(Object.keys(lex.months));
  const ord = alt(lex.ordinalSuffixes);
  return {
    W,
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
    dayOrdinal: alt(Object.keys(lex.dayOrdinals)),
    dateContext: alt(lex.dateContext),
    edge: alt(lex.edges),
    earlier: alt(lex.earlier),
    period: alt(Object.keys(lex.periods)),
    yearWords: alt(lex.yearWords),
    yearContext: alt(lex.yearContext),
    monthContext: alt(lex.monthContext),
    rangeStart: alt(lex.rangeStart),
    rangeJoin: alt([...lex.rangeJoin, ...lex.pairJoin]),
    meridiem: alt(Object.keys(lex.meridiem)),
    meridiemAny: alt([...Object.keys(lex.meridiem), ...Object.keys(lex.meridiemShort)]),
    count: `(?:\\d{1,3}(?!\\d)|${alt(Object.keys(lex.numberWords))}${E})`,
    relativeDay: alt(Object.keys(lex.relativeDays)),
    relativeDayBlocker: alt(lex.relativeDayBlockers),
    dayPhrase: alt(Object.keys(lex.dayPhrases)),
    approx: alt(lex.approx),
    eventAnchor: alt(lex.eventAnchor),
    agoBefore: alt(lex.agoBefore),
    agoAfter: alt(lex.agoAfter),
    laterBefore: alt(lex.laterBefore),
    unit: alt(Object.keys(lex.units)),
    dualUnit: alt(Object.keys(lex.dualUnits)),
    unitSingular: alt(Object.keys(lex.unitsSingular)),
    clockWord: alt(lex.clockWord),
    hourWord: alt(Object.keys(lex.hourWords)),
    until: alt(lex.until),
    since: alt(lex.since),
    joiner: alt(lex.joiners),
    equivalence: alt(lex.equivalence),
    anchors: {
      digit: patternAnchor(/\d/),
      // Sharper digit tests: most news sentences hold a number, few hold a numeric date, a clock or a year.
      digitDate: patternAnchor(/\d[-/.]\d/),
      digitClock: patternAnchor(/\d:\d/),
      digitYear: patternAnchor(/\d{4}/),
      meridiem: words(Object.keys(lex.meridiem)),
      month: words(Object.keys(lex.months)),
      hijri: words(Object.keys(lex.hijriMonths)),
      weekday: words(Object.keys(lex.weekdays)),
      relative: words([...Object.keys(lex.relativeDays), ...Object.keys(lex.dayPhrases)]),
      period: words(Object.keys(lex.periods)),
      unit: words([...Object.keys(lex.units), ...Object.keys(lex.dualUnits), ...Object.keys(lex.unitsSingular)]),
      clock: words(lex.clockWord),
    },
  };
}
