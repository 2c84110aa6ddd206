import type { TimeGrain } from '../../../types.js';
import type { Found, FoundKind } from '../found.js';
import type { TimeLexicon } from '../lexicon.js';
import type { Moment } from '../moment.js';
import type { Direction } from '../resolve.js';
import { lookup } from '../words.js';

export const rx = (source: string): RegExp => new RegExp(source, 'gu');

export function found(
  m: RegExpExecArray,
  kind: FoundKind,
  value: Moment,
  grain: TimeGrain,
  relative: boolean,
  extra: Partial<Found> = {},
): Found {
  // A clitic consumed by W (و، ب…) is not part of the time expression.
  const start = m.index + (m.groups?.cl?.length ?? 0);
  return { start, end: m.index + m[0].length, kind, value, grain, relative, ...extra };
}

export function direction(lex: TimeLexicon, word: string | undefined): Direction {
  if (!word) return 'default';
  const w = word.replace(/\s+/g, ' ');
  if (lex.past.includes(w)) return 'past';
  if (lex.next.includes(w)) return 'next';
  if (lex.current.includes(w)) return 'current';
  return 'default';
}

export const monthNumber = (lex: TimeLexicon, name: string | undefined): number | undefined =>
  name === undefined ? undefined : lookup(lex.months, name);

export const num = (s: string | undefined): number => Number(s ?? 0);
