// A qualifier after the counted noun ("185 شخصا علي الاقل", "84 people at least"), beyond the number phrase.
import type { Qualifier } from '../../types.js';
import type { FigureMatchers } from './matchers.js';
import { type SentenceView, walk } from './view.js';

const NOUN_WORDS = 2; // the counted noun and one adjective

export function qualifierAfterNoun(view: SentenceView, idx: number, m: FigureMatchers): Qualifier | undefined {
  const slot = view.slots[idx];
  if (slot?.num.qualifier !== 'exact') return undefined;
  for (const i of walk(view, slot.after + 1, 1, NOUN_WORDS)) {
    const hit = m.qualifiersAfterNoun.at(view.tokens, i);
    if (hit) return hit.label;
  }
  return undefined;
}
