// A language's figures lexicon compiled once into phrase sets.
import { getLanguage } from '../../lang/index.js';
import type { LangCode, Qualifier } from '../../types.js';
import type { FilterWords } from './filters.js';
import type { CountedKind, FigureLexicon } from './lexicon.js';
import { PhraseSet } from './phrases.js';

export interface FigureMatchers {
  countNouns: PhraseSet<CountedKind>;
  triggers: PhraseSet<CountedKind>;
  forceNouns: PhraseSet<'deployed'>;
  groups: PhraseSet;
  alliances: PhraseSet;
  anaphora: PhraseSet<'anaphora'>;
  subsetMarkers: PhraseSet<'subset'>;
  qualifiersAfterNoun: PhraseSet<Qualifier>;
  cuesBefore: PhraseSet<'cue'>;
  cuesAfter: PhraseSet<'cue'>;
  sources: PhraseSet<'source'>;
  sourceStops: Set<string>;
  conjunctions: Set<string>;
  clauseOpeners: Set<string>;
  riseVerbs: PhraseSet<'rise'>;
  placePrepositions: Set<string>;
  filters: FilterWords;
  prefixes: string[];
}

const cache = new Map<LangCode, FigureMatchers | undefined>();

export function compileMatchers(lex: FigureLexicon): FigureMatchers {
  const p = lex.prefixes;
  return {
    countNouns: new PhraseSet(lex.countNouns, p),
    triggers: new PhraseSet(lex.triggers, p),
    forceNouns: new PhraseSet({ deployed: lex.forceNouns }, p),
    groups: new PhraseSet(lex.groups, p),
    alliances: new PhraseSet(lex.alliances, p),
    anaphora: new PhraseSet({ anaphora: lex.groupAnaphora }, p),
    subsetMarkers: new PhraseSet({ subset: lex.subsetMarkers }, p),
    qualifiersAfterNoun: new PhraseSet(lex.qualifiersAfterNoun, p),
    cuesBefore: new PhraseSet({ cue: lex.sourceCuesBefore }, p),
    cuesAfter: new PhraseSet({ cue: lex.sourceCuesAfter }, p),
    sources: new PhraseSet({ source: lex.sources }, p),
    sourceStops: new Set(lex.sourceStops),
    conjunctions: new Set(lex.conjunctions),
    clauseOpeners: new Set(lex.clauseOpeners),
    riseVerbs: new PhraseSet({ rise: lex.riseVerbs }, p),
    placePrepositions: new Set(lex.placePrepositions),
    filters: { notCounted: new Set(lex.notCounted), yearMarkers: new Set(lex.yearMarkers), prefixes: p },
    prefixes: p,
  };
}

/** The compiled matchers of a language, or undefined when it has no figures lexicon. */
export function matchersFor(lang: LangCode): FigureMatchers | undefined {
  if (!cache.has(lang)) {
    const lex = getLanguage(lang)?.figures as FigureLexicon | undefined;
    cache.set(lang, lex?.countNouns ? compileMatchers(lex) : undefined);
  }
  return cache.get(lang);
}
