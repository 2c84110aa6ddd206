// Ordinals: الثامن, الحادي عشر, الخامس والعشرين, القرن العشرين, twenty-first, 8th.
import type { Core } from './cardinal.js';
import type { Cursor } from './cursor.js';
import { readDigits } from './digits.js';

export type OrdinalResult = Core | { blocked: true; next: number };

/** The ordinal starting at token i; `blocked` when it is part of a name such as a month (كانون الثاني). */
export function ordinal(cur: Cursor, i: number): OrdinalResult | null {
  const t = cur.tok(i);
  if (!t) return null;
  if (t.kind === 'number') return digitOrdinal(cur, i);
  const r = cur.read(i);
  if (!r) return null;
  const w = r.info;
  let value: number | undefined;
  let next = i + 1;
  const base = w.ordinalTeenPrefix ?? (w.ordinal !== undefined && w.ordinal <= 9 ? w.ordinal : undefined);
  if (base !== undefined) {
    if (cur.linked(i) && cur.plain(i + 1)?.ten) {
      value = base + 10;
      next = i + 2;
    } else {
      const tens = joinedTens(cur, i + 1);
      if (tens !== undefined) {
        value = base + tens;
        next = i + 2;
      }
    }
  }
  if (value === undefined && w.ordinalTeenPrefix === undefined && w.ordinal !== undefined) value = w.ordinal;
  if (value === undefined && w.tens !== undefined) {
    const hyphen = cur.c.lex.hyphenJoins && cur.tok(i + 1)?.text === '-' && cur.adjacent(i) && cur.adjacent(i + 1);
    const k = hyphen ? i + 2 : i + 1;
    const unit = hyphen || cur.linked(i) ? cur.plain(k)?.ordinal : undefined;
    if (unit !== undefined && unit <= 9) {
      value = w.tens + unit;
      next = k + 1;
    } else if (r.prefix && cur.c.articleClitics.has(r.prefix) && !continuesAsCardinal(cur, i)) value = w.tens;
  }
  if (value === undefined) return null;
  const prev = cur.tok(i - 1);
  const after = cur.tok(next);
  if (
    (prev && cur.linked(i - 1) && cur.c.ordinalBlockedAfter.has(prev.text)) ||
    (after && cur.linked(next - 1) && cur.c.ordinalBlockedBefore.has(after.text))
  )
    return { blocked: true, next };
  return { value, next, end: (cur.tok(next - 1) ?? t).end };
}

/** 8th, 21st: digits with an ordinal suffix glued on. */
function digitOrdinal(cur: Cursor, i: number): Core | null {
  const t = cur.tok(i);
  const s = cur.tok(i + 1);
  if (!t || !s || !cur.adjacent(i) || s.kind !== 'word' || !cur.c.ordinalSuffixes.has(s.text)) return null;
  const d = readDigits(t.text);
  if (d.length !== t.text.length || !Number.isInteger(d.value)) return null;
  return { value: d.value, next: i + 2, end: s.end };
}

/** Tens joined by a joiner clitic, with or without the article (والعشرين, وعشرين). */
function joinedTens(cur: Cursor, k: number): number | undefined {
  if (!cur.linked(k - 1)) return undefined;
  const r = cur.read(k);
  if (!r || r.info.tens === undefined || !r.prefix) return undefined;
  return cur.c.joinerPrefixes.some((p) => r.prefix.startsWith(p)) ? r.info.tens : undefined;
}

/** An article-tens word followed by a scale or a joined unit is a cardinal (العشرين الفا), not an ordinal. */
function continuesAsCardinal(cur: Cursor, i: number): boolean {
  return cur.linked(i) && cur.plain(i + 1)?.scale !== undefined;
}
