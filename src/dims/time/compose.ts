// Joining found pieces: a day with its clock, a weekday with its date, two ends into an interval, "حتي"/"منذ" bounds.

import type { Found } from './found.js';
import type { Fragments } from './fragments.js';
import type { TimeLexicon } from './lexicon.js';
import { fields, isValidDate, moment, truncate } from './moment.js';
import { startsWord } from './words.js';

const RANGE_KINDS = new Set(['date', 'month', 'year', 'weekday', 'relative-day', 'clock']);
const DAY_MS = 86_400_000;
const isDay = (x: Found): boolean =>
  (x.kind === 'date' || x.kind === 'weekday' || x.kind === 'relative-day') && x.grain === 'day' && x.from === undefined;
const clockMs = (x: Found): number => (x.clock ? ((x.clock.h * 60 + x.clock.mi) * 60 + x.clock.s) * 1000 : 0);

export interface Composer {
  compose(items: Found[], text: string): Found[];
}

export function buildComposer(lex: TimeLexicon, f: Fragments): Composer {
  // A dash also joins a dateline's day and clock ("15 سبتمبر، 2023 - 11:05").
  const adjacent = new RegExp(`^(?:\\s*[,،-]\\s*|\\s+)(?:${f.joiner}\\s+)?$|^$`, 'u');
  const same = new RegExp(`^\\s*[,،(]?\\s*${f.equivalence}\\s*$`, 'u');
  const rangeGap = new RegExp(`^\\s*(?:-|(?<join>${f.rangeJoin}))\\s*$`, 'u');
  const startBefore = new RegExp(`${f.W}${f.rangeStart}\\s+$`, 'gu');
  const untilBefore = new RegExp(`${f.W}${f.until}\\s+$`, 'gu');
  const sinceBefore = new RegExp(`${f.W}${f.since}\\s+$`, 'gu');
  /** Where the word list `re` ends right before `at`, as a whole word with its clitic. */
  const before = (text: string, at: number, re: RegExp): number | undefined => {
    if (!/\s/.test(text.charAt(at - 1))) return undefined;
    const window = Math.max(0, at - 40);
    const piece = text.slice(window, at);
    re.lastIndex = 0;
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      if (startsWord(text, window + m.index)) return window + m.index + (m.groups?.cl?.length ?? 0); // the clitic stays out
      re.lastIndex = m.index + 1;
    }
    return undefined;
  };

  /** One day in two calendars, or a weekday and its date, joined by "الموافق": the second, Gregorian writing wins. */
  function equivalent(a: Found, b: Found, text: string): Found | undefined {
    if (b.kind !== 'date' || (a.kind !== 'date' && a.kind !== 'weekday') || !same.test(text.slice(a.end, b.start))) return;
    return { ...b, start: a.start, weekday: a.weekday ?? b.weekday };
  }

  /** A day and its clock ("الخميس الساعه 5 مساء"), or a weekday and its date ("الاثنين 10 يناير 2022"). */
  function mergePair(a: Found, b: Found): Found | undefined {
    if (isDay(a) && b.kind === 'clock')
      return { ...a, end: b.end, value: truncate(a.value, 'day') + clockMs(b), grain: b.grain, clock: b.clock };
    if (a.kind === 'clock' && isDay(b))
      return { ...b, start: a.start, value: truncate(b.value, 'day') + clockMs(a), grain: a.grain, clock: a.clock };
    if ((a.kind === 'weekday' || a.kind === 'relative-day') && b.kind === 'date' && a.grain === 'day')
      return { ...b, start: a.start, weekday: a.weekday ?? b.weekday };
    return undefined;
  }

  function interval(first: Found, b: Found, text: string): Found | undefined {
    if (!RANGE_KINDS.has(first.kind) || !RANGE_KINDS.has(b.kind) || first.from !== undefined || b.from !== undefined) return;
    const gap = rangeGap.exec(text.slice(first.end, b.start));
    if (!gap) return;
    const a = yearFromEnd(first, b);
    // A curfew "from 8 pm to 6 am" ends the next morning.
    const end = a.kind === 'clock' && b.kind === 'clock' && b.value <= a.value ? b.value + DAY_MS : b.value;
    if (a.value >= end) return;
    const start = before(text, a.start, startBefore);
    if (gap.groups?.join && lex.pairJoin.includes(gap.groups.join.replace(/\s+/g, ' ')) && start === undefined) return;
    return { ...a, start: start ?? a.start, end: b.end, from: a.value, to: end, relative: a.relative || b.relative };
  }

  /** "من 2 يناير الى 5 يناير 2021": a yearless start takes the year of the end it runs to. */
  function yearFromEnd(a: Found, b: Found): Found {
    if (a.kind !== 'date' || b.kind !== 'date' || !a.relative || b.relative) return a;
    const s = fields(a.value);
    const e = fields(b.value);
    const y = s.m > e.m ? e.y - 1 : e.y;
    return isValidDate(y, s.m, s.d) ? { ...a, value: moment(y, s.m, s.d), relative: false } : a;
  }

  return {
    compose(items, text) {
      const sorted = [...items].sort((x, y) => x.start - y.start);
      const merged: Found[] = [];
      for (const item of sorted) {
        const last = merged[merged.length - 1];
        const gap = last ? text.slice(last.end, item.start) : '';
        const pair = last && (adjacent.test(gap) ? mergePair(last, item) : equivalent(last, item, text));
        if (pair) merged[merged.length - 1] = pair;
        else merged.push(item);
      }
      const ranged: Found[] = [];
      for (const item of merged) {
        const last = ranged[ranged.length - 1];
        const joined = last ? interval(last, item, text) : undefined;
        if (joined) ranged[ranged.length - 1] = joined;
        else ranged.push(item);
      }
      return ranged.map((x) => bound(x, text));
    },
  };

  /** "حتي 19 يناير" ends at that day; "منذ 6 يناير" starts there. */
  function bound(x: Found, text: string): Found {
    if (x.from !== undefined || x.to !== undefined || x.kind === 'shift') return x;
    const u = before(text, x.start, untilBefore);
    if (u !== undefined) return { ...x, start: u, to: x.value };
    const s = before(text, x.start, sinceBefore);
    if (s !== undefined) return { ...x, start: s, from: x.value };
    return x;
  }
}
