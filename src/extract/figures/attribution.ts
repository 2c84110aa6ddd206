// Who gave a figure: the words after a cue (بحسب السلطات, according to police) or before one (police said).
import type { Span } from '../../types.js';
import type { FigureMatchers } from './matchers.js';
import type { Token } from './phrases.js';
import type { SentenceView } from './view.js';

const SOURCE_REACH = 5; // a known source a few words after its cue: افادت وسائل الاعلام
const MAX_SOURCE_WORDS = 3;

/** The canonical span of the source of the number in slot `idx`, if the sentence names one. */
export function readSource(view: SentenceView, idx: number, m: FigureMatchers, times: Span[]): Span | undefined {
  const slot = view.slots[idx];
  if (!slot) return undefined;
  const { tokens } = view;
  const isStop = (i: number): boolean => {
    const t = tokens[i];
    if (!t || t.isBreak || (view.owner[i] ?? -1) >= 0 || m.sourceStops.has(t.text)) return true;
    if (m.triggers.at(tokens, i) || m.countNouns.at(tokens, i) || m.cuesBefore.at(tokens, i)) return true;
    return times.some((s) => s.start < t.end && t.start < s.end);
  };
  const cues = cueHits(tokens, m);
  // The cue nearest before the number, else the nearest after it.
  const before = cues.filter((c) => c.to <= slot.before + 1).at(-1);
  const cue = before ?? cues.find((c) => c.from > slot.before);
  if (!cue) return undefined;
  return cue.after ? wordsBefore(tokens, cue.from, isStop) : wordsAfter(tokens, cue.to, m, isStop);
}

interface CueHit {
  from: number;
  to: number;
  after: boolean; // true for a cue that follows its source (police said)
}

function cueHits(tokens: Token[], m: FigureMatchers): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = m.cuesBefore.at(tokens, i) ?? m.cuesAfter.at(tokens, i);
    if (!hit) continue;
    out.push({ from: hit.from, to: hit.to, after: !m.cuesBefore.at(tokens, i) });
    i = hit.to - 1;
  }
  return out;
}

/** A known source soon after the cue, else the plain words right after it. */
function wordsAfter(tokens: Token[], from: number, m: FigureMatchers, isStop: (i: number) => boolean): Span | undefined {
  for (let i = from; i < from + SOURCE_REACH && i < tokens.length; i++) {
    if (tokens[i]?.isBreak && !/\p{L}/u.test(tokens[i]?.text ?? '')) break; // a relative word does not end the reach (الارقام التي بثها التلفزيون)
    const known = m.sources.at(tokens, i);
    if (!known) continue;
    const { start, end } = span(tokens, i, known.to);
    return { start: start + known.prefix, end }; // وفقا لوسائل الاعلام: the source is وسائل الاعلام
  }
  let end = from;
  while (end < tokens.length && end - from < MAX_SOURCE_WORDS && !isStop(end)) end++;
  return end > from ? span(tokens, from, end) : undefined;
}

function wordsBefore(tokens: Token[], to: number, isStop: (i: number) => boolean): Span | undefined {
  let start = to;
  while (start > 0 && to - start < MAX_SOURCE_WORDS && !isStop(start - 1)) start--;
  return start < to ? span(tokens, start, to) : undefined;
}

const span = (tokens: Token[], from: number, to: number): Span => ({
  start: tokens[from]?.start ?? 0,
  end: tokens[to - 1]?.end ?? 0,
});
