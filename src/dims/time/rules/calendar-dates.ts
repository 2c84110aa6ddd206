// Calendar days written with a month name or in digits: "06-يناير-2022", "January 6, 2022", "10/01/2022".

import type { Found, Rule } from '../found.js';
import type { Fragments } from '../fragments.js';
import type { TimeLexicon } from '../lexicon.js';
import { isValidDate, moment } from '../moment.js';
import { dayOf, fullYear, nearestDay } from '../resolve.js';
import { lookup } from '../words.js';
import { direction, found, monthNumber, num, rx } from './util.js';

export function calendarDateRules(f: Fragments): Rule[] {
  const { N } = f;
  return [
    {
      name: 'iso date with optional clock: 2022-01-10 17:11:00',
      needs: ['digitDate'],
      pattern: rx(
        `${N}(?<y>\\d{4})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?:(?:T|\\s+)(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?)?(?![\\p{N}])`,
      ),
      extract(m) {
        const g = m.groups ?? {};
        const [y, mo, d, h, mi, s] = [num(g.y), num(g.m), num(g.d), num(g.h), num(g.mi), num(g.s)];
        if (!isValidDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
        const grain = g.s !== undefined ? 'second' : g.mi !== undefined ? 'minute' : 'day';
        return found(m, 'date', moment(y, mo, d, h, mi, s), grain, false);
      },
    },
    {
      name: 'numeric day, month and year: 10/01/2022',
      needs: ['digitDate'],
      pattern: rx(`${N}(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\p{N}]|[/.-]\\d)`),
      extract(m, { lex }) {
        const g = m.groups ?? {};
        const y = fullYear(num(g.y));
        let [d, mo] = lex.numericOrder === 'dmy' ? [num(g.a), num(g.b)] : [num(g.b), num(g.a)];
        if (mo > 12 && d <= 12) [d, mo] = [mo, d];
        return isValidDate(y, mo, d) ? found(m, 'date', moment(y, mo, d), 'day', false) : null;
      },
    },
    {
      name: 'numeric day and month after a date word: يوم 10/1',
      needs: ['digitDate'],
      pattern: rx(`${f.W}${f.dateContext}\\s+(?<a>\\d{1,2})/(?<b>\\d{1,2})(?![\\p{N}/])`),
      extract(m, { lex, ref }) {
        const g = m.groups ?? {};
        let [d, mo] = lex.numericOrder === 'dmy' ? [num(g.a), num(g.b)] : [num(g.b), num(g.a)];
        if (mo > 12 && d <= 12) [d, mo] = [mo, d];
        const t = mo <= 12 ? nearestDay(ref, mo, d) : undefined;
        return t === undefined ? null : found(m, 'date', t, 'day', true);
      },
    },
    {
      name: 'day, month name, optional year: 6 يناير 2022, 06-يناير-2022, 6th of January',
      needs: ['digit', 'month'],
      pattern: rx(
        `${N}${f.day}(?:\\s*-\\s*|\\s+)(?:${f.dayOfMonth}\\s+)?${f.months}(?:(?:\\s*-\\s*|\\s*[,،]\\s*|\\s+)${f.year}|\\s+(?<moda>${f.modifier})${f.E})?`,
      ),
      extract(m, { lex, ref }) {
        return dayMonthYear(m, lex, ref);
      },
    },
    {
      name: 'ordinal day word, month name, optional year: السادس من يناير 2022, the sixth of January',
      needs: ['month'],
      pattern: rx(
        `${f.W}(?<dord>${f.dayOrdinal})\\s+(?:${f.dayOfMonth}\\s+)?${f.months}(?:(?:\\s*[,،]\\s*|\\s+)${f.year}|\\s+(?<moda>${f.modifier})${f.E})?`,
      ),
      extract(m, { lex, ref }) {
        const d = lookup(lex.dayOrdinals, m.groups?.dord ?? '');
        return d === undefined ? null : dayMonthYear(m, lex, ref, d);
      },
    },
    {
      name: 'month name, day, optional year: January 6, 2022; Jan. 6',
      needs: ['digit', 'month'],
      pattern: rx(`${f.W}${f.months}\\s+${f.day}(?:\\s*[,،]?\\s*${f.year})?`),
      extract(m, { lex, ref }) {
        return dayMonthYear(m, lex, ref);
      },
    },
    {
      name: 'month name and year: يناير 2022, January 2022',
      needs: ['digit', 'month'],
      pattern: rx(`${f.W}(?:${f.edge}(?:\\s+|\\s*-\\s*))?${f.months}(?:\\s*[-,،]\\s*|\\s+)${f.year}`),
      extract(m, { lex }) {
        const g = m.groups ?? {};
        const mo = monthNumber(lex, g.month);
        return mo ? found(m, 'month', moment(num(g.year), mo, 1), 'month', false) : null;
      },
    },
  ];
}

function dayMonthYear(m: RegExpExecArray, lex: TimeLexicon, ref: number, day?: number): Found | null {
  const g = m.groups ?? {};
  const mo = monthNumber(lex, g.month);
  const d = day ?? num(g.day);
  if (!mo) return null;
  if (g.year !== undefined) {
    const y = num(g.year);
    return isValidDate(y, mo, d) ? found(m, 'date', moment(y, mo, d), 'day', false) : null;
  }
  const t = dayOf(ref, mo, d, direction(lex, g.moda));
  return t === undefined ? null : found(m, 'date', t, 'day', true);
}
