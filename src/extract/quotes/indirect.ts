// Reported speech: the clause after a speech verb's complementiser, up to the end of the sentence or the next quote.
import type { LineFacts } from './direct.js';
import type { SpeechAct } from './speaker.js';
import { lowerBound, sentenceStartOf } from './words.js';

export interface IndirectQuote {
  start: number;
  end: number;
  act: SpeechAct;
}

/** A clause shorter than this is the lead-in to a direct quote (قال ان الناس "…"), not a statement of its own. */
const MIN_CLAUSE_WORDS = 3;

export function reportedClauses(text: string, line: LineFacts, clauseBeforeVerb: boolean): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  const marks = line.pairs.flat();
  const opens = line.pairs.map(([o]) => o);
  const verbs = line.acts.map((a) => a.verbStart);
  const firstFrom = (list: number[], from: number) => list[lowerBound(list, from)] ?? line.to;
  for (const act of line.acts) {
    const before = clauseBeforeVerb ? clauseBefore(text, line, act, opens) : undefined;
    if (before) out.push(before);
    const from = act.clauseStart;
    if (from === undefined) continue;
    let end = Math.min(firstFrom(line.breaks, from), firstFrom(marks, from), firstFrom(verbs, from), line.to);
    let start = from;
    while (start < end && /[\s,،:-]/.test(text[start] as string)) start++;
    while (end > start && /[\s,،:;-]/.test(text[end - 1] as string)) end--;
    if ((text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_CLAUSE_WORDS) continue;
    out.push({ start, end, act });
  }
  return out;
}

/** "At least 11 people have died, officials said": the sentence up to the comma before the attribution, with no quote in it. */
function clauseBefore(text: string, line: LineFacts, act: SpeechAct, opens: number[]): IndirectQuote | undefined {
  const lead = text.slice(Math.max(line.from, act.attrStart - 4), act.attrStart);
  const comma = lead.search(/,\s*$/);
  if (comma < 0 || (act.attrStart === act.verbStart && !act.attribution)) return undefined;
  if (!act.parenthetical) return undefined; // "Cardinal Ranjith, urged the authorities" reports no clause before it
  const end = Math.max(line.from, act.attrStart - 4) + comma;
  const start = sentenceStartOf(line.from, line.breaks, end);
  const lastPair = line.pairs[lowerBound(opens, act.attrStart) - 1];
  if (lastPair && lastPair[1] >= start) return undefined;
  let s = start;
  while (s < end && /[\s-]/.test(text[s] as string)) s++;
  if ((text.slice(s, end).match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_CLAUSE_WORDS) return undefined;
  return { start: s, end, act };
}
