// Naive datetimes: a UTC epoch in ms standing for wall-clock fields, so no time zone ever shifts a value.
import type { TimeGrain } from '../../types.js';

export type Moment = number;

const DAY_MS = 86_400_000;

export const moment = (y: number, m: number, d: number, h = 0, mi = 0, s = 0): Moment => Date.UTC(y, m - 1, d, h, mi, s);

/** The wall-clock fields of a JS Date as a naive moment (local getters: `new Date('2022-01-10T12:00:00')` is local). */
export const fromDate = (d: Date): Moment =>
  moment(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds());

/** "2022-01-10", "2022-01-10T17:11", "2022-01-10 17:11:00" → naive moment; other strings → undefined. */
export function parseIso(s: string): Moment | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(s);
  if (!m) return undefined;
  return moment(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

export const format = (t: Moment): string => new Date(t).toISOString().slice(0, 19);

export const fields = (t: Moment) => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), weekday: d.getUTCDay() };
};

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const isValidDate = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

export const addDays = (t: Moment, n: number): Moment => t + n * DAY_MS;

/** Add n of a unit; months and years clamp the day (31 Jan + 1 month = 28/29 Feb). */
export function shift(t: Moment, n: number, grain: TimeGrain): Moment {
  switch (grain) {
    case 'second':
      return t + n * 1000;
    case 'minute':
      return t + n * 60_000;
    case 'hour':
      return t + n * 3_600_000;
    case 'day':
      return addDays(t, n);
    case 'week':
      return addDays(t, 7 * n);
    case 'month':
    case 'year': {
      const d = new Date(t);
      const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + (grain === 'year' ? 12 * n : n);
      const y = Math.floor(total / 12);
      const m = (total % 12) + 1;
      const day = Math.min(d.getUTCDate(), daysInMonth(y, m));
      return moment(y, m, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
    }
  }
}

/** Start of the grain containing t (weeks start on weekStart). */
export function truncate(t: Moment, grain: TimeGrain, weekStart = 1): Moment {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  switch (grain) {
    case 'year':
      return moment(y, 1, 1);
    case 'month':
      return moment(y, m, 1);
    case 'week':
      return addDays(moment(y, m, day), -((d.getUTCDay() - weekStart + 7) % 7));
    case 'day':
      return moment(y, m, day);
    case 'hour':
      return moment(y, m, day, d.getUTCHours());
    case 'minute':
      return moment(y, m, day, d.getUTCHours(), d.getUTCMinutes());
    case 'second':
      return moment(y, m, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  }
}

export const weekdayOf = (t: Moment): number => new Date(t).getUTCDay();
