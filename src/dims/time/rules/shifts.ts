// Counts of units from the reference: "قبل ثلاثه ايام", "منذ اسبوع", "بعد يومين", "two days ago", "in three days".
import type { TimeGrain } from '../../../types.js';
import type { Found, Rule, RuleContext } from '../found.js';
import type { Fragments } from '../fragments.js';
import { shift, truncate } from '../moment.js';
import { lookup, NEVER } from '../words.js';
import { found, rx } from './util.js';

export function shiftRules(f: Fragments): Rule[] {
  const { E } = f;
  const approx = `(?:${f.approx}\\s+)?`;
  // "قبل يومين من الانتخابات" counts from another event; "منذ عام 2019" is a year, "قبل يوم الجمعه" a weekday.
  const notAnchored = `(?!\\s+(?:${f.eventAnchor}${E}|\\d|${f.weekday}${E}))`;
  const rules: Rule[] = [
    {
      name: 'ago or later word before a count and unit: قبل ثلاثه ايام، منذ اسبوع، بعد يومين، in two days',
      needs: ['unit'],
      pattern: rx(
        `${f.W}(?<dir>${f.agoBefore}|${f.laterBefore})\\s+${approx}(?:(?<n>${f.count})\\s+(?<unit>${f.unit})|(?<dual>${f.dualUnit})|(?<one>${f.unitSingular}))${E}${notAnchored}`,
      ),
      extract(m, ctx) {
        const g = m.groups ?? {};
        const sign = ctx.lex.laterBefore.includes(g.dir ?? '') ? 1 : -1;
        return shifted(m, ctx, sign, g);
      },
    },
  ];
  // Languages without a trailing ago word (Arabic) skip the second pattern entirely.
  if (f.agoAfter !== NEVER)
    rules.push({
      name: 'count and unit before an ago word: two days ago',
      needs: ['unit'],
      pattern: rx(`${f.W}${approx}(?<n>${f.count})\\s+(?<unit>${f.unit})\\s+${f.agoAfter}${E}`),
      extract(m, ctx) {
        return shifted(m, ctx, -1, m.groups ?? {});
      },
    });
  return rules;
}

function shifted(
  m: RegExpExecArray,
  { lex, ref }: RuleContext,
  sign: number,
  g: Record<string, string | undefined>,
): Found | null {
  let n: number | undefined;
  let grain: TimeGrain | undefined;
  if (g.dual) [n, grain] = [2, lookup(lex.dualUnits, g.dual)];
  else if (g.one) [n, grain] = [1, lookup(lex.unitsSingular, g.one)];
  else {
    n = /^\d+$/.test(g.n ?? '') ? Number(g.n) : lookup(lex.numberWords, g.n ?? '');
    grain = lookup(lex.units, g.unit ?? '');
  }
  if (!n || !grain) return null;
  // A week ago is a day, not a calendar week.
  const outGrain: TimeGrain = grain === 'week' ? 'day' : grain;
  const t = shift(ref, sign * n, grain);
  // "بعد 30 عاما في السلطه" is a span of time: news does not date things years ahead of itself.
  if (t > shift(ref, 1, 'year')) return null;
  return found(m, 'shift', truncate(t, outGrain), outGrain, true);
}
