// Two days of one month: "من 2 الى 5 يناير", "بين 2 و5 يناير", "2-5 يناير", "January 2-5".

import type { Found, Rule, RuleContext } from '../found.js';
import type { Fragments } from '../fragments.js';
import type { TimeLexicon } from '../lexicon.js';
import { isValidDate, moment } from '../moment.js';
import { nearestDay } from '../resolve.js';
import { found, monthNumber, num, rx } from './util.js';

export function dayRangeRules(f: Fragments): Rule[] {
  const { N } = f;
  const d1 = `(?<d1>\\d{1,2})(?!\\d)`;
  const join = `(?:\\s*-\\s*|\\s+(?<join>${f.rangeJoin})\\s*)`;
  return [
    {
      name: 'day range before a month name: من 2 الى 5 يناير',
      needs: ['digit', 'month'],
      pattern: rx(
        `(?:${f.W}(?<rs>${f.rangeStart})\\s+)?${N}${d1}${join}${f.day}\\s+(?:${f.dayOfMonth}\\s+)?${f.months}(?:\\s*[,،]?\\s*${f.year})?`,
      ),
      extract: range,
    },
    {
      name: 'day range after a month name: January 2-5',
      needs: ['digit', 'month'],
      pattern: rx(`${f.W}(?:(?<rs>${f.rangeStart})\\s+)?${f.months}\\s+${d1}${join}${f.day}(?:\\s*[,،]?\\s*${f.year})?`),
      extract: range,
    },
  ];
}

/** "و"/"and" join two days only after "بين"/"between": "2 و5 يناير" is two dates. */
const needsStart = (lex: TimeLexicon, join: string | undefined): boolean => join !== undefined && lex.pairJoin.includes(join);

function range(m: RegExpExecArray, { lex, ref }: RuleContext): Found | null {
  const g = m.groups ?? {};
  const mo = monthNumber(lex, g.month);
  const [a, b] = [num(g.d1), num(g.day)];
  if (!mo || a >= b) return null;
  if (needsStart(lex, g.join) && !g.rs) return null;
  let y: number;
  if (g.year !== undefined) y = num(g.year);
  else {
    const t = nearestDay(ref, mo, a);
    if (t === undefined) return null;
    y = new Date(t).getUTCFullYear();
  }
  if (!isValidDate(y, mo, a) || !isValidDate(y, mo, b)) return null;
  const from = moment(y, mo, a);
  return found(m, 'date', from, 'day', g.year === undefined, { from, to: moment(y, mo, b) });
}
