// Turning partial dates into moments against the reference: which year, which week, which weekday.
import { gregorianToHijri, hijriToGregorian } from './hijri.js';
import { addDays, fields, isValidDate, type Moment, moment, truncate, weekdayOf } from './moment.js';

export type Direction = 'default' | 'past' | 'next' | 'current';

/**
 * A day and month without a year: the occurrence nearest the reference (ties go to the past).
 * News names both recent days ("2 كانون الثاني" in a 10 January report) and scheduled ones
 * ("حتى 19 يناير" in a 7 January report), so neither "always past" nor "always future" fits.
 */
export function nearestDay(ref: Moment, month: number, day: number): Moment | undefined {
  const refDay = truncate(ref, 'day');
  const { y } = fields(ref);
  let best: Moment | undefined;
  for (const cy of [y - 1, y, y + 1]) {
    if (!isValidDate(cy, month, day)) continue;
    const t = moment(cy, month, day);
    if (best === undefined || Math.abs(t - refDay) < Math.abs(best - refDay)) best = t;
  }
  return best;
}

/** A yearless day with a month modifier ("19 يناير الجاري", "5 مارس الماضي"): the month's year decides. */
export function dayOf(ref: Moment, month: number, day: number, dir: Direction): Moment | undefined {
  if (dir === 'default') return nearestDay(ref, month, day);
  const { y } = fields(dir === 'current' ? ref : monthOf(ref, month, dir));
  return isValidDate(y, month, day) ? moment(y, month, day) : undefined;
}

/** A month without a year: nearest by default; strictly before/after ref's month for past/next; ref's year for current. */
export function monthOf(ref: Moment, month: number, dir: Direction): Moment {
  const { y, m } = fields(ref);
  const refIndex = y * 12 + m;
  const candidates = [y - 1, y, y + 1].map((cy) => ({ cy, index: cy * 12 + month }));
  let pick: { cy: number; index: number } | undefined;
  if (dir === 'current') pick = candidates[1];
  else if (dir === 'past') pick = candidates.filter((c) => c.index < refIndex).pop();
  else if (dir === 'next') pick = candidates.find((c) => c.index > refIndex);
  else pick = candidates.reduce((a, b) => (Math.abs(b.index - refIndex) < Math.abs(a.index - refIndex) ? b : a));
  return moment((pick ?? { cy: y }).cy, month, 1);
}

/** A Hijri day/month without a year: the nearest Gregorian occurrence. */
export function nearestHijri(ref: Moment, month: number, day: number): Moment {
  const hy = gregorianToHijri(ref).y;
  const refDay = truncate(ref, 'day');
  return [hy - 1, hy, hy + 1]
    .map((cy) => hijriToGregorian(cy, month, day))
    .reduce((a, b) => (Math.abs(b - refDay) < Math.abs(a - refDay) ? b : a));
}

/**
 * A named weekday: by default the latest such day at or before ref (news reports the past);
 * past = strictly before; next = strictly after; current ("this Friday") = today or the coming one.
 */
export function weekdayNear(ref: Moment, weekday: number, dir: Direction): Moment {
  const today = truncate(ref, 'day');
  const back = (weekdayOf(today) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(today) + 7) % 7;
  if (dir === 'past') return addDays(today, -(back || 7));
  if (dir === 'next') return addDays(today, ahead || 7);
  if (dir === 'current') return addDays(today, ahead);
  return addDays(today, -back);
}

/** Two-digit years: 00–69 → 2000s, 70–99 → 1900s. */
export const fullYear = (y: number): number => (y >= 100 ? y : y < 70 ? 2000 + y : 1900 + y);
