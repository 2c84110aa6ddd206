// Token access shared by the number rules: word look-up through clitics, adjacency and phrase matching.
import type { Token } from '../../text/tokenize.js';
import type { Compiled, PhraseSet, WordInfo } from './compile.js';

/** A word read as clitic prefix + lexicon entry. */
export interface Reading {
  info: WordInfo;
  prefix: string;
}

export type CliticMode = 'none' | 'joiner' | 'any';

const MIN_STEM = 3; // لست must not read as ل + ست
const CACHE_LIMIT = 100_000;

export class Cursor {
  private readonly readings: Array<Reading | null | undefined>;
  constructor(
    readonly text: string,
    readonly toks: readonly Token[],
    readonly c: Compiled,
    private readonly wordCache: Map<string, Reading | null>,
    /** Read a qualifier that follows the counted noun (see NumberOptions). */
    readonly afterNoun = false,
  ) {
    this.readings = new Array(toks.length);
  }

  tok(i: number): Token | undefined {
    return this.toks[i];
  }

  /** The token's lexicon reading: the whole word first, then after the longest clitic that leaves a known stem. */
  read(i: number): Reading | null {
    const cached = this.readings[i];
    if (cached !== undefined) return cached;
    const t = this.toks[i];
    let r: Reading | null = null;
    if (t && t.kind === 'word') r = this.readWord(t.text);
    this.readings[i] = r;
    return r;
  }

  private readWord(word: string): Reading | null {
    const hit = this.wordCache.get(word);
    if (hit !== undefined) return hit;
    let r: Reading | null = null;
    const info = this.c.words.get(word);
    if (this.isNotNumber(word)) r = null;
    else if (info) r = { info, prefix: '' };
    else
      for (const cl of this.c.clitics) {
        if (word.length - cl.length < MIN_STEM || !word.startsWith(cl)) continue;
        const stem = this.c.words.get(word.slice(cl.length));
        if (stem) {
          r = { info: stem, prefix: cl };
          break;
        }
      }
    if (this.wordCache.size > CACHE_LIMIT) this.wordCache.clear();
    this.wordCache.set(word, r);
    return r;
  }

  private isNotNumber(word: string): boolean {
    if (this.c.notNumbers.has(word)) return true;
    for (const cl of this.c.clitics) if (word.startsWith(cl) && this.c.notNumbers.has(word.slice(cl.length))) return true;
    return false;
  }

  /** Reading under a clitic rule: 'none' (bare word), 'joiner' (must start with و-like joiner), 'any'. */
  plain(i: number, mode: CliticMode = 'none'): WordInfo | undefined {
    const r = this.read(i);
    if (!r) return undefined;
    if (mode === 'any') return r.info;
    if (mode === 'none') return r.prefix === '' ? r.info : undefined;
    return this.c.joinerPrefixes.includes(r.prefix) ? r.info : undefined;
  }

  /** Tokens i and i+1 belong to one phrase: only spaces between them, no line break. */
  linked(i: number): boolean {
    const a = this.toks[i];
    const b = this.toks[i + 1];
    if (!a || !b) return false;
    if (b.start === a.end) return true;
    for (let k = a.end; k < b.start; k++) if (this.text.charCodeAt(k) !== 32) return false;
    return b.start - a.end <= 2;
  }

  adjacent(i: number): boolean {
    const a = this.toks[i];
    const b = this.toks[i + 1];
    return a !== undefined && b !== undefined && a.end === b.start;
  }

  /** Match the longest phrase of `set` starting at token i; the first word may carry a clitic when `clitic` is set. */
  phrase<T>(set: PhraseSet<T>, i: number, clitic = false): { value: T; next: number; cut: number } | null {
    const t = this.toks[i];
    if (!t) return null;
    const whole = this.matchFrom(set, i, t.text, 0);
    if (whole || !clitic || t.kind !== 'word') return whole;
    for (const cl of this.c.clitics) {
      if (t.text.length <= cl.length || !t.text.startsWith(cl)) continue;
      const hit = this.matchFrom(set, i, t.text.slice(cl.length), cl.length);
      if (hit) return hit;
    }
    return null;
  }

  private matchFrom<T>(set: PhraseSet<T>, i: number, first: string, cut: number): { value: T; next: number; cut: number } | null {
    const list = set.get(first);
    if (!list) return null;
    for (const { words, value } of list) {
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = this.linked(i + k - 1) && this.toks[i + k]?.text === words[k];
      if (ok) return { value, next: i + words.length, cut };
    }
    return null;
  }

  /** Where the span of the phrase starting at token i begins: after a leading clitic unless it is the article. */
  startOf(i: number): number {
    const t = this.toks[i] as Token;
    const r = this.read(i);
    if (!r?.prefix || this.c.articleClitics.has(r.prefix)) return t.start;
    return t.start + r.prefix.length;
  }
}
