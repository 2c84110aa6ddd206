// One sentence as the figure rules see it: tokens, number phrases, and where each number sits.
import type { NumberMatch } from '../../dims/number/index.js';
import { type Token, tokenise } from './phrases.js';

export interface NumberSlot {
  num: NumberMatch;
  /** Last token before the number phrase and first token after it (indices into tokens; may be out of range). */
  before: number;
  after: number;
}

export interface SentenceView {
  tokens: Token[];
  slots: NumberSlot[];
  /** owner[i]: index of the number whose phrase covers token i, or -1. */
  owner: number[];
}

export function viewSentence(text: string, offset: number, numbers: NumberMatch[], openers?: ReadonlySet<string>): SentenceView {
  const tokens = tokenise(text, offset, openers);
  const owner = tokens.map((t) => numbers.findIndex((n) => t.start < n.end && n.start < t.end));
  const slots = numbers.map((num, idx) => {
    const inside = owner.flatMap((o, i) => (o === idx ? [i] : []));
    const first = inside[0] ?? tokens.findIndex((t) => t.start >= num.start);
    const last = inside.at(-1) ?? first - 1;
    return { num, before: (first < 0 ? tokens.length : first) - 1, after: last + 1 };
  });
  return { tokens, slots, owner };
}

/** Token indices walking away from a number (step -1 or +1), stopping at a clause break or another number. */
export function* walk(view: SentenceView, from: number, step: 1 | -1, max: number, crossNumbers = false): Generator<number> {
  for (let i = from, n = 0; i >= 0 && i < view.tokens.length && n < max; i += step, n++) {
    if (view.tokens[i]?.isBreak) return;
    if (!crossNumbers && (view.owner[i] ?? -1) >= 0) return;
    yield i;
  }
}
