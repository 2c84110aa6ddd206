// Years, bare months and named periods: "عام 2019", "في 2019", "شهر مارس", "يناير الماضي", "الاسبوع المقبل".

import type { Rule } from '../found.js';
import type { Fragments } from '../fragments.js';
import { hijriToGregorian } from '../hijri.js';
import { moment, shift, truncate } from '../moment.js';
import { monthOf } from '../resolve.js';
import { lookup } from '../words.js';
import { direction, found, monthNumber, num, rx } from './util.js';

const YEAR_MIN = 1000;
const YEAR_MAX = 2199;

export function periodRules(f: Fragments): Rule[] {
  const { E } = f;
  const afterMonthContext = new RegExp(`(?:^|[^\\p{L}\\p{N}])${f.monthContext}\\s+$`, 'u');
  const hijriYear = `(?<hera>${f.hijriEra})${E}`;
  const era = `\\s*(?:${hijriYear}|${f.gregorianEra}${E})`;
  return [
    {
      name: 'year after a year word: عام 2019, العام 1443 ه',
      needs: ['digitYear'],
      pattern: rx(`${f.W}(?:${f.edge}\\s+)?${f.yearWords}\\s+(?<y>\\d{4})(?!\\d)(?:${era})?`),
      extract(m) {
        const g = m.groups ?? {};
        const y = num(g.y);
        if (y < YEAR_MIN || y > YEAR_MAX) return null;
        return found(m, 'year', g.hera ? hijriToGregorian(y, 1, 1) : moment(y, 1, 1), 'year', false);
      },
    },
    {
      name: 'bare year after a context word, ending a clause: في 2019.',
      needs: ['digitYear'],
      pattern: rx(`${f.W}(?<ctx>${f.yearContext})\\s+(?<y>\\d{4})(?!\\d)(?:(?:${era})|(?=\\s*(?:[.,;:!?()"،\\-]|$)))`),
      extract(m, { lex }) {
        const g = m.groups ?? {};
        const y = num(g.y);
        if (y < YEAR_MIN || y > YEAR_MAX) return null;
        const t = g.hera ? hijriToGregorian(y, 1, 1) : moment(y, 1, 1);
        // The context word is in the span, so it carries the bound itself: "منذ 2019", "until 2019".
        const ctx = (g.ctx ?? '').replace(/\s+/g, ' ');
        const bound = lex.since.includes(ctx) ? { from: t } : lex.until.includes(ctx) ? { to: t } : {};
        return found(m, 'year', t, 'year', false, bound);
      },
    },
    {
      name: 'month name with a month word, edge or modifier: شهر مارس، يناير الماضي، in May',
      needs: ['month'],
      pattern: rx(
        `${f.W}(?:(?<edge>${f.edge})(?:\\s+|\\s*-\\s*)|(?<modb>${f.modifier})\\s+)?${f.months}(?:\\s+(?<moda>${f.modifier})${E})?`,
      ),
      extract(m, { lex, ref }) {
        const g = m.groups ?? {};
        const mo = monthNumber(lex, g.month);
        if (!mo) return null;
        const ctx = g.edge || g.modb || g.moda || afterMonthContext.test(m.input.slice(Math.max(0, m.index - 30), m.index));
        if (!ctx) return null;
        return found(m, 'month', monthOf(ref, mo, direction(lex, g.modb ?? g.moda)), 'month', true);
      },
    },
    {
      name: 'named period with a modifier: الاسبوع الماضي، هذا العام، next month',
      needs: ['period'],
      pattern: rx(
        `${f.W}(?:(?<earlier>${f.earlier})\\s+)?(?:(?<edge>${f.edge})\\s+)?(?:(?<modb>${f.modifier})\\s+)?(?<period>${f.period})${E}(?:\\s+(?<moda>${f.modifier})${E})?`,
      ),
      extract(m, { lex, ref }) {
        const g = m.groups ?? {};
        const grain = lookup(lex.periods, g.period ?? '');
        const dir = direction(lex, g.modb ?? g.moda);
        if (!grain || dir === 'default') return null;
        const n = dir === 'past' ? -1 : dir === 'next' ? 1 : 0;
        return found(m, 'period', truncate(shift(ref, n, grain), grain, lex.weekStart), grain, true);
      },
    },
  ];
}
