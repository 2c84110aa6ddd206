// What a number counts: read from the words right after it, then before it, then after it again.
import type { CountedKind } from './lexicon.js';
import type { FigureMatchers } from './matchers.js';
import { type SentenceView, walk } from './view.js';

export type KindSource = 'count-noun' | 'trigger-before' | 'trigger-after' | 'coordinated' | 'force-noun';

export interface KindReading {
  kind: CountedKind;
  via: KindSource;
}

const COUNT_NOUN_WINDOW = 2; // 18 قتيلا, عشرات من القتلى
const BEFORE_WINDOW = 4; // ارتفاع عدد معتقلي التظاهرات الى 7939
const AFTER_WINDOW = 4; // 18 police officers were killed

/** The kind of the number in slot `idx`, or undefined when nothing near it says what happened. */
export function readKind(view: SentenceView, idx: number, m: FigureMatchers, previous?: KindReading): KindReading | undefined {
  const slot = view.slots[idx];
  if (!slot) return undefined;
  for (const i of walk(view, slot.after, 1, COUNT_NOUN_WINDOW)) {
    const hit = m.countNouns.at(view.tokens, i);
    if (hit) return { kind: hit.label, via: 'count-noun' };
  }
  for (const i of walk(view, slot.before, -1, BEFORE_WINDOW)) {
    const hit = m.triggers.at(view.tokens, i) ?? m.countNouns.at(view.tokens, i);
    if (hit && hit.to <= slot.before + 1) return { kind: hit.label, via: 'trigger-before' };
  }
  for (const i of walk(view, slot.after, 1, AFTER_WINDOW)) {
    const hit = m.triggers.at(view.tokens, i);
    if (hit) return { kind: hit.label, via: 'trigger-after' };
  }
  if (previous && coordinated(view, idx, m)) return { kind: previous.kind, via: 'coordinated' };
  for (const i of walk(view, slot.after, 1, COUNT_NOUN_WINDOW)) {
    if (m.forceNouns.at(view.tokens, i)) return { kind: 'deployed', via: 'force-noun' };
  }
  return undefined;
}

/** True when the number is joined to the previous number of the clause by a conjunction (… 18 عنصرا و26 …). */
function coordinated(view: SentenceView, idx: number, m: FigureMatchers): boolean {
  const slot = view.slots[idx];
  const prev = view.slots[idx - 1];
  if (!slot || !prev) return false;
  const gap = view.tokens.slice(prev.after, slot.before + 1);
  if (gap.length > 5 || gap.some((t) => t.isBreak)) return false;
  const own = view.tokens[slot.before + 1]; // the number's first word: واكثر من عشره
  const gluedConj = !!own && [...m.conjunctions].some((c) => m.prefixes.includes(c) && own.text.startsWith(c) && own.text.length > c.length);
  return gluedConj || gap.some((t) => m.conjunctions.has(t.text));
}
