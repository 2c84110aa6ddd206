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

export function reportedClauses(text: string, line: LineFacts, clauseBeforeVerb: boolean): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  for (const act of line.acts) {
    const before = clauseBeforeVerb ? clauseBefore(text, line, act) : undefined;
    if (before) out.push(before);
    const from = act.clauseStart;
    if (from === undefined) continue;
    const marks = line.pairs.flat().filter((p) => p >= from);
    const nextVerbs = line.acts.filter((a) => a.verbStart >= from).map((a) => a.verbStart);
    const stops = [...line.breaks.filter((b) => b >= from), ...marks, ...nextVerbs, line.to];
    let end = Math.min(...stops);
    let start = from;
    while (start < end && /[\s,،:-]/.test(text[start] as string)) start++;
    while (end > start && /[\s,،:;-]/.test(text[end - 1] as string)) end--;
    if ((text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_CLAUSE_WORDS) continue;
    out.push({ start, end, act });
  }
  return out;
}

/** "At least 11 people have died, officials said": the sentence up to the comma before the attribution, with no quote in it. */
function clauseBefore(text: string, line: LineFacts, act: SpeechAct): IndirectQuote | undefined {
  const lead = text.slice(line.from, act.attrStart);
  const comma = lead.search(/,\s*$/);
  if (comma < 0 || act.attrStart === act.verbStart) return undefined;
  const end = line.from + comma;
  const start = Math.max(line.from, ...line.breaks.filter((b) => b < end).map((b) => b + 1));
  if (line.pairs.some(([o, c]) => o < act.attrStart && c >= start)) return undefined;
  let s = start;
  while (s < end && /[\s-]/.test(text[s] as string)) s++;
  if ((text.slice(s, end).match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_CLAUSE_WORDS) return undefined;
  return { start: s, end, act };
}
