import { startsWithMarker } from './boilerplate.js';
import type { BoilerplateLexicon } from './lexicon.js';

/** Bylines are a name or two, never a sentence. */
const MAX_BYLINE = 80;
const MAX_BYLINE_WORDS = 8;
/** "<outlet> – <staff marker>": the dash with spaces around it that splits an outlet from its desk. */
const OUTLET_DASH = /\s[-–—|]\s/;

export interface Byline {
  byline: string;
  outlet?: string;
}

const ENDS_SENTENCE = /[.!?]$/;

/** A byline or credit line, with the outlet when the line names one; undefined for anything else. */
export function readByline(canon: string, original: string, lex: BoilerplateLexicon): Byline | undefined {
  if (canon.length > MAX_BYLINE || ENDS_SENTENCE.test(canon) || canon.split(' ').length > MAX_BYLINE_WORDS) return undefined;
  const text = original.trim();
  if (lex.creditWords.includes(canon) || lex.staffMarkers.includes(canon)) return { byline: text };
  const dash = OUTLET_DASH.exec(text);
  const canonParts = canon.split(/\s-\s|\s\|\s/);
  const isDesk = (part: string): boolean => lex.staffMarkers.includes(part) || lex.creditWords.includes(part);
  if (dash && canonParts.length === 2) {
    const [left, right] = canonParts as [string, string];
    if (isDesk(right)) return { byline: text, outlet: text.slice(0, dash.index).trim() };
    if (isDesk(left)) return { byline: text, outlet: text.slice(dash.index + dash[0].length).trim() };
  }
  const prefix = lex.bylinePrefixes.find((p) => startsWithMarker(canon, p) && canon.length > p.length + 1);
  if (!prefix) return undefined;
  // "By Libya Monitor staff": the outlet's own desk signs the piece.
  const words = text.split(/\s+/);
  const name = words.slice(prefix.split(' ').length);
  const desk = lex.staffMarkers.find((m) => canon.endsWith(` ${m}`));
  const outlet = desk ? name.slice(0, name.length - desk.split(' ').length).join(' ') : undefined;
  return { byline: text, ...(outlet ? { outlet } : {}) };
}

/** The agency credit in parentheses at the end of a line ("… (رويترز)"): its length in canonical characters. */
export function trailingCredit(canon: string, lex: BoilerplateLexicon): string | undefined {
  const m = /\(([^()]{1,40})\)$/.exec(canon);
  return m && lex.agencyCredits.includes((m[1] ?? '').trim()) ? m[0] : undefined;
}
