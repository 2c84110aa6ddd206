// The entity lexicons are stored canonical, and English has the same shape as Arabic.
import { describe, expect, it } from 'vitest';
import type { EntityLexicon } from '../src/extract/entities/lexicon.js';
import { languages } from '../src/lang/index.js';
import { normaliseString } from '../src/text/normalise.js';

/** Every lexicon string a matcher compares with canonical text (Latin labels and transliteration output excepted). */
function canonicalEntries(lex: EntityLexicon): string[] {
  const lists = [
    lex.proclitics,
    [lex.article],
    lex.fusedArticle ?? [],
    lex.stopwords,
    lex.commonWords,
    lex.personTitles,
    lex.titleModifiers,
    lex.firstNames,
    lex.reportingVerbs,
    lex.orgHeads,
    lex.orgAdjectives,
    lex.nameSuffixes,
    lex.placeHeads,
    lex.landmarkHeads,
    lex.nameConnectors,
    lex.placePrepositions,
    Object.keys(lex.nisba),
    lex.nisbaSuffixes,
    [lex.nisbaEnding],
    lex.nisbaDrop,
    Object.keys(lex.countryAliases),
    [...lex.persons, ...lex.places, ...lex.organizations].flatMap((e) => e.names),
    lex.groups.flatMap((g) => g.forms),
    Object.keys(lex.transliteration?.exceptions ?? {}),
  ];
  return lists.flat().filter((s) => s !== '');
}

describe.each(Object.entries(languages))('entity lexicon %s', (_, lang) => {
  const lex = lang.entities as EntityLexicon;

  it('stores every entry in canonical form', () => {
    const bad = canonicalEntries(lex).filter((s) => normaliseString(s) !== s);
    expect(bad).toEqual([]);
  });

  it('has the same fields as the Arabic lexicon', () => {
    const ar = languages.ar?.entities as EntityLexicon;
    // optional: script-specific reading, a fused article, ordinal rulers' names, a trained tagger
    const optional = new Set(['transliteration', 'fusedArticle', 'nameOrdinals', 'tagger']);
    const required = Object.keys(ar).filter((k) => !optional.has(k));
    expect(required.filter((k) => !(k in lex))).toEqual([]);
  });

  it('gives every curated name a Latin form and a type', () => {
    for (const e of [...lex.persons, ...lex.places, ...lex.organizations]) {
      expect(e.latin).toMatch(/^[\p{Script=Latin}\d .'-]+$/u);
      expect(e.names.length).toBeGreaterThan(0);
    }
  });
});
