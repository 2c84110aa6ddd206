// How close two quotes are in meaning: shared content-word roots across wordings, with a character n-gram fallback.
import { languages } from '../../lang/index.js';
import { normaliseString } from '../../text/normalise.js';
import type { SpeechLexicon } from './lexicon.js';

/** Shortest stem left after a proclitic is stripped (so وقال is not cut to a letter). */
const MIN_STEM = 3;
/** The containment score counts only when the shorter quote has this many content words. */
const MIN_CONTAINED = 3;
const NGRAM = 3;
/** A short quote wholly inside a longer one is the same statement, but shared names alone must not reach the threshold. */
const CONTAINED_WEIGHT = 0.8;
const NGRAM_WEIGHT = 0.9;

const lexicons = (): SpeechLexicon[] =>
  Object.values(languages)
    .map((l) => l.speech as SpeechLexicon)
    .filter((s) => Array.isArray(s.verbs));

const stopCache = new WeakMap<SpeechLexicon, Set<string>>();
const stopsOf = (lex: SpeechLexicon): Set<string> => {
  let s = stopCache.get(lex);
  if (!s) {
    s = new Set(lex.stopWords);
    stopCache.set(lex, s);
  }
  return s;
};

/** The root a word stands for: stop words dropped, one proclitic stripped, stemmed, mapped through the synonym table. */
function rootOf(word: string, all: SpeechLexicon[]): string | undefined {
  const lex = all.find((l) => l.script.test(word));
  if (!lex) return /\p{N}/u.test(word) ? word : undefined;
  const stops = stopsOf(lex);
  if (stops.has(word)) return undefined;
  const prefix = lex.prefixes.find((p) => word.startsWith(p) && word.length - p.length >= MIN_STEM) ?? '';
  const bare = word.slice(prefix.length);
  if (stops.has(bare)) return undefined;
  const stem = lex.stem(bare);
  return lex.synonyms[bare] ?? lex.synonyms[stem] ?? stem;
}

export function contentRoots(text: string): Set<string> {
  const all = lexicons();
  const out = new Set<string>();
  for (const w of normaliseString(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
    const r = rootOf(w, all);
    if (r && r.length >= 2) out.add(r);
  }
  return out;
}

function ngrams(text: string): Map<string, number> {
  const s = ` ${normaliseString(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
  const out = new Map<string, number>();
  for (let i = 0; i + NGRAM <= s.length; i++) {
    const g = s.slice(i, i + NGRAM);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [g, x] of a) {
    na += x * x;
    dot += x * (b.get(g) ?? 0);
  }
  for (const x of b.values()) nb += x * x;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** 0..1: the best of root overlap (Dice), containment of the shorter quote, and character trigram cosine. */
export function statementSimilarity(a: string, b: string): number {
  const ra = contentRoots(a);
  const rb = contentRoots(b);
  let shared = 0;
  for (const r of ra) if (rb.has(r)) shared++;
  const dice = ra.size + rb.size ? (2 * shared) / (ra.size + rb.size) : 0;
  const smaller = Math.min(ra.size, rb.size);
  // One or two content words ("هجمات ارهابيه") say too little to match on anything but the same words.
  if (smaller < MIN_CONTAINED) return shared === Math.max(ra.size, rb.size) && shared > 0 ? 1 : 0.5 * dice;
  return Math.max(dice, CONTAINED_WEIGHT * (shared / smaller), NGRAM_WEIGHT * cosine(ngrams(a), ngrams(b)));
}
