// What every pattern needs while walking one sentence: its tokens, the lexicon as sets, and phrase lookups.
import type { EntityType } from '../../types.js';
import { type Gazetteer, type GazetteerEntry, gazetteer, phraseKey } from './gazetteer.js';
import type { EntityLexicon } from './lexicon.js';
import { type Token, type Variant, variants } from './tokens.js';

/** A candidate mention over tokens [from, to); `strip` characters of the first token are a proclitic. */
export interface Found {
  from: number;
  to: number;
  strip: number;
  type: EntityType;
  key: string;
  latin?: string;
  country?: string;
  role?: { from: number; to: number; strip: number };
  /** From a curated list or a packaged gazetteer (not guessed from a pattern). */
  known?: boolean;
  /** A short form of a name the document gave in full, found again (its key is the full name's). */
  learned?: boolean;
}

/** Finds in reading order, a longer find before the one it holds. */
export const byPosition = (a: Found, b: Found): number => a.from - b.from || b.to - a.to;

export interface Match<T> {
  n: number;
  strip: number;
  form: string;
  value: T;
  /** The match dropped the word's own article (المطار read as مطار). */
  definite: boolean;
}

/** The lexicon as sets and phrase maps, built once per language. */
export interface Sets {
  lex: EntityLexicon;
  gaz: Gazetteer;
  stop: Set<string>;
  common: Set<string>;
  titles: Set<string>;
  modifiers: Set<string>;
  firstNames: Set<string>;
  verbs: Set<string>;
  orgHeads: Set<string>;
  placeHeads: Set<string>;
  landmarks: Set<string>;
  regionHeads: Set<string>;
  connectors: Set<string>;
  placePreps: Set<string>;
  orgAdjectives: Set<string>;
  nameSuffixes: Set<string>;
  ordinals: Set<string>;
  /** Keys of the groups that are institutions (police, army). */
  institutions: Set<string>;
  /** First words of every multi-word phrase set above, to skip lookups that cannot match. */
  firstWords: Set<string>;
}

const cache = new WeakMap<EntityLexicon, Sets>();

export function lexiconSets(lex: EntityLexicon): Sets {
  const hit = cache.get(lex);
  if (hit) return hit;
  const gaz = gazetteer(lex);
  const phrases = (list: string[]): Set<string> => new Set(list.map(phraseKey));
  const sets: Sets = {
    lex,
    gaz,
    stop: new Set(lex.stopwords),
    common: new Set(lex.commonWords),
    titles: phrases(lex.personTitles),
    modifiers: phrases(lex.titleModifiers),
    firstNames: phrases(lex.firstNames),
    verbs: phrases(lex.reportingVerbs),
    orgHeads: phrases(lex.orgHeads),
    placeHeads: phrases(lex.placeHeads),
    landmarks: phrases(lex.landmarkHeads),
    regionHeads: phrases(Object.keys(lex.regionHeads)),
    connectors: phrases(lex.nameConnectors),
    placePreps: phrases(lex.placePrepositions),
    orgAdjectives: phrases(lex.orgAdjectives),
    nameSuffixes: phrases(lex.nameSuffixes),
    ordinals: phrases(lex.nameOrdinals ?? []),
    institutions: new Set(lex.groups.filter((g) => g.institution).map((g) => g.latin)),
    firstWords: new Set(),
  };
  for (const k of [
    ...gaz.phrases.keys(),
    ...sets.titles,
    ...sets.orgHeads,
    ...sets.placeHeads,
    ...sets.regionHeads,
    ...sets.firstNames,
  ]) {
    sets.firstWords.add(k.split(' ')[0] as string);
  }
  cache.set(lex, sets);
  return sets;
}

export class Scanner {
  readonly forms: string[];
  private readonly vars: Variant[][];
  private readonly memo = new Map<object, Map<number, Match<unknown> | undefined>>();

  readonly toks: Token[];

  constructor(
    tokens: Token[],
    readonly s: Sets,
  ) {
    // a possessive ending is not part of the name (Kazakhstan's)
    this.toks = tokens.map((t) => {
      const e = s.lex.enclitics.find((x) => t.text.endsWith(x) && t.text.length > x.length + 1);
      return e ? { ...t, end: t.end - e.length, text: t.text.slice(0, -e.length), breakAfter: true } : t;
    });
    const toks = this.toks;
    this.forms = toks.map((t) => t.text);
    this.vars = toks.map((t) => variants(t.text, s.lex.proclitics, s.lex.article, s.lex.fusedArticle));
  }

  /** The token and its proclitic-stripped readings. */
  variantsAt(i: number): readonly Variant[] {
    return this.vars[i] ?? [];
  }

  get length(): number {
    return this.toks.length;
  }

  /** Longest phrase of `table` starting at token i (its first token may carry a proclitic); memoised per table. */
  phrase<T>(i: number, table: { get(k: string): T | undefined } | Set<string>, maxN = 6): Match<T> | undefined {
    let memo = this.memo.get(table);
    if (!memo) {
      memo = new Map();
      this.memo.set(table, memo);
    }
    const key = i * 16 + maxN;
    if (memo.has(key)) return memo.get(key) as Match<T> | undefined;
    const found = this.lookup(i, table, maxN);
    memo.set(key, found);
    return found;
  }

  private lookup<T>(i: number, table: { get(k: string): T | undefined } | Set<string>, maxN: number): Match<T> | undefined {
    const vs = (this.vars[i] ?? []).filter((v) => this.s.firstWords.has(v.form));
    if (!vs.length) return undefined;
    const get = (k: string): T | undefined =>
      table instanceof Set ? ((table.has(k) ? (true as T) : undefined) as T | undefined) : table.get(k);
    // a phrase does not run across punctuation
    let last = i;
    while (last < this.toks.length - 1 && last - i < maxN - 1 && !this.toks[last]?.breakAfter) last++;
    const rests = [''];
    for (let k = i + 1; k <= last; k++) rests.push(`${rests[rests.length - 1]} ${this.forms[k]}`);
    for (let n = rests.length; n >= 1; n--) {
      for (const v of vs) {
        const form = v.form + rests[n - 1];
        const value = get(form);
        if (value !== undefined) return { n, strip: v.strip, form, value, definite: v.definite };
      }
    }
    return undefined;
  }

  entry(i: number): Match<GazetteerEntry> | undefined {
    return this.phrase(i, this.s.gaz.phrases, this.s.gaz.maxTokens);
  }

  isStop(i: number): boolean {
    const f = this.forms[i];
    return f === undefined || this.s.stop.has(f);
  }

  /** A stopword behind a proclitic (وذلك, للبلاد) is still a stopword. */
  isStopAfterClitic(i: number): boolean {
    return this.isStop(i) || (this.vars[i] ?? []).some((v) => v.strip > 0 && this.s.stop.has(v.form));
  }

  /** Written with the article and nothing before it (الامن, not والامن). */
  startsWithArticle(i: number): boolean {
    const a = this.s.lex.article;
    const f = this.forms[i] ?? '';
    return a !== '' && f.startsWith(a) && f.length > a.length + 1;
  }

  /** Written with the article, directly or behind a proclitic (الامن, بالقوه, للمنظمه). */
  isDefinite(i: number): boolean {
    const a = this.s.lex.article;
    const f = this.forms[i] ?? '';
    if (a === '') return false;
    if (f.startsWith(a) && f.length > a.length + 1) return true;
    return (this.vars[i] ?? []).some((v) => v.definite && v.form.length > 1);
  }

  isNisba(i: number): boolean {
    return this.s.gaz.nisba.has(this.forms[i] ?? '');
  }

  /** Could this token be (part of) a proper name? Function words, titles, heads and adjectives cannot. */
  nameLike(i: number, allowCommon = false): boolean {
    const t = this.toks[i];
    const f = this.forms[i];
    if (!t || !f || f.length < 2 || /\d/.test(f)) return false;
    const s = this.s;
    if (s.firstNames.has(f)) return true; // given names that look definite or common (الهام, الكسندر)
    if (this.isStopAfterClitic(i) || s.titles.has(f) || s.orgHeads.has(f) || s.placeHeads.has(f)) return false;
    if (s.modifiers.has(f) || (!allowCommon && s.common.has(f))) return false;
    if (this.isNisba(i) || s.verbs.has(f)) return false;
    if (s.lex.cased) return t.capital;
    return !t.latin && !this.isDefinite(i);
  }
}
