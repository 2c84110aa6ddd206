// Vague quantities with bounds: عشرات, مئات الالاف, بضعه الاف, dozens, tens of thousands, a few hundred.
import type { Core } from './cardinal.js';
import type { Cursor } from './cursor.js';

/** The vague quantity starting at token i, valued at its lower bound. */
export function vague(cur: Cursor, i: number): Core | null {
  const counted = cur.phrase(cur.c.vagueCountPhrases, i, true);
  if (counted) {
    const k = counted.next;
    const w = cur.linked(k - 1) ? cur.plain(k) : undefined;
    const unit = w?.scale && !w.scale.count ? w.scale.value : w?.hundred === 100 ? 100 : undefined;
    if (unit !== undefined) return bounds(counted.value.min * unit, counted.value.max * unit, k + 1, cur, unit);
    return bounds(counted.value.min, counted.value.max, k, cur);
  }
  const r = cur.read(i);
  const b = r?.info.vague;
  if (!b) return null;
  let k = i + 1;
  const of = cur.tok(k);
  if (of && cur.linked(i) && cur.c.vagueOf.has(of.text) && cur.linked(k)) k++;
  const s = cur.linked(k - 1) ? cur.read(k) : null;
  const plural = s?.info.scale?.plural && (!s.prefix || cur.c.articleClitics.has(s.prefix)) ? s.info.scale.value : undefined;
  if (plural !== undefined) return bounds(b.min * plural, (b.max + 1) * plural - 1, k + 1, cur, plural);
  return bounds(b.min, b.max, i + 1, cur);
}

function bounds(min: number, max: number, next: number, cur: Cursor, scale?: number): Core {
  return { value: min, min, max, vague: true, next, end: (cur.tok(next - 1) as { end: number }).end, scale };
}
