// Lookup tables built once per speech lexicon, and the verb kind of a word.
import type { SpeechLexicon } from './lexicon.js';

/** A name mention in canonical offsets. */
export interface Name {
  end: number;
  person: boolean;
}

export type VerbKind = 'verb' | 'object' | 'participle' | 'relay' | 'attribution';

/** Lookup tables built once per lexicon. */
export interface SpeechTables {
  lex: SpeechLexicon;
  kinds: Map<string, VerbKind>;
  multiword: Array<{ text: string; kind: VerbKind }>;
  complementisers: Set<string>;
  stops: Set<string>;
  pronouns: Set<string>;
  addressees: Set<string>;
  audience: Set<string>;
  addresseeVerbs: Set<string>;
  relaySources: Set<string>;
  relayNouns: Set<string>;
  relatives: Set<string>;
  bareClauseVerbs: Set<string>;
  auxiliaries: Set<string>;
}

export function speechTables(lex: SpeechLexicon): SpeechTables {
  const kinds = new Map<string, VerbKind>();
  const multiword: SpeechTables['multiword'] = [];
  const add = (list: string[], kind: VerbKind) => {
    for (const v of list) {
      if (v.includes(' ')) multiword.push({ text: v, kind });
      else kinds.set(v, kind);
    }
  };
  add(lex.verbs, 'verb');
  add(lex.objectVerbs, 'object');
  add(lex.participles, 'participle');
  add(lex.relayVerbs, 'relay');
  add(lex.attributions, 'attribution');
  return {
    lex,
    kinds,
    multiword,
    complementisers: new Set(lex.complementisers),
    stops: new Set(lex.speakerStops),
    pronouns: new Set(lex.pronouns),
    addressees: new Set(lex.addresseeMarkers),
    audience: new Set(lex.audienceWords),
    addresseeVerbs: new Set(lex.addresseeVerbs),
    relaySources: new Set(lex.relaySources),
    relayNouns: new Set(lex.relayNouns),
    relatives: new Set(lex.relatives),
    bareClauseVerbs: new Set(lex.bareClauseVerbs),
    auxiliaries: new Set(lex.auxiliaries),
  };
}

/** The verb kind of a word, with one conjunction proclitic (و، ف) allowed in front. */
export function verbKind(t: SpeechTables, word: string): VerbKind | undefined {
  const direct = t.kinds.get(word);
  if (direct) return direct;
  for (const c of t.lex.conjunctions) {
    if (word.length > c.length + 2 && word.startsWith(c)) {
      const kind = t.kinds.get(word.slice(c.length));
      if (kind) return kind;
    }
  }
  return undefined;
}
