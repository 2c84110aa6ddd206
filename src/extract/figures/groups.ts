// Who a figure counts: the words after the number, a word pointing back (في صفوفها), or the alliance deploying.
import type { CountedKind } from './lexicon.js';
import type { FigureMatchers } from './matchers.js';
import { type SentenceView, walk } from './view.js';

const GROUP_WINDOW = 4; // 18 عنصرا امنيا, العشرات من المدنيين, 3600 فرد من منظمه …
const ANAPHORA_WINDOW = 8; // 18 قتيلا و748 جريحا في صفوفها: the pointer may sit after the next count

/** The normalised group label of the number in slot `idx`, or undefined (everyone). */
export function readGroup(view: SentenceView, idx: number, kind: CountedKind, m: FigureMatchers): string | undefined {
  const slot = view.slots[idx];
  if (!slot) return undefined;
  if (kind === 'deployed') {
    for (let i = 0; i < view.tokens.length; i++) {
      const hit = m.alliances.at(view.tokens, i);
      if (hit) return hit.label;
    }
  }
  for (const i of walk(view, slot.after, 1, ANAPHORA_WINDOW, true)) {
    const ownedByLater = i !== slot.after && view.slots.some((s) => s.after === i); // 26 … و18 اخرين: اخرين is 18's
    if (!ownedByLater && m.anaphora.at(view.tokens, i)) return groupBefore(view, slot.before, m);
  }
  for (const i of walk(view, slot.after, 1, GROUP_WINDOW)) {
    const hit = m.groups.at(view.tokens, i);
    if (hit) return hit.label;
  }
  return undefined;
}

/** The group named nearest before token `from` in the sentence. */
function groupBefore(view: SentenceView, from: number, m: FigureMatchers): string | undefined {
  let label: string | undefined;
  for (let i = 0; i <= from; i++) {
    const hit = m.groups.at(view.tokens, i); // left to right, so مجرما مسلحا wins over its last word
    if (!hit) continue;
    if (hit.label !== 'people') label = hit.label;
    i = hit.to - 1;
  }
  return label;
}
