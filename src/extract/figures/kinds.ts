// What a number counts: read from the words right after it, then before it, then after it again.
import type { CountedKind } from './lexicon.js';
import type { FigureMatchers } from './matchers.js';
import { type SentenceView, walk } from './view.js';

export type KindSource = 'count-noun' | 'trigger-before' | 'trigger-after' | 'subset' | 'coordinated' | 'force-noun';

export interface KindReading {
  kind: CountedKind;
  via: KindSource;
}

const COUNT_NOUN_WINDOW = 2; // 18 قتيلا, عشرات من القتلى
const BEFORE_WINDOW = 6; // افرجت في السنوات الاخيره عن مئات السجناء
const AFTER_WINDOW = 7; // 79 من عناصر الشرطه والدرك اصيبوا, 161 civilians and police officers had been killed
const RISE_WINDOW = 16; // the death toll from Sunday's attacks on churches and hotels in Sri Lanka rose to 290

/** The kind of each number of a sentence (undefined: not a figure); `counts[i]` false skips a filtered number. */
export function readKinds(view: SentenceView, m: FigureMatchers, counts: boolean[]): Array<KindReading | undefined> {
  const readings: Array<KindReading | undefined> = [];
  view.slots.forEach((_, idx) => {
    readings[idx] = counts[idx] ? readKind(view, idx, m, readings) : undefined;
  });
  // "60 Afghans and 13 US service members were killed": the trigger after the last count covers the first.
  for (let idx = view.slots.length - 2; idx >= 0; idx--) {
    const next = readings[idx + 1];
    if (counts[idx] && !readings[idx] && next && next.via === 'trigger-after' && coordinated(view, idx + 1, m))
      readings[idx] = { kind: next.kind, via: 'coordinated' };
  }
  return readings;
}

/** The kind of the number in slot `idx`, or undefined when nothing near it says what happened. */
function readKind(
  view: SentenceView,
  idx: number,
  m: FigureMatchers,
  readings: Array<KindReading | undefined>,
): KindReading | undefined {
  const slot = view.slots[idx];
  if (!slot) return undefined;
  const before = triggerBefore(view, idx, m);
  if (before && ACTS_ON_COUNTED.has(before.kind)) return before; // الافراج عن 50 معتقلا: released, not arrested
  for (const i of walk(view, slot.after, 1, COUNT_NOUN_WINDOW)) {
    const hit = m.countNouns.at(view.tokens, i);
    if (hit) return { kind: hit.label, via: 'count-noun' };
  }
  if (before) return before;
  for (const i of walk(view, slot.after, 1, AFTER_WINDOW)) {
    const hit = m.triggers.at(view.tokens, i) ?? m.countNouns.at(view.tokens, i);
    if (hit) return { kind: hit.label, via: 'trigger-after' };
  }
  const subsetOf = lastKind(idx, readings);
  if (subsetOf && subsetMarked(view, idx, m)) return { kind: subsetOf.kind, via: 'subset' };
  const previous = readings[idx - 1];
  if (previous && coordinated(view, idx, m)) return { kind: previous.kind, via: 'coordinated' };
  for (const i of walk(view, slot.after, 1, COUNT_NOUN_WINDOW)) {
    if (m.forceNouns.at(view.tokens, i)) return { kind: 'deployed', via: 'force-noun' };
  }
  return undefined;
}

/** The reading of the nearest earlier number of the sentence that is a figure. */
const lastKind = (idx: number, readings: Array<KindReading | undefined>): KindReading | undefined =>
  readings.slice(0, idx).findLast((r) => r !== undefined);

/** A marker (بينهم, including) right before the number, its qualifier words aside: a part of the previous count. */
function subsetMarked(view: SentenceView, idx: number, m: FigureMatchers): boolean {
  const slot = view.slots[idx];
  if (!slot) return false;
  for (let i = slot.before; i >= 0 && i >= slot.before - 2; i--) {
    const hit = m.subsetMarkers.at(view.tokens, i);
    if (hit && hit.to === slot.before + 1) return true;
  }
  return false;
}

/** Kinds whose verb changes the state a count noun names (released detainees, evacuated wounded). */
const ACTS_ON_COUNTED = new Set<CountedKind>(['detained-released', 'evacuated']);

/** A trigger a few words before the number; after a rise verb (rose to, ارتفع … الي) the whole clause before. */
function triggerBefore(view: SentenceView, idx: number, m: FigureMatchers): KindReading | undefined {
  const slot = view.slots[idx];
  if (!slot) return undefined;
  const rise = [slot.before, slot.before - 1].some((i) => {
    const hit = m.riseVerbs.at(view.tokens, i);
    return !!hit && hit.to === slot.before + 1;
  });
  for (const i of walk(view, slot.before, -1, rise ? RISE_WINDOW : BEFORE_WINDOW)) {
    if (!rise && m.conjunctions.has(view.tokens[i]?.text ?? '')) return undefined; // "4 died and 52 were arrested": 'died' is not 52's
    const hit = m.triggers.at(view.tokens, i) ?? m.countNouns.at(view.tokens, i);
    if (hit && hit.to <= slot.before + 1) return { kind: hit.label, via: 'trigger-before' };
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
  const gluedConj =
    !!own && [...m.conjunctions].some((c) => m.prefixes.includes(c) && own.text.startsWith(c) && own.text.length > c.length);
  return gluedConj || gap.some((t) => m.conjunctions.has(t.text));
}
