// The shape of a language's figures data (src/lang/<xx>/figures.ts); every entry is canonical text.
import type { FigureKind, Qualifier } from '../../types.js';

/** Kinds a trigger can name ('other': people affected, in need — counted, but no casualty class). */
export type CountedKind = FigureKind;

export interface FigureLexicon {
  /** Clitics glued to a word's front (و، ب، ال …): a phrase still matches behind them. */
  prefixes: string[];
  /** Nouns counting people by what happened to them, right after the number (18 قتيلا, 748 wounded). */
  countNouns: Partial<Record<CountedKind, string[]>>;
  /** Verbs and verbal nouns reporting what happened, a few words before or after the number. */
  triggers: Partial<Record<CountedKind, string[]>>;
  /** Words for armed men: a count of them is a deployment when nothing else says what happened. */
  forceNouns: string[];
  /** Who is counted: normalised English label → phrases read right after the number. */
  groups: Record<string, string[]>;
  /** Alliances that send troops: any mention in the sentence names the group of a deployment. */
  alliances: Record<string, string[]>;
  /** Words (or glued prefixes) before a place that make it where the count happened (في الماتي). */
  placePrepositions: string[];
  /** Words that open a new clause (عندما, when, which): windows stop there as at a comma. */
  clauseOpeners: string[];
  /** Verbs before a number that report a total rising (ارتفع … الي, rose to): the trigger may sit further back. */
  riseVerbs: string[];
  /** Words joining two counts that share one trigger (مقتل 18 … و26 …). */
  conjunctions: string[];
  /** Words before a number counting part of the previous figure (بينهم 1404, including 5). */
  subsetMarkers: string[];
  /** Qualifiers after the counted noun (185 شخصا علي الاقل), which the number parser cannot see. */
  qualifiersAfterNoun: Partial<Record<Qualifier, string[]>>;
  /** Words pointing back to a group named earlier in the sentence (في صفوفها, among them). */
  groupAnaphora: string[];
  /** Cues before the source of a figure (بحسب, according to). */
  sourceCuesBefore: string[];
  /** Cues after the source of a figure (English "police said"). */
  sourceCuesAfter: string[];
  /** Known sources: preferred over the words that merely follow a cue. */
  sources: string[];
  /** Words that end a source phrase (ان, that, in). */
  sourceStops: string[];
  /** Nouns after a number that make it something other than a head count: years, days, planes, checkpoints. */
  notCounted: string[];
  /** Words before a number that make it a year or a date (عام, in). */
  yearMarkers: string[];
}

/** Every entry of a lexicon, for the test that entries are stored canonical. */
export function lexiconEntries(lex: FigureLexicon): string[] {
  const lists = [
    lex.prefixes,
    ...Object.values(lex.countNouns),
    ...Object.values(lex.triggers),
    lex.forceNouns,
    ...Object.values(lex.groups),
    ...Object.values(lex.alliances),
    lex.placePrepositions,
    lex.clauseOpeners,
    lex.riseVerbs,
    lex.conjunctions,
    lex.groupAnaphora,
    lex.subsetMarkers,
    ...Object.values(lex.qualifiersAfterNoun),
    lex.sourceCuesBefore,
    lex.sourceCuesAfter,
    lex.sources,
    lex.sourceStops,
    lex.notCounted,
    lex.yearMarkers,
  ];
  return lists.flatMap((l) => l ?? []);
}
