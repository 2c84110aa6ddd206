// Sentence spans of canonical text: ends at . ! ? (and .. / ...), never inside numbers, abbreviations or short quotes.
import { languages } from '../lang/index.js';

/** A quote longer than this may hold sentence ends: a quoted statement, not a quoted phrase. */
const LONG_QUOTE = 400;

let abbreviations: Set<string> | undefined;
const abbreviationSet = (): Set<string> =>
  (abbreviations ??= new Set(Object.values(languages).flatMap((l) => l.text.abbreviations)));

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0xa0;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLatinOrDigit = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isLetter = (ch: string): boolean => /\p{L}/u.test(ch);
const isTerminator = (c: number): boolean => c === 46 || c === 33 || c === 63; // . ! ?
const QUOTE = 34;

/** Split canonical text [from, to) into sentences; a line break always ends one. Spans are trimmed. */
export function splitSentences(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  let quoteOpen = -1; // offset of the open quote mark, or -1
  let quoteClose = -1; // where that quote closes in this line, or -1 when it never does
  const push = (end: number) => {
    pushTrimmed(text, start, end, out);
    start = end;
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i);
      quoteOpen = -1;
      continue;
    }
    if (c === QUOTE) {
      if (quoteOpen >= 0 && i === quoteClose) {
        quoteOpen = -1;
        if (endsWithTerminator(text, start, i)) push(i + 1);
      } else if (quoteOpen < 0) {
        quoteOpen = i;
        quoteClose = closingQuote(text, i + 1, to);
        if (quoteClose < 0) quoteOpen = -1; // an unbalanced mark is no quote
      }
      continue;
    }
    if (!isTerminator(c)) continue;
    let j = i + 1;
    while (j < to && isTerminator(text.charCodeAt(j))) j++;
    if (j === i + 1 && c === 46 && !endsHere(text, i, to)) continue;
    if (quoteOpen >= 0 && quoteClose - quoteOpen < LONG_QUOTE) {
      i = j - 1;
      continue;
    }
    while (j < to && text.charCodeAt(j) === 41) j++; // a closing bracket stays with its sentence
    push(j);
    i = j - 1;
  }
  push(to);
  return out;
}

/** Is a single '.' at i a sentence end? Not in 3.5 or u.s or www.x.org, not after an abbreviation or an initial. */
function endsHere(text: string, i: number, to: number): boolean {
  const next = i + 1 < to ? text.charCodeAt(i + 1) : 32;
  if (isLatinOrDigit(next)) return false;
  let w = i;
  while (w > 0 && (isLetter(text[w - 1] as string) || (text[w - 1] === '.' && w - 1 > 0 && isLetter(text[w - 2] as string)))) w--;
  const word = text.slice(w, i);
  if (!word) return true;
  if (abbreviationSet().has(word)) return false;
  if (word.length === 1) {
    let k = w - 1;
    while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
    return k >= 0 && isDigit(text.charCodeAt(k)); // "2022 م." ends; "د. محمد" does not
  }
  return true;
}

function closingQuote(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === QUOTE) return k;
    if (c === 10) return -1;
  }
  return -1;
}

function endsWithTerminator(text: string, start: number, quoteAt: number): boolean {
  let k = quoteAt - 1;
  while (k >= start && isSpace(text.charCodeAt(k))) k--;
  return k >= start && isTerminator(text.charCodeAt(k));
}

function pushTrimmed(text: string, s: number, e: number, out: Array<[number, number]>): void {
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e <= s) return;
  if (!/[\p{L}\p{N}]/u.test(text.slice(s, e))) {
    const last = out[out.length - 1];
    if (last && text.slice(last[1], s).trim() === '' && !text.slice(last[1], s).includes('\n')) last[1] = e; // stray "..." joins the sentence before
    return;
  }
  out.push([s, e]);
}
