// Days named from the reference: "اليوم الجمعه", "فجر اليوم", "امس", "الليله الماضيه", "yesterday morning".

import type { Rule } from '../found.js';
import type { Fragments } from '../fragments.js';
import { addDays, fields, type Moment, truncate } from '../moment.js';
import { lookup } from '../words.js';
import { found, rx } from './util.js';

export function relativeDayRules(f: Fragments): Rule[] {
  const { E, SEP } = f;
  const weekdayAfter = `(?:${SEP}(?<wd>${f.weekday})${E})?`;
  const blocked = new RegExp(`^\\s+${f.relativeDayBlocker}${E}`, 'u');
  return [
    {
      name: 'relative day with optional part of day and weekday: صباح اليوم الجمعه، yesterday morning',
      needs: ['relative'],
      pattern: rx(
        `${f.W}(?:(?<earlier>${f.earlier})\\s+)?(?:(?<part>${f.part})\\s+(?:${f.dayWord}\\s+)?)?(?<rel>${f.relativeDay})${E}${weekdayAfter}(?:\\s+(?<part2>${f.part})${E})?`,
      ),
      extract(m, { lex, ref, text }) {
        const g = m.groups ?? {};
        const offset = lookup(lex.relativeDays, g.rel ?? '');
        if (offset === undefined) return null;
        if (!g.wd && !g.part2 && blocked.test(text.slice(m.index + m[0].length))) return null;
        const weekday = g.wd ? lookup(lex.weekdays, g.wd) : undefined;
        const day = namedWeekdayWins(addDays(truncate(ref, 'day'), offset), weekday, offset);
        const hour = lookup(lex.partsOfDay, g.part ?? g.part2 ?? '');
        return hour === undefined
          ? found(m, 'relative-day', day, 'day', true, { weekday })
          : found(m, 'relative-day', day + hour * 3_600_000, 'hour', true, { weekday });
      },
    },
    {
      name: 'fixed part-of-day phrase: الليله الماضيه، last night, this morning',
      needs: ['relative'],
      pattern: rx(`${f.W}(?:${f.earlier}\\s+)?(?<phrase>${f.dayPhrase})${E}${weekdayAfter}`),
      extract(m, { lex, ref }) {
        const g = m.groups ?? {};
        const entry = lookup(lex.dayPhrases, g.phrase ?? '');
        if (!entry) return null;
        const weekday = g.wd ? lookup(lex.weekdays, g.wd) : undefined;
        const t = addDays(truncate(ref, 'day'), entry[0]) + entry[1] * 3_600_000;
        return found(m, 'relative-day', t, 'hour', true, { weekday });
      },
    },
  ];
}

/**
 * "امس السبت" in a report dated Monday: the copy was written a day before it ran, and the weekday it names is
 * the fact; the day moves to the nearest such weekday (back for past words, forward for future ones).
 */
function namedWeekdayWins(day: Moment, weekday: number | undefined, offset: number): Moment {
  if (weekday === undefined) return day;
  const step = offset > 0 ? 1 : -1;
  let t = day;
  for (let k = 0; k < 7 && fields(t).weekday !== weekday; k++) t = addDays(t, step);
  return t;
}
