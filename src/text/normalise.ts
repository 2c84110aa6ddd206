// Normalise once: fold every spelling variant the matchers should not care about,
// and keep, for each canonical character, the original span it came from.

export interface Normalised {
  /** Canonical text: what every matcher and lexicon works on. */
  text: string;
  /** origStart[i]: offset in the original of the character that produced canonical char i. */
  origStart: Int32Array;
  /** origEnd[i]: end offset in the original of that character. */
  origEnd: Int32Array;
  originalLength: number;
}

const DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/; // harakat, dagger alef, Quranic marks, tatweel
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/; // zero-width, bidi controls, BOM, soft hyphen
const PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFF\uFF00-\uFFEF]/; // Arabic presentation forms, full-width

const FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي', // Persian yeh
  ک: 'ك', // Persian kaf
  ة: 'ه',
  '٫': '.', // Arabic decimal separator
  '٬': ',', // Arabic thousands separator
  '\u00A0': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\t': ' ',
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '„': '"',
  '″': '"',
  '‟': '"',
  '〝': '"',
  '〞': '"',
  '‹': '"',
  '›': '"',
  '–': '-',
  '—': '-',
  '‒': '-',
  '―': '-',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '…': '...',
  '؛': ';',
  '؟': '?',
};

const SINGLE_QUOTES = new Set(["'", '‘', '’', '‚', '‛', '`', '´']);

function digitOf(code: number): string | undefined {
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Arabic-Indic
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // Persian
  return undefined;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/** Map one original character to its canonical replacement ('' drops it). */
function foldChar(ch: string, prev: string | undefined, next: string | undefined): string {
  const code = ch.charCodeAt(0);
  const digit = digitOf(code);
  if (digit !== undefined) return digit;
  if (DIACRITICS.test(ch) || INVISIBLE.test(ch)) return '';
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  // An apostrophe inside a word (don't, Côte d'Ivoire) stays; elsewhere it is a quote mark.
  if (SINGLE_QUOTES.has(ch)) return isLetter(prev) && isLetter(next) ? "'" : '"';
  if (PRESENTATION.test(ch)) return normaliseString(ch.normalize('NFKC'));
  if (code < 0x80) return ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
  return ch.toLowerCase();
}

/** Fold a short string without building an offset map (for lexicon entries and keys). */
export function normaliseString(s: string): string {
  return normalise(s).text;
}

export function normalise(original: string): Normalised {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const chars = Array.from(original);
  let offset = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const repl = foldChar(ch, chars[i - 1], chars[i + 1]);
    for (const r of repl) {
      out.push(r);
      starts.push(offset);
      ends.push(offset + ch.length);
    }
    offset += ch.length;
  }
  const text = out.join('');
  // Each pushed piece is one code point; a folded astral char would break the 1:1 index, so rebuild per unit.
  if (text.length !== starts.length) return expandToUnits(out, starts, ends, original.length);
  return { text, origStart: Int32Array.from(starts), origEnd: Int32Array.from(ends), originalLength: original.length };
}

function expandToUnits(pieces: string[], starts: number[], ends: number[], originalLength: number): Normalised {
  const s: number[] = [];
  const e: number[] = [];
  pieces.forEach((p, i) => {
    for (let k = 0; k < p.length; k++) {
      s.push(starts[i] as number);
      e.push(ends[i] as number);
    }
  });
  return { text: pieces.join(''), origStart: Int32Array.from(s), origEnd: Int32Array.from(e), originalLength };
}

/** Map a canonical span [start, end) to the original span it covers. */
export function toOriginal(n: Normalised, start: number, end: number): { start: number; end: number } {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const s = start >= n.text.length ? n.originalLength : (n.origStart[start] as number);
  const e = end <= start ? s : (n.origEnd[Math.min(end, n.text.length) - 1] as number);
  return { start: s, end: e };
}

/** Map an original offset to the first canonical index at or after it. */
export function toCanonical(n: Normalised, originalOffset: number): number {
  let lo = 0;
  let hi = n.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((n.origStart[mid] as number) < originalOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
