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

// Digit runs keep their separators (7,939 / 3.5); letters keep marks and in-word apostrophes; anything else is one symbol.
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\d]/gu;
const MIN_STEM = 2;

/** Split canonical text [from, to) into tokens; `lang` picks the clitic list used for `bare`. */
export function tokenize(canonical: string, lang?: LangCode, from = 0, to = canonical.length): Token[] {
  const articles = lang ? (getLanguage(lang)?.text.articleClitics ?? []) : [];
  const out: Token[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  re.lastIndex = from;
  const slice = to < canonical.length ? canonical.slice(0, to) : canonical;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    const text = m[0];
    const c = text.charCodeAt(0);
    const kind: TokenKind = c >= 48 && c <= 57 ? 'number' : /[\p{L}\p{M}]/u.test(text[0] as string) ? 'word' : 'symbol';
    const prefix = kind === 'word' ? cliticLength(text, articles, MIN_STEM) : 0;
    out.push({ start: m.index, end: m.index + text.length, text, kind, bare: prefix ? text.slice(prefix) : text, prefix });
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
  for (const c of clitics) if (word.length - c.length >= minStem && word.startsWith(c)) out.push({ prefix: c, stem: word.slice(c.length) });
  return out;
}
