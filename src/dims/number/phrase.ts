// A whole number phrase: qualifier or range frame, currency or percent sign, the core, and what follows it.
import type { Qualifier } from '../../types.js';
import { type Core, cardinal } from './cardinal.js';
import type { Cursor } from './cursor.js';
import type { NumberMatch } from './index.js';
import { ordinal } from './ordinal.js';
import { vague } from './vague.js';

export type Step = { match: NumberMatch; next: number } | { skip: number } | null;

const core = (cur: Cursor, i: number): Core | null => cardinal(cur, i) ?? vague(cur, i);

/** Try every phrase shape that can start at token i. */
export function phraseAt(cur: Cursor, i: number): Step {
  return rangeAt(cur, i) ?? qualifiedAt(cur, i);
}

/** 'range frame': بين X و Y, من X الي Y, between X and Y, from X to Y. */
function rangeAt(cur: Cursor, i: number): Step {
  const start = cur.phrase(cur.c.rangeStarts, i, true);
  if (!start || !cur.linked(start.next - 1)) return null;
  const a = core(cur, start.next);
  if (!a) return null;
  const b = secondOfRange(cur, a.next, start.value);
  if (!b) return null;
  return finish(cur, (cur.tok(i)?.start ?? 0) + start.cut, rangeOf(a, b), undefined, 'range');
}

function secondOfRange(cur: Cursor, k: number, middles: string[]): Core | null {
  if (!cur.linked(k - 1)) return null;
  const t = cur.tok(k);
  if (t && middles.includes(t.text) && cur.linked(k)) return cardinal(cur, k + 1, 'none') ?? vague(cur, k + 1);
  if (middles.some((m) => cur.c.joinerPrefixes.includes(m))) return cardinal(cur, k, 'joiner');
  return null;
}

/** The range of two cores; X in "10 و20 الفا" borrows the scale of Y. */
function rangeOf(a: Core, b: Core): Core | null {
  let low = a.value;
  if (b.scale && !a.scale && low * b.scale <= b.value) low *= b.scale;
  if (!(low < b.value)) return null;
  return { value: low, min: low, max: b.max ?? b.value, next: b.next, end: b.end };
}

/** 'qualified number': [qualifier] [currency or percent sign] core [suffixes]. */
function qualifiedAt(cur: Cursor, i: number): Step {
  const qualifierFound = cur.phrase(cur.c.qualifierPrefixes, i, true);
  const q = qualifierFound && cur.linked(qualifierFound.next - 1) ? qualifierFound : null;
  let k = q ? q.next : i;
  const signFound = cur.phrase(cur.c.currencyPrefixes, k);
  const sign = signFound && cur.linked(signFound.next - 1) ? signFound : null;
  const pct = !sign && cur.c.percentPrefixes.has(cur.tok(k)?.text ?? '') && cur.adjacent(k);
  const first = cur.tok(k);
  if (sign) k = sign.next;
  else if (pct) k++;
  if (!q && !sign && !pct) {
    const o = ordinal(cur, i);
    if (o && 'blocked' in o) return { skip: o.next };
    if (o) return { match: build(cur, cur.startOf(i), o, 'ordinal', 'exact'), next: o.next };
  }
  let c = core(cur, k);
  if (!c) return null;
  if (!q && !c.vague) c = bareRange(cur, c) ?? c;
  const start = q ? (cur.tok(i)?.start ?? 0) + q.cut : sign || pct ? (first?.start ?? 0) : cur.startOf(k);
  const qualifier: Qualifier = q ? q.value : c.vague || c.min !== undefined ? 'range' : 'exact';
  return finish(cur, start, c, sign ? sign.value : undefined, qualifier, pct);
}

/** 'bare range': 5 الي 10, 5 to 10 — only when the second number is larger. */
function bareRange(cur: Cursor, a: Core): Core | null {
  const t = cur.tok(a.next);
  if (!t || !cur.linked(a.next - 1) || !cur.c.bareRangeMiddles.has(t.text) || !cur.linked(a.next)) return null;
  const b = cardinal(cur, a.next + 1, 'none');
  return b ? rangeOf(a, b) : null;
}

/** Read percent, currency and trailing qualifiers after the core and build the match. */
function finish(
  cur: Cursor,
  start: number,
  c: Core | null,
  currency: string | undefined,
  qualifier: Qualifier,
  pct = false,
): Step {
  if (!c) return null;
  let { next, end } = c;
  let unit = currency;
  let dim: NumberMatch['dim'] = currency ? 'money' : pct ? 'percent' : c.vague ? 'quantity' : 'number';
  if (!currency && !pct) {
    const p = cur.linked(next - 1) ? cur.phrase(cur.c.percentSuffixes, next) : null;
    if (p) {
      dim = 'percent';
      next = p.next;
    } else {
      const money = currencyAfter(cur, next, c);
      if (money) {
        dim = 'money';
        unit = money.code;
        next = money.next;
      }
    }
  }
  if (dim === 'percent') unit = '%';
  if (qualifier === 'exact' || (qualifier === 'range' && c.vague)) {
    const s = cur.linked(next - 1)
      ? (cur.phrase(cur.c.qualifierSuffixes, next) ?? (cur.afterNoun ? afterNoun(cur, next) : null))
      : null;
    if (s) {
      qualifier = s.value;
      next = s.next;
    }
  }
  end = next === c.next ? end : (cur.tok(next - 1)?.end ?? end);
  const match = build(cur, start, { ...c, end }, dim, qualifier);
  if (unit) match.unit = unit;
  return { match, next };
}

/** 'qualifier after the counted noun': 185 شخصا علي الاقل — one plain word between the number and the qualifier. */
function afterNoun(cur: Cursor, k: number): { value: Qualifier; next: number } | null {
  const noun = cur.tok(k);
  if (noun?.kind !== 'word' || cur.read(k) || !cur.linked(k)) return null;
  return cur.phrase(cur.c.qualifierSuffixesAfterNoun, k + 1);
}

function currencyAfter(cur: Cursor, k: number, c: Core): { code: string; next: number } | null {
  if (!cur.linked(k - 1)) return null;
  let at = k;
  const of = cur.tok(k);
  if (of && cur.c.currencyOf.has(of.text) && (c.vague || c.scale) && cur.linked(k)) at = k + 1;
  const hit = cur.phrase(cur.c.currencies, at, true) ?? (at !== k ? cur.phrase(cur.c.currencies, k, true) : null);
  return hit ? { code: hit.value, next: hit.next } : null;
}

function build(cur: Cursor, start: number, c: Core, dim: NumberMatch['dim'], qualifier: Qualifier): NumberMatch {
  const m: NumberMatch = { dim, start, end: c.end, text: cur.text.slice(start, c.end), value: c.value, qualifier };
  if (c.min !== undefined) m.min = c.min;
  if (c.max !== undefined) m.max = c.max;
  return m;
}
