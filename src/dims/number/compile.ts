// Turn a language's number lexicon into lookup tables once, so parsing never rebuilds a pattern.
import { getLanguage } from '../../lang/index.js';
import { tokenize } from '../../text/tokenize.js';
import type { LangCode, Qualifier } from '../../types.js';
import type { NumberLexicon, ScaleWord, VagueBounds } from './lexicon.js';

/** Everything one word can mean to the number grammar. */
export interface WordInfo {
  unit?: number;
  teenPrefix?: number;
  ten?: boolean;
  teen?: number;
  tens?: number;
  hundred?: number;
  scale?: ScaleWord;
  fraction?: number;
  articleOne?: boolean;
  joiner?: boolean;
  ordinal?: number;
  ordinalTeenPrefix?: number;
  vague?: VagueBounds;
  vagueCount?: VagueBounds;
  /** First word of a qualifier, range or prefix phrase: worth trying a phrase here. */
  opener?: boolean;
}

/** Multi-word phrases keyed by their first token, longest first. */
export type PhraseSet<T> = Map<string, Array<{ words: string[]; value: T }>>;

export interface Compiled {
  lex: NumberLexicon;
  words: Map<string, WordInfo>;
  notNumbers: Set<string>;
  clitics: string[];
  articleClitics: Set<string>;
  joinerPrefixes: string[];
  qualifierPrefixes: PhraseSet<Qualifier>;
  qualifierSuffixes: PhraseSet<Qualifier>;
  qualifierSuffixesAfterNoun: PhraseSet<Qualifier>;
  rangeStarts: PhraseSet<string[]>;
  bareRangeMiddles: Set<string>;
  currencies: PhraseSet<string>;
  currencyPrefixes: PhraseSet<string>;
  currencyOf: Set<string>;
  vagueCountPhrases: PhraseSet<VagueBounds>;
  vagueOf: Set<string>;
  percentSuffixes: PhraseSet<true>;
  percentPrefixes: Set<string>;
  ordinalSuffixes: Set<string>;
  ordinalBlockedAfter: Set<string>;
  ordinalBlockedBefore: Set<string>;
  attachedScales: Map<string, number>;
  /** Words that may open a phrase (first words of qualifiers, ranges, prefixes) besides number words. */
  openers: Set<string>;
}

function phraseSet<T>(entries: Array<[string, T]>): PhraseSet<T> {
  const set: PhraseSet<T> = new Map();
  for (const [phrase, value] of entries) {
    const words = tokenize(phrase).map((t) => t.text);
    const first = words[0];
    if (first === undefined) continue;
    const list = set.get(first) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    set.set(first, list);
  }
  return set;
}

function addWords(words: Map<string, WordInfo>, table: Record<string, unknown>, put: (info: WordInfo, v: never) => void): void {
  for (const [w, v] of Object.entries(table)) {
    const info = words.get(w) ?? {};
    put(info, v as never);
    words.set(w, info);
  }
}

const byQualifier = (table: Partial<Record<Qualifier, string[]>>): Array<[string, Qualifier]> =>
  Object.entries(table).flatMap(([q, list]) => (list ?? []).map((p): [string, Qualifier] => [p, q as Qualifier]));

function compile(lex: NumberLexicon, clitics: string[], articleClitics: string[]): Compiled {
  const words = new Map<string, WordInfo>();
  const flag = (list: string[]) => Object.fromEntries(list.map((w) => [w, true]));
  addWords(words, lex.units, (i, v: number) => (i.unit = v));
  addWords(words, lex.teenPrefixes, (i, v: number) => (i.teenPrefix = v));
  addWords(words, flag(lex.tenWords), (i) => (i.ten = true));
  addWords(words, lex.teens, (i, v: number) => (i.teen = v));
  addWords(words, lex.tens, (i, v: number) => (i.tens = v));
  addWords(words, lex.hundreds, (i, v: number) => (i.hundred = v));
  addWords(words, lex.scales, (i, v: ScaleWord) => (i.scale = v));
  addWords(words, lex.fractions, (i, v: number) => (i.fraction = v));
  addWords(words, flag(lex.articleOne), (i) => (i.articleOne = true));
  addWords(words, flag(lex.joiners), (i) => (i.joiner = true));
  addWords(words, lex.ordinals, (i, v: number) => (i.ordinal = v));
  addWords(words, lex.ordinalTeenPrefixes, (i, v: number) => (i.ordinalTeenPrefix = v));
  addWords(words, lex.vague, (i, v: VagueBounds) => (i.vague = v));
  const singleCounts = Object.entries(lex.vagueCounts).filter(([w]) => !w.includes(' '));
  addWords(words, Object.fromEntries(singleCounts), (i, v: VagueBounds) => (i.vagueCount = v));

  const c: Compiled = {
    lex,
    words,
    notNumbers: new Set(lex.notNumbers),
    clitics,
    articleClitics: new Set(articleClitics),
    joinerPrefixes: lex.joinerPrefixes,
    qualifierPrefixes: phraseSet(byQualifier(lex.qualifierPrefixes)),
    qualifierSuffixes: phraseSet(byQualifier(lex.qualifierSuffixes)),
    qualifierSuffixesAfterNoun: phraseSet(
      byQualifier(lex.qualifierSuffixes).filter(([p]) => lex.qualifierSuffixesAfterNoun.includes(p)),
    ),
    rangeStarts: phraseSet(lex.ranges.map((r) => [r.start, r.middle])),
    bareRangeMiddles: new Set(lex.bareRangeMiddles),
    currencies: phraseSet(Object.entries(lex.currencies)),
    currencyPrefixes: phraseSet(Object.entries(lex.currencyPrefixes)),
    currencyOf: new Set(lex.currencyOf),
    vagueCountPhrases: phraseSet(Object.entries(lex.vagueCounts)),
    vagueOf: new Set(lex.vagueOf),
    percentSuffixes: phraseSet(lex.percentSuffixes.map((p): [string, true] => [p, true])),
    percentPrefixes: new Set(lex.percentPrefixes),
    ordinalSuffixes: new Set(lex.ordinalSuffixes),
    ordinalBlockedAfter: new Set(lex.ordinalBlockedAfter),
    ordinalBlockedBefore: new Set(lex.ordinalBlockedBefore),
    attachedScales: new Map(Object.entries(lex.attachedScales)),
    openers: new Set(),
  };
  for (const set of [c.qualifierPrefixes, c.rangeStarts, c.currencyPrefixes, c.vagueCountPhrases] as PhraseSet<unknown>[])
    for (const k of set.keys()) c.openers.add(k);
  for (const p of c.percentPrefixes) c.openers.add(p);
  for (const w of c.openers) words.set(w, { ...words.get(w), opener: true });
  return c;
}

const cache = new Map<LangCode, Compiled | null>();

/** The compiled number grammar for a language, or null when the language has no number lexicon. */
export function compiledFor(lang: LangCode): Compiled | null {
  let c = cache.get(lang);
  if (c === undefined) {
    const language = getLanguage(lang);
    const lex = language?.numbers as NumberLexicon | undefined;
    c = lex?.units ? compile(lex, language?.text.clitics ?? [], language?.text.articleClitics ?? []) : null;
    cache.set(lang, c);
  }
  return c;
}
