// Tokens of canonical text with canonical offsets; Arabic clitics are split off for matching, never from the offsets.
import { getLanguage } from '../lang/index.js';
import type { LangCode } from '../types.js';

export type TokenKind = 'word' | 'number' | 'symbol';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** The word with its article clitics (وال, بال, لل, ال …) stripped; equals `text` when none apply. */
  bare: string;
  /** Length of the clitic prefix stripped to make `bare`. */
  prefix: number;
}

const MIN_STEM = 2;

// Character classes of the BMP, built once: a table lookup is much cheaper than a Unicode regex per character.
const OTHER = 0;
const LETTER = 1; // letters and combining marks
const DIGIT = 2; // ASCII digits only: the text is canonical
const SPACE = 3;
const CLASS = (() => {
  const table = new Uint8Array(0x10000);
  const letter = /[\p{L}\p{M}]/u;
  const space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    table[c] = c >= 48 && c <= 57 ? DIGIT : letter.test(ch) ? LETTER : space.test(ch) ? SPACE : OTHER;
  }
  return table;
})();

const classAt = (text: string, i: number): number => CLASS[text.charCodeAt(i)] as number;

/**
 * Split canonical text [from, to) into tokens: digit runs with their separators (7,939 / 3.5), words with marks
 * and in-word apostrophes, and one-character symbols. `lang` picks the clitic list used for `bare`.
 */
export function tokenize(canonical: string, lang?: LangCode, from = 0, to = canonical.length): Token[] {
  const articles = lang ? (getLanguage(lang)?.text.articleClitics ?? []) : [];
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const cls = classAt(canonical, i);
    if (cls === SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind = 'symbol';
    if (cls === DIGIT) {
      kind = 'number';
      for (;;) {
        while (j < to && classAt(canonical, j) === DIGIT) j++;
        const sep = canonical.charCodeAt(j);
        if ((sep === 46 || sep === 44) && j + 1 < to && classAt(canonical, j + 1) === DIGIT) j++;
        else break;
      }
    } else if (cls === LETTER) {
      kind = 'word';
      for (;;) {
        while (j < to && classAt(canonical, j) === LETTER) j++;
        if (canonical.charCodeAt(j) === 39 && j + 1 < to && classAt(canonical, j + 1) === LETTER) j++;
        else break;
      }
    } else {
      const c = canonical.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && j < to) j++; // keep a surrogate pair together
    }
    const text = canonical.slice(i, j);
    const prefix = kind === 'word' && articles.length ? cliticLength(text, articles, MIN_STEM) : 0;
    out.push({ start: i, end: j, text, kind, bare: prefix ? text.slice(prefix) : text, prefix });
    i = j;
  }
  return out;
}

/** Length of the longest listed clitic that starts `word` and leaves at least `minStem` characters. */
export function cliticLength(word: string, clitics: readonly string[], minStem: number): number {
  for (const c of clitics) if (word.length - c.length >= minStem && word.startsWith(c)) return c.length;
  return 0;
}

/** Every way to read `word` as clitic prefix + stem (longest prefix first), the whole word first. */
export function cliticSplits(word: string, clitics: readonly string[], minStem = 3): Array<{ prefix: string; stem: string }> {
  const out = [{ prefix: '', stem: word }];
  for (const c of clitics)
    if (word.length - c.length >= minStem && word.startsWith(c)) out.push({ prefix: c, stem: word.slice(c.length) });
  return out;
}
