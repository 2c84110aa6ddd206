// Direct quotes: each quote pair is governed by a speech act before it in its sentence, right after it, or by the quote it continues.
import type { SpeechAct } from './speaker.js';
import { lowerBound, sentenceStartOf } from './words.js';

export interface DirectQuote {
  open: number; // position of the opening mark
  close: number; // position of the closing mark
  act: SpeechAct;
  via: 'left' | 'right' | 'continued';
}

export interface LineFacts {
  from: number;
  to: number;
  pairs: Array<[number, number]>;
  acts: SpeechAct[];
  breaks: number[];
}

/** Attribution around a quote holds only spaces, commas, colons or dashes (`"…" ، قال توكاييف`). */
const ATTRIBUTION_GAP = /^[\s,،:-]*$/;
/** Two quote parts of one statement are separated by punctuation only (`"…". "…"`). */
const CONTINUATION_GAP = /^[\s.,،:;!?-]*$/;
/** One- or two-word quotes are scare quotes unless a speech verb governs them. */
const SCARE_QUOTE_WORDS = 2;

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

export function governDirect(text: string, line: LineFacts): DirectQuote[] {
  const out: DirectQuote[] = [];
  const starts = line.acts.map((a) => a.verbStart);
  let prev: { end: number; act: SpeechAct } | undefined;
  for (const [open, close] of line.pairs) {
    const words = wordCount(text.slice(open + 1, close));
    const sentenceStart = sentenceStartOf(line.from, line.breaks, open);
    const before = line.acts[lowerBound(starts, open) - 1];
    let act = before && before.verbStart >= sentenceStart && before.verbEnd <= open ? before : undefined;
    let via: DirectQuote['via'] = 'left';
    let end = close;
    if (!act) {
      const i = lowerBound(starts, close + 1);
      act = [line.acts[i], line.acts[i + 1]].find(
        (a) => a && a.attrStart > close && ATTRIBUTION_GAP.test(text.slice(close + 1, a.attrStart)),
      );
      via = 'right';
      if (act) end = act.attrEnd;
    }
    const gap = prev ? text.slice(prev.end + 1, open) : '';
    // a short part counts only after a full stop (`"…". "يجب تدميرهم"`), never inside a list of scare quotes
    if (!act && prev && CONTINUATION_GAP.test(gap) && (words > SCARE_QUOTE_WORDS || /[.?!]/.test(gap))) {
      act = prev.act;
      via = 'continued';
    }
    if (!act || words === 0) {
      prev = undefined;
      continue;
    }
    out.push({ open, close, act, via });
    prev = { end, act };
  }
  return out;
}
