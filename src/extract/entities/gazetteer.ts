// Packaged and curated names as hash maps of canonical token n-grams (no regex alternations of thousands of names).
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
// the Latin form of every name is its English one
import { entities as english } from '../../lang/en/entities.js';
import { normaliseString } from '../../text/normalise.js';
import type { EntityType } from '../../types.js';
import type { EntityLexicon } from './lexicon.js';
import { loadCities } from './places.js';
import { arabicFold, arabicSkeleton } from './skeleton.js';

export interface GazetteerEntry {
  type: EntityType;
  key: string;
  latin: string;
  country?: string;
  /** True for a whole country (its coordinates are its capital's). */
  isCountry?: boolean;
}

export interface Gazetteer {
  phrases: Map<string, GazetteerEntry>;
  /** Consonant skeleton of long place names → entry, for misspellings (كازخستان). */
  skeletons: Map<string, GazetteerEntry>;
  acronyms: Map<string, GazetteerEntry>;
  nisba: Map<string, string>;
  maxTokens: number;
}

const require = createRequire(import.meta.url);
const cache = new WeakMap<EntityLexicon, Gazetteer>();
const registered = new Set<string>();
const englishAliases = english.countryAliases;
// Cities of a Latin-script text count as names when they are at least this big.
const CITY_MIN_POPULATION = 50_000;
// Shorter skeletons collide with ordinary words.
const SKELETON_MIN_LENGTH = 5;

/** Canonical words of a name, joined by one space: the key every lookup uses. */
export const phraseKey = (name: string): string => (normaliseString(name).match(/[\p{L}\p{M}\p{N}']+/gu) ?? []).join(' ');

function countryNames(locale: string): Record<string, string[]> {
  if (!registered.has(locale)) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));
    registered.add(locale);
  }
  return countries.getNames(locale, { select: 'all' }) as unknown as Record<string, string[]>;
}

/** The Latin form of a country: its shortest English name that names no other country (Syria, Iran, Russia, not
 * "Syrian Arab Republic"), from the package and the English lexicon's aliases; no abbreviation (USA, U.S.). */
const englishName = (() => {
  let best: Map<string, string> | undefined;
  return (code: string): string => {
    if (!best) {
      const all = Object.entries(countryNames('en')).flatMap(([c, names]) => names.map((n) => [c, n] as const));
      // aliases are stored in canonical (lower) case; an abbreviation (us, uk) is not a Latin form
      for (const [n, c] of Object.entries(englishAliases))
        if (n.length > 3) all.push([c, n.replace(/\b\p{L}/gu, (l) => l.toUpperCase())]);
      const owners = new Map<string, Set<string>>();
      for (const [c, n] of all) owners.set(n, (owners.get(n) ?? new Set()).add(c));
      best = new Map();
      for (const [c, n] of all) {
        if (/[,.]/.test(n) || !/[a-z]/.test(n) || (owners.get(n)?.size ?? 0) > 1) continue;
        const cur = best.get(c);
        if (!cur || n.length < cur.length) best.set(c, n);
      }
    }
    return best.get(code) ?? countries.getName(code, 'en', { select: 'official' }) ?? code;
  };
})();

export function gazetteer(lex: EntityLexicon): Gazetteer {
  const hit = cache.get(lex);
  if (hit) return hit;
  countryNames('en');
  const phrases = new Map<string, GazetteerEntry>();
  const stop = new Set(lex.stopwords);
  const add = (name: string, e: GazetteerEntry): void => {
    const k = phraseKey(name);
    if (k && !stop.has(k) && !phrases.has(k)) phrases.set(k, e);
  };
  for (const list of [lex.persons, lex.organizations, lex.places]) {
    for (const n of list) {
      const e: GazetteerEntry = { type: n.type, key: phraseKey(n.names[0] ?? n.latin), latin: n.latin, country: n.country };
      for (const name of n.names) add(name, e);
    }
  }
  for (const g of lex.groups) for (const f of g.forms) add(f, { type: 'group', key: g.latin, latin: g.latin });
  const countryEntry = (code: string, names: string[]): GazetteerEntry => ({
    type: 'place',
    key: phraseKey(names[0] ?? code),
    latin: englishName(code),
    country: code,
    isCountry: true,
  });
  const byCode = new Map<string, GazetteerEntry>();
  for (const [code, names] of Object.entries(countryNames(lex.countryLocale))) {
    const e = countryEntry(code, names);
    byCode.set(code, e);
    for (const n of names) add(n, e);
  }
  for (const [name, code] of Object.entries(lex.countryAliases)) add(name, byCode.get(code) ?? countryEntry(code, [name]));
  if (lex.cased) {
    const given = new Set(lex.firstNames);
    for (const c of loadCities()) {
      // a town named like a person (Martin, Slovakia) is not worth the false matches
      if (c.population < CITY_MIN_POPULATION || given.has(phraseKey(c.name))) continue;
      add(c.name, { type: 'place', key: phraseKey(c.name), latin: c.name, country: c.country });
    }
  }
  const skeletons = new Map<string, GazetteerEntry>();
  const clash = new Set<string>();
  if (!lex.cased) {
    const keep = (s: string, e: GazetteerEntry): void => {
      if (skeletons.has(s) && skeletons.get(s) !== e) clash.add(s);
      skeletons.set(s, e);
    };
    for (const [k, e] of phrases) {
      if (e.type !== 'place') continue;
      // the same key without its article (الاوروغواي → اوروغواي), so a variant spelling behind one still matches
      const bare = lex.article && k.startsWith(lex.article) ? k.slice(lex.article.length) : k;
      for (const form of new Set([k, bare])) {
        const s = arabicSkeleton(form);
        if (s.length >= SKELETON_MIN_LENGTH) keep(s, e);
        if (form.length >= SKELETON_MIN_LENGTH) keep(arabicFold(form), e);
      }
    }
    for (const s of clash) skeletons.delete(s);
  }
  const acronyms = new Map<string, GazetteerEntry>();
  for (const o of lex.organizations) {
    const e = phrases.get(phraseKey(o.names[0] ?? ''));
    for (const a of o.acronyms ?? []) if (e) acronyms.set(a.toLowerCase(), e);
  }
  const nisba = new Map<string, string>();
  // a country's own name is never its adjective (اوروغواي is Uruguay, اوروغوايي Uruguayan)
  const own = (w: string): boolean => phrases.get(w)?.isCountry === true || phrases.get(lex.article + w)?.isCountry === true;
  const addNisba = (stem: string, code: string): void => {
    for (const suffix of lex.nisbaSuffixes) {
      if (own(stem + suffix)) continue;
      nisba.set(stem + suffix, code);
      if (lex.article) nisba.set(lex.article + stem + suffix, code);
    }
  };
  for (const [code, names] of Object.entries(countryNames(lex.countryLocale))) {
    if (!lex.nisbaEnding) break;
    for (const n of names) {
      const k = phraseKey(n);
      if (k.includes(' ')) continue;
      const bare = lex.article && k.startsWith(lex.article) ? k.slice(lex.article.length) : k;
      const last = bare.slice(-1);
      addNisba((lex.nisbaDrop.includes(last) ? bare.slice(0, -1) : bare) + lex.nisbaEnding, code);
    }
  }
  for (const [stem, code] of Object.entries(lex.nisba)) addNisba(stem, code);
  let maxTokens = 1;
  for (const k of phrases.keys()) maxTokens = Math.max(maxTokens, k.split(' ').length);
  const g = { phrases, skeletons, acronyms, nisba, maxTokens: Math.min(maxTokens, 8) };
  cache.set(lex, g);
  return g;
}
