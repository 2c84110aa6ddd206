import type { TimeGrain } from '../../types.js';

/** What the time parser needs to know about one language. Every entry is canonical (normaliseString). */
export interface TimeLexicon {
  /** Letters glued before a word (و، ب، ل…): a time word may follow them inside one token. */
  clitics: string[];
  /** Gregorian month names in every regional form, including abbreviations → 1..12. */
  months: Record<string, number>;
  hijriMonths: Record<string, number>;
  /** Written after a Hijri year (هـ, هجري). */
  hijriEra: string[];
  /** Written after a Gregorian year (م, ميلادي). */
  gregorianEra: string[];
  /** Words that make a bare month name a date ("شهر مارس", "in May"): month names are often ordinary words. */
  monthContext: string[];
  /** Between a day number and its month ("6th of January"). */
  dayOfMonth: string[];
  /** Days of the month written as ordinal words ("السادس من يناير", "the sixth of January"). */
  dayOrdinals: Record<string, number>;
  /** Day-number suffixes ("6th"). */
  ordinalSuffixes: string[];
  weekdays: Record<string, number>; // 0 = Sunday … 6 = Saturday
  /** Weekday names that are also common words (الاثنين = "both"): they need a day word, modifier or date beside them. */
  weekdaysNeedingContext: string[];
  /** Optional word before a weekday ("يوم الجمعه", "on Friday"). */
  dayWord: string[];
  /** Day offset from the reference day ("امس" → -1). */
  relativeDays: Record<string, number>;
  /** Words that, right after a relative-day word, make it something else ("اليوم الثامن", "اليوم التالي"). */
  relativeDayBlockers: string[];
  /** Part of the day → conventional hour (فجر 4, صباح 8, ظهر 12, عصر 15, مساء 18, ليل 21). */
  partsOfDay: Record<string, number>;
  /** Fixed phrases naming a part of a relative day ("last night") → [day offset, hour]. */
  dayPhrases: Record<string, [number, number]>;
  past: string[];
  next: string[];
  current: string[];
  /** Calendar periods that take a modifier ("الاسبوع الماضي", "next month"). */
  periods: Record<string, TimeGrain>;
  /** Unit words after a count ("ثلاثه ايام", "3 days"). */
  units: Record<string, TimeGrain>;
  /** Unit words that alone mean one unit ("قبل يوم", "منذ اسبوع"). */
  unitsSingular: Record<string, TimeGrain>;
  /** Unit words that carry the count two (Arabic dual: يومين). */
  dualUnits: Record<string, TimeGrain>;
  /** Small number words for counts in relative expressions. */
  numberWords: Record<string, number>;
  /** Before a count: "قبل ثلاثه ايام", "منذ اسبوع". */
  agoBefore: string[];
  /** After a count: "two days ago". */
  agoAfter: string[];
  /** Before a count, pointing forward: "بعد يومين", "in three days". */
  laterBefore: string[];
  /** After a relative count, ties it to another event ("قبل يومين من الانتخابات"): not relative to the reference. */
  eventAnchor: string[];
  /** Hedges between the ago word and the count ("اكثر من"). */
  approx: string[];
  /** Words that take a year number in the span ("عام 2019"). */
  yearWords: string[];
  /** Words before a bare 4-digit year that make it a year ("في 2019"): kept out of the span. */
  yearContext: string[];
  /** Words before a yearless dd/mm that make it a date ("يوم 10/1"). */
  dateContext: string[];
  /** Order of a numeric date with slashes or dots. */
  numericOrder: 'dmy' | 'mdy';
  rangeStart: string[];
  /** Words joining the two ends of a range ("الي", "to"). */
  rangeJoin: string[];
  /** Joins that make a range only after a range start ("بين 2 و5"): alone they list two dates. */
  pairJoin: string[];
  until: string[];
  since: string[];
  /** Before a clock hour, in the span ("الساعه 5"). */
  clockWord: string[];
  /** Between two writings of one day, the second in another calendar ("7 جمادي الاخره 1443 ه الموافق 10 يناير 2022"). */
  equivalence: string[];
  /** Words allowed between a day and its clock time or between a weekday and its date ("الخميس في 6 يناير"). */
  joiners: string[];
  /** Hour names after the clock word ("الساعه العاشره"). */
  hourWords: Record<string, number>;
  meridiem: Record<string, 'am' | 'pm'>;
  /** One-letter am/pm (ص، م): only after a written clock time, since alone they are also units (5 م = 5 metres). */
  meridiemShort: Record<string, 'am' | 'pm'>;
  /** Lead-ins that keep the value ("في وقت سابق اليوم", "earlier this week"). */
  earlier: string[];
  /** Parts of a period that keep its value and grain ("مطلع الشهر", "early January"). */
  edges: string[];
  /** First day of the week for week grain (0 = Sunday, 1 = Monday). */
  weekStart: number;
}

/** For languages without a time lexicon: only digit-written dates and clocks are read. */
export const emptyTimeLexicon: TimeLexicon = {
  clitics: [],
  months: {},
  hijriMonths: {},
  hijriEra: [],
  gregorianEra: [],
  monthContext: [],
  dayOfMonth: [],
  dayOrdinals: {},
  ordinalSuffixes: [],
  weekdays: {},
  weekdaysNeedingContext: [],
  dayWord: [],
  relativeDays: {},
  relativeDayBlockers: [],
  partsOfDay: {},
  dayPhrases: {},
  past: [],
  next: [],
  current: [],
  periods: {},
  units: {},
  unitsSingular: {},
  dualUnits: {},
  numberWords: {},
  agoBefore: [],
  agoAfter: [],
  laterBefore: [],
  eventAnchor: [],
  approx: [],
  yearWords: [],
  yearContext: [],
  dateContext: [],
  numericOrder: 'dmy',
  rangeStart: [],
  rangeJoin: [],
  pairJoin: [],
  until: [],
  since: [],
  clockWord: [],
  joiners: [],
  equivalence: [],
  hourWords: {},
  meridiem: {},
  meridiemShort: {},
  earlier: [],
  edges: [],
  weekStart: 1,
};
