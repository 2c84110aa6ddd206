// Hijri dates: "7 جمادي الاخره 1443 ه", "رمضان 1443", "شهر رمضان"; converted by the tabular calendar.

import type { Rule } from '../found.js';
import type { Fragments } from '../fragments.js';
import { hijriMonthLength, hijriToGregorian } from '../hijri.js';
import { nearestHijri } from '../resolve.js';
import { lookup } from '../words.js';
import { found, num, rx } from './util.js';

export function hijriDateRules(f: Fragments): Rule[] {
  const { E, N } = f;
  const hmonth = `(?<hmonth>${f.hijriMonth})${E}`;
  const hyear = `(?<hyear>\\d{3,4})(?!\\d)(?:\\s*${f.hijriEra}${E})?`;
  return [
    {
      name: 'hijri day, month, optional year: 7 جمادي الاخره 1443 ه',
      needs: ['digit', 'hijri'],
      pattern: rx(`${N}(?<day>\\d{1,2})(?!\\d)\\s+(?:${f.dayOfMonth}\\s+)?${hmonth}(?:\\s*[,،]?\\s*${hyear})?`),
      extract(m, { lex, ref }) {
        const g = m.groups ?? {};
        const mo = lookup(lex.hijriMonths, g.hmonth ?? '');
        const d = num(g.day);
        if (!mo || d < 1 || d > 30) return null;
        if (g.hyear === undefined) return found(m, 'date', nearestHijri(ref, mo, d), 'day', true);
        const y = num(g.hyear);
        if (d > hijriMonthLength(y, mo)) return null;
        return found(m, 'date', hijriToGregorian(y, mo, d), 'day', false);
      },
    },
    {
      name: 'hijri month and year: رمضان 1443 ه',
      needs: ['digit', 'hijri'],
      pattern: rx(`${f.W}${hmonth}\\s+${hyear}`),
      extract(m, { lex }) {
        const g = m.groups ?? {};
        const mo = lookup(lex.hijriMonths, g.hmonth ?? '');
        return mo ? found(m, 'month', hijriToGregorian(num(g.hyear), mo, 1), 'month', false) : null;
      },
    },
    {
      name: 'hijri month after a month word: شهر رمضان',
      needs: ['hijri'],
      pattern: rx(`${f.W}${f.edge}\\s+${hmonth}`),
      extract(m, { lex, ref }) {
        const mo = lookup(lex.hijriMonths, m.groups?.hmonth ?? '');
        return mo ? found(m, 'month', nearestHijri(ref, mo, 1), 'month', true) : null;
      },
    },
  ];
}
