// Named weekdays: "الخميس", "يوم الجمعه", "الخميس الماضي", "مساء الخميس", "next Friday", "Friday morning".

import type { Rule } from '../found.js';
import type { Fragments } from '../fragments.js';
import { weekdayNear } from '../resolve.js';
import { lookup } from '../words.js';
import { direction, found, rx } from './util.js';

export function weekdayRules(f: Fragments): Rule[] {
  const { E, SEP } = f;
  const dateFollows = new RegExp(`^${SEP}\\d`, 'u');
  return [
    {
      name: 'weekday with optional day word, modifier and part of day',
      needs: ['weekday'],
      pattern: rx(
        `${f.W}(?:(?<part>${f.part})\\s+)?(?:(?<dw>${f.dayWord})\\s+)?(?:(?<modb>${f.modifier})\\s+)?(?<wd>${f.weekday})${E}(?:\\s+(?<moda>${f.modifier})${E})?(?:\\s+(?<part2>${f.part})${E})?`,
      ),
      extract(m, { lex, ref, text }) {
        const g = m.groups ?? {};
        const wd = lookup(lex.weekdays, g.wd ?? '');
        if (wd === undefined) return null;
        const hasContext = g.part || g.dw || g.modb || g.moda || g.part2;
        if (!hasContext && lex.weekdaysNeedingContext.includes(g.wd ?? '')) {
          if (!dateFollows.test(text.slice(m.index + m[0].length))) return null;
        }
        const day = weekdayNear(ref, wd, direction(lex, g.modb ?? g.moda));
        const hour = lookup(lex.partsOfDay, g.part ?? g.part2 ?? '');
        return hour === undefined
          ? found(m, 'weekday', day, 'day', true, { weekday: wd })
          : found(m, 'weekday', day + hour * 3_600_000, 'hour', true, { weekday: wd });
      },
    },
  ];
}
