// What a language must supply for number, ordinal, quantity, money and percent parsing (all entries canonical).
import type { Qualifier } from '../../types.js';

export interface VagueBounds {
  min: number;
  max: number;
}

export interface ScaleWord {
  value: number; // 1000, 1e6, …
  count?: number; // dual forms carry their own count: الفين = 2 × 1000
  plural?: boolean; // plural forms (الاف, millions) also read as a vague quantity when nothing counts them
}

export interface NumberLexicon {
  /** Words that read as numbers but name something else (الاثنين is Monday, بعده is "after him"), with any clitic. */
  notNumbers: string[];
  /** 0–9 in every gender and case. */
  units: Record<string, number>;
  /** Words that are a number only before the ten word (احد عشر = 11). */
  teenPrefixes: Record<string, number>;
  /** The word for ten: alone it is 10, after a unit it makes a teen (خمسه عشر). */
  tenWords: string[];
  /** One-word teens (eleven … nineteen). */
  teens: Record<string, number>;
  tens: Record<string, number>;
  /** Hundreds with their full value (مئه 100, ثلاثمائه 300); after a unit they multiply (three hundred). */
  hundreds: Record<string, number>;
  scales: Record<string, ScaleWord>;
  /** Scales written right after digits with no space ($2.2m, 3bn). */
  attachedScales: Record<string, number>;
  /** Fractions that count a following scale (نصف مليون) or add to a preceding one (مليون ونصف). */
  fractions: Record<string, number>;
  /** Articles that mean "one" before a scale or hundred (a million). */
  articleOne: string[];
  /** Words joining the parts of one number (و, and). */
  joiners: string[];
  /** Joiners written as a prefix of the next word (وتسعون). */
  joinerPrefixes: string[];
  /** Groups may follow each other with only a space (two million three hundred thousand). */
  groupsBySpace: boolean;
  /** A hyphen joins tens and units (twenty-one). */
  hyphenJoins: boolean;

  ordinals: Record<string, number>;
  /** Ordinal words that exist only before the ten word (الحادي عشر). */
  ordinalTeenPrefixes: Record<string, number>;
  /** Suffixes glued to digits that make an ordinal (1st, 8th). */
  ordinalSuffixes: string[];
  /** An ordinal right after these words is part of a name, not an ordinal (كانون الثاني). */
  ordinalBlockedAfter: string[];
  /** An ordinal right before these words is part of a time phrase (اول امس). */
  ordinalBlockedBefore: string[];

  /** Plural words meaning an unknown amount (عشرات, dozens), with the bounds they stand for. */
  vague: Record<string, VagueBounds>;
  /** Words counting a following scale vaguely (بضعه الاف, several hundred); alone they mean 3–9. */
  vagueCounts: Record<string, VagueBounds>;
  /** Connector between a vague word and a plural scale (tens of thousands). */
  vagueOf: string[];

  /** Phrases before a number that qualify it. */
  qualifierPrefixes: Partial<Record<Qualifier, string[]>>;
  /** Phrases after a number that qualify it (تقريبا, or more). */
  qualifierSuffixes: Partial<Record<Qualifier, string[]>>;
  /** Of those, the ones that may also follow the counted noun (185 شخصا علي الاقل). */
  qualifierSuffixesAfterNoun: string[];
  /** Range frames: start word, then a number, then a middle word, then a number. */
  ranges: Array<{ start: string; middle: string[] }>;
  /** A middle word that makes a range with no start word (5 الي 10). */
  bareRangeMiddles: string[];

  /** Currency names and symbols after (or, for symbols, before) a number, to a code. */
  currencies: Record<string, string>;
  /** Currency symbols that stand before the number ($5). */
  currencyPrefixes: Record<string, string>;
  /** Connector between an amount and its currency (ملايين من الدولارات, millions of dollars). */
  currencyOf: string[];
  percentSuffixes: string[];
  percentPrefixes: string[];
}
