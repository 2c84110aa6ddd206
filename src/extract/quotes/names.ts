// Reading a speaker's name beside a speech verb: after it (وقال توكاييف), before it (Tokayev said), or after a title.
import type { CanonicalSpan } from './speaker.js';
import { type Name, type SpeechTables, verbKind } from './tables.js';
import type { Word } from './words.js';

/** Only spaces (and, when allowed, commas and brackets) lie between two words. */
export const gapOk = (text: string, from: number, to: number, commas: boolean): boolean => {
  const gap = text.slice(from, to);
  return commas ? /^[\s,،()]*$/.test(gap) : /^\s*$/.test(gap);
};

export interface Scan {
  words: Word[];
  next: number; // index of the first word not taken
}

/** Words after index i that name someone, up to the first stop. */
export function nameAfter(t: SpeechTables, text: string, ws: Word[], i: number, max: number): Scan {
  const taken: Word[] = [];
  let j = i;
  while (j < ws.length && taken.length < max) {
    const w = ws[j] as Word;
    const prevEnd = j > 0 ? (ws[j - 1] as Word).end : w.start;
    if (!gapOk(text, prevEnd, w.start, false)) break;
    if (t.complementisers.has(w.text) || t.stops.has(w.text) || t.pronouns.has(w.text)) break;
    if (t.addressees.has(w.text) || t.audience.has(w.text) || t.relaySources.has(w.text) || t.relayNouns.has(w.text)) break;
    if (verbKind(t, w.text)) break;
    taken.push(w);
    j++;
  }
  return { words: taken, next: j };
}

/** Words before the verb at index i that name someone (Tokayev said; Cardinal Ranjith, urged). */
export function nameBefore(t: SpeechTables, text: string, ws: Word[], i: number, max: number): { words: Word[]; pronoun?: Word } {
  const taken: Word[] = [];
  let k = i - 1;
  while (k >= 0 && t.auxiliaries.has((ws[k] as Word).text) && gapOk(text, (ws[k] as Word).end, (ws[k + 1] as Word).start, false))
    k--;
  for (; k >= 0 && taken.length < max; k--) {
    const w = ws[k] as Word;
    const gap = text.slice(w.end, (ws[k + 1] as Word).start);
    if (!/^\s*$/.test(gap) && !(k === i - 1 && /^\s*,\s*$/.test(gap))) break;
    if (t.pronouns.has(w.text)) return taken.length ? { words: taken } : { words: [], pronoun: w };
    if (t.complementisers.has(w.text) || t.stops.has(w.text) || t.relatives.has(w.text) || verbKind(t, w.text)) break;
    taken.unshift(w);
  }
  return { words: taken };
}

/** Most words an attribution after a quote may hold ("…," a shopkeeper in the Petion-Ville district said). */
const QUOTE_ATTRIBUTION_WORDS = 10;

/** Every word between a closing quote and the verb, or undefined when other punctuation intervenes. */
function wordsBackToQuote(text: string, ws: Word[], i: number): Word[] | undefined {
  const taken: Word[] = [];
  for (let k = i - 1; k >= 0 && taken.length < QUOTE_ATTRIBUTION_WORDS; k--) {
    const gap = text.slice((ws[k] as Word).end, (ws[k + 1] as Word).start);
    if (gap.includes('"')) return taken.length ? taken : undefined;
    if (!/^\s*$/.test(gap)) return undefined;
    taken.unshift(ws[k] as Word);
  }
  return undefined;
}

/** The subject before a verb in subject-first writing, past an appositive relative clause ("Gulen, 75, who has lived …, said"). */
export function subjectBefore(t: SpeechTables, text: string, ws: Word[], i: number): { words: Word[]; pronoun?: Word } {
  const max = t.lex.maxSpeakerWords;
  const quoted = wordsBackToQuote(text, ws, i);
  const first = quoted?.[0]?.text ?? '';
  // `"…" and said`: a conjunction after the quote means the earlier subject speaks
  if (quoted && t.stops.has(first)) return { words: [] };
  if (quoted && !(quoted.length === 1 && t.pronouns.has(first))) return { words: quoted };
  const near = nameBefore(t, text, ws, i, max);
  if (i === 0 || !/^\s*,\s*$/.test(text.slice((ws[i - 1] as Word).end, (ws[i] as Word).start))) return near;
  for (let k = i - 1; k > 0; k--) {
    const gapBefore = text.slice((ws[k - 1] as Word).end, (ws[k] as Word).start);
    if (/[.!?"]/.test(gapBefore)) break;
    if (!t.relatives.has((ws[k] as Word).text) || !/^\s*,\s*$/.test(gapBefore)) continue;
    let at = k;
    // an age or number in apposition ("Bolsonaro, 67, who") sits between the name and the relative
    if (/^\d+$/.test((ws[at - 1] as Word).text) && at > 1) at--;
    const far = nameBefore(t, text, ws, at, max);
    if (far.words.length) return far;
    break;
  }
  return near;
}

export const span = (words: Word[]): CanonicalSpan | undefined =>
  words.length ? { start: (words[0] as Word).start, end: (words[words.length - 1] as Word).end } : undefined;

/** Words an object verb may put between itself and its named subject. */
const OBJECT_VERB_REACH = 6;

/** The first person named within a few words after index j, else a name starting right at j. */
export function subjectName(text: string, ws: Word[], j: number, names: ReadonlyMap<number, Name>): Name | undefined {
  for (let k = j; k < ws.length && k < j + OBJECT_VERB_REACH; k++) {
    if (k > j && !gapOk(text, (ws[k - 1] as Word).end, (ws[k] as Word).start, false)) break;
    const name = names.get((ws[k] as Word).start);
    if (name?.person) return name;
  }
  const first = ws[j];
  return first ? names.get(first.start) : undefined;
}
