// Cardinal numbers from digits, words, or both: groups below a thousand, scaled, joined in falling order.
import type { CliticMode, Cursor } from './cursor.js';
import { readDigits } from './digits.js';

export interface Core {
  value: number;
  next: number; // token index after the phrase
  end: number; // canonical end offset
  scale?: number; // the scale that closed the last group (for 'و' continuations and shared-scale ranges)
  min?: number;
  max?: number;
  vague?: boolean;
}

interface Part {
  value: number;
  next: number;
}

/** Places where the next part of a number may start after token k-1: after a joiner word, a joiner clitic, or a space. */
export function joinCandidates(cur: Cursor, k: number): Array<{ idx: number; mode: CliticMode }> {
  const out: Array<{ idx: number; mode: CliticMode }> = [];
  if (!cur.linked(k - 1)) return out;
  const t = cur.tok(k);
  if (t && cur.c.words.get(t.text)?.joiner && cur.linked(k)) out.push({ idx: k + 1, mode: 'none' });
  if (cur.c.joinerPrefixes.length) out.push({ idx: k, mode: 'joiner' });
  if (cur.c.lex.groupsBySpace) out.push({ idx: k, mode: 'none' });
  return out;
}

/** 'units 1..99': teens (خمسه عشر), unit و tens (تسعه وثلاثون), tens-unit (twenty-one), or one word. */
function belowHundred(cur: Cursor, i: number, mode: CliticMode): Part | null {
  const w = cur.plain(i, mode);
  if (!w) return null;
  const base = w.unit ?? w.teenPrefix;
  if (base !== undefined && base >= 1 && cur.linked(i) && cur.plain(i + 1)?.ten) return { value: base + 10, next: i + 2 };
  if (w.teen !== undefined) return { value: w.teen, next: i + 1 };
  if (base !== undefined) {
    for (const cand of joinCandidates(cur, i + 1)) {
      const tens = cur.plain(cand.idx, cand.mode)?.tens;
      if (tens !== undefined && base >= 1) return { value: base + tens, next: cand.idx + 1 };
    }
    return w.unit !== undefined ? { value: w.unit, next: i + 1 } : null; // احد/اثنا stand only before عشر or tens
  }
  if (w.tens !== undefined) {
    const cands = joinCandidates(cur, i + 1);
    const hyphen = cur.tok(i + 1);
    if (cur.c.lex.hyphenJoins && hyphen?.text === '-' && cur.adjacent(i) && cur.adjacent(i + 1))
      cands.unshift({ idx: i + 2, mode: 'none' });
    for (const cand of cands) {
      const unit = cur.plain(cand.idx, cand.mode)?.unit;
      if (unit !== undefined && unit >= 1) return { value: w.tens + unit, next: cand.idx + 1 };
    }
    return { value: w.tens, next: i + 1 };
  }
  if (w.ten) return { value: 10, next: i + 1 };
  return null;
}

/** 'hundreds 100..999': a hundreds word (ثلاثمائه), or a unit before the hundred word (three hundred), then the rest. */
function belowThousand(cur: Cursor, i: number, mode: CliticMode): Part | null {
  const w = cur.plain(i, mode);
  if (!w) return null;
  let value = 0;
  let next = i;
  const counted = w.unit !== undefined && w.unit >= 1 ? w.unit : w.articleOne ? 1 : undefined;
  if (counted !== undefined && cur.linked(i) && cur.plain(i + 1)?.hundred === 100) {
    value = counted * 100;
    next = i + 2;
  } else if (w.hundred !== undefined) {
    value = w.hundred;
    next = i + 1;
  }
  if (!value) return belowHundred(cur, i, mode);
  for (const cand of joinCandidates(cur, next)) {
    const rest = belowHundred(cur, cand.idx, cand.mode);
    if (rest) return { value: value + rest.value, next: rest.next };
  }
  return { value, next };
}

/** One group: digits or words below a thousand, times a following scale; or a scale standing alone (الفين, a million). */
function group(cur: Cursor, i: number, mode: CliticMode): Core | null {
  const t = cur.tok(i);
  if (!t) return null;
  let count: number;
  let next: number;
  let end: number;
  if (t.kind === 'number') {
    if (mode === 'joiner') return null;
    const d = readDigits(t.text);
    if (d.length < t.text.length) return { value: d.value, next: i + 1, end: t.start + d.length };
    const a = cur.tok(i + 1);
    const attached = a && cur.adjacent(i) && a.kind === 'word' ? cur.c.attachedScales.get(a.text) : undefined;
    if (attached && a) return { value: d.value * attached, next: i + 2, end: a.end, scale: attached };
    count = d.value;
    next = i + 1;
  } else {
    const w = cur.plain(i, mode);
    if (!w) return null;
    if (w.fraction !== undefined || w.articleOne) {
      let k = i + 1;
      if (w.fraction !== undefined && cur.linked(i) && cur.plain(k)?.articleOne) k++;
      const s = cur.linked(k - 1) ? cur.plain(k)?.scale : undefined;
      if (s && !s.plural && !s.count)
        return { value: (w.fraction ?? 1) * s.value, next: k + 1, end: cur.tok(k)?.end ?? t.end, scale: s.value };
    }
    if (w.scale && !w.scale.plural)
      return { value: (w.scale.count ?? 1) * w.scale.value, next: i + 1, end: t.end, scale: w.scale.value };
    const part = belowThousand(cur, i, mode);
    if (!part) return null;
    count = part.value;
    next = part.next;
    end = (cur.tok(next - 1) ?? t).end;
  }
  end = (cur.tok(next - 1) ?? t).end;
  const s = cur.linked(next - 1) ? cur.plain(next)?.scale : undefined;
  if (s && !s.count) return { value: count * s.value, next: next + 1, end: (cur.tok(next) ?? t).end, scale: s.value };
  return { value: count, next, end };
}

/** 'groups joined in falling order': 7 الاف و939, two million three hundred thousand, مليون ونصف. */
export function cardinal(cur: Cursor, i: number, mode: CliticMode = 'any'): Core | null {
  const first = group(cur, i, mode);
  if (!first) return null;
  let { value, next, end } = first;
  let limit = first.scale;
  while (limit !== undefined) {
    const at: number = limit;
    limit = undefined;
    for (const cand of joinCandidates(cur, next)) {
      const w = cur.plain(cand.idx, cand.mode);
      const scaleAfter = cur.linked(cand.idx) && cur.plain(cand.idx + 1)?.scale;
      if (w?.fraction !== undefined && !scaleAfter) {
        value += w.fraction * at;
        next = cand.idx + 1;
        end = (cur.tok(cand.idx) as { end: number }).end;
        break;
      }
      if (cand.mode === 'none' && cand.idx === next && cur.tok(cand.idx)?.kind === 'number') continue; // digits never join by a bare space
      const g = group(cur, cand.idx, cand.mode);
      if (g && g.value < at) {
        value += g.value;
        next = g.next;
        end = g.end;
        limit = g.scale;
        break;
      }
    }
  }
  return { value, next, end, scale: first.scale };
}
