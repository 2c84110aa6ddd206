import { describe, expect, test } from 'vitest';
import type { EventLexicon } from '../src/extract/events/lexicon.js';
import type { SpeechLexicon } from '../src/extract/quotes/lexicon.js';
import { languages } from '../src/lang/index.js';
import { normaliseString } from '../src/text/normalise.js';

const words = (lex: SpeechLexicon): string[] => [
  ...lex.verbs,
  ...lex.objectVerbs,
  ...lex.attributions,
  ...lex.participles,
  ...lex.relayVerbs,
  ...lex.relaySources,
  ...lex.relayNouns,
  ...lex.conjunctions,
  ...lex.complementisers,
  ...lex.speakerStops,
  ...lex.addresseeMarkers,
  ...lex.audienceWords,
  ...lex.addresseeVerbs,
  ...lex.relatives,
  ...lex.auxiliaries,
  ...lex.pronouns,
  ...lex.prefixes,
  ...lex.stopWords,
  ...Object.keys(lex.synonyms),
  ...Object.values(lex.synonyms),
];

describe.each(Object.keys(languages))('%s speech and event lexicons', (code) => {
  const lang = languages[code];
  test('every speech entry is stored canonical', () => {
    const lex = lang?.speech as SpeechLexicon;
    const bad = words(lex).filter((w) => normaliseString(w) !== w);
    expect(bad).toEqual([]);
    expect(lex.verbs.length).toBeGreaterThan(5);
  });
  test('every event trigger is stored canonical', () => {
    const lex = lang?.events as EventLexicon;
    const all = [...lex.triggers.flatMap((t) => t.phrases), ...lex.prefixes, ...lex.suffixes];
    expect(all.filter((w) => normaliseString(w) !== w)).toEqual([]);
    expect(lex.triggers.length).toBeGreaterThan(10);
  });
});
