// Reported speech: the clause after a speech verb's complementiser, up to the end of the sentence or the next quote.
import type { LineFacts } from './direct.js';
import type { SpeechAct } from './speaker.js';

export interface IndirectQuote {
  start: number;
  end: number;
  act: SpeechAct;
}

/** A clause shorter than this is the lead-in to a direct quote (قال ان الناس "…"), not a statement of its own. */
const MIN_CLAUSE_WORDS = 3;

export function reportedClauses(text: string, line: LineFacts): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  for (const act of line.acts) {
    const from = act.clauseStart;
    if (from === undefined) continue;
    const marks = line.pairs.flat().filter((p) => p >= from);
    const stops = [...line.breaks.filter((b) => b >= from), ...marks, line.to];
    let end = Math.min(...stops);
    let start = from;
    while (start < end && /[\s,،:-]/.test(text[start] as string)) start++;
    while (end > start && /[\s,،:;-]/.test(text[end - 1] as string)) end--;
    if ((text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_CLAUSE_WORDS) continue;
    out.push({ start, end, act });
  }
  return out;
}
