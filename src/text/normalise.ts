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

/** Map one original character to its canonical replacement ('' drops it); quotes are decided by context elsewhere. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  const digit = digitOf(code);
  if (digit !== undefined) return digit;
  if (DIACRITICS.test(ch) || INVISIBLE.test(ch)) return '';
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  if (PRESENTATION.test(ch)) {
    const compat = ch.normalize('NFKC');
    return compat === ch ? ch : normaliseString(compat); // unassigned and noncharacters decompose to themselves
  }
  return ch.toLowerCase();
}

// One slot per UTF-16 unit, filled on first sight: the hot loop does a table read, not regexes.
const table: Array<string | undefined> = new Array(0x10000);
const foldUnit = (code: number): string => {
  let r = table[code];
  if (r === undefined) {
    r = foldChar(String.fromCharCode(code));
    table[code] = r;
  }
  return r;
};

const LETTER = /\p{L}/u;
const isLetterAt = (s: string, i: number): boolean => i >= 0 && i < s.length && LETTER.test(s[i] as string);

/** Fold a short string without building an offset map (for lexicon entries and keys). */
export function normaliseString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (SINGLE_QUOTES.has(s[i] as string)) out += isLetterAt(s, i - 1) && isLetterAt(s, i + 1) ? "'" : '"';
    else if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 ? ' ' : s[i];
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) out += s.slice(i, ++i + 1);
    else out += foldUnit(code);
  }
  return out;
}

export function normalise(original: string): Normalised {
  const n = original.length;
  let starts = new Int32Array(n + 16);
  let ends = new Int32Array(n + 16);
  const out: string[] = [];
  let len = 0;
  let run = 0; // start of the current stretch of characters that map to themselves
  const ensure = (extra: number) => {
    if (len + extra <= starts.length) return;
    const size = Math.max(starts.length * 2, len + extra);
    const s2 = new Int32Array(size);
    const e2 = new Int32Array(size);
    s2.set(starts);
    e2.set(ends);
    starts = s2;
    ends = e2;
  };
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    let r: string;
    let width = 1;
    if (code < 0x80) r = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 ? ' ' : (original[i] as string);
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      r = original.slice(i, i + 2); // astral characters pass through whole
      width = 2;
    } else r = foldUnit(code);
    if (SINGLE_QUOTES.has(original[i] as string)) {
      // An apostrophe inside a word (don't, Côte d'Ivoire) stays; elsewhere it is a quote mark.
      r = isLetterAt(original, i - 1) && isLetterAt(original, i + 1) ? "'" : '"';
    }
    if (width === 1 && r.length === 1 && r === original[i]) {
      ensure(1);
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      continue;
    }
    if (run < i) out.push(original.slice(run, i));
    ensure(r.length);
    for (let k = 0; k < r.length; k++) {
      starts[len] = i;
      ends[len] = i + width;
      len++;
    }
    out.push(r);
    i += width - 1;
    run = i + 1;
  }
  if (run < n) out.push(original.slice(run));
  return { text: out.join(''), origStart: starts.slice(0, len), origEnd: ends.slice(0, len), originalLength: n };
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
