// The tabular (civil) Islamic calendar: 30-year cycles with 11 leap years; matches Intl 'islamic-civil'.
import type { Moment } from './moment.js';

const CIVIL_EPOCH_JD = 1948439.5; // 1 Muharram 1 AH (Friday 16 July 622 Julian)
const UNIX_EPOCH_JD = 2440587.5;
const DAY_MS = 86_400_000;

const hijriToJd = (y: number, m: number, d: number): number =>
  d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + CIVIL_EPOCH_JD - 1;

export function hijriToGregorian(y: number, m: number, d: number): Moment {
  return Math.round((hijriToJd(y, m, d) - UNIX_EPOCH_JD) * DAY_MS);
}

export function gregorianToHijri(t: Moment): { y: number; m: number; d: number } {
  const jd = Math.floor(t / DAY_MS) + UNIX_EPOCH_JD;
  const y = Math.floor((30 * (jd - CIVIL_EPOCH_JD) + 10646) / 10631);
  const m = Math.min(12, Math.ceil((jd - (29 + hijriToJd(y, 1, 1))) / 29.5) + 1);
  const d = jd - hijriToJd(y, m, 1) + 1;
  return { y, m, d: Math.round(d) };
}

export const hijriMonthLength = (y: number, m: number): number =>
  Math.round(hijriToJd(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - hijriToJd(y, m, 1));
