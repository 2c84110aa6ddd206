// The time dimension: find time expressions in canonical text and resolve them against a reference datetime.
import { getLanguage } from '../../lang/index.js';
import type { LangCode, TimeValue } from '../../types.js';
import { buildComposer, type Composer } from './compose.js';
import type { Anchor, Found, Rule } from './found.js';
import { buildFragments, type Fragments } from './fragments.js';
import { emptyTimeLexicon, type TimeLexicon } from './lexicon.js';
import { format, fromDate } from './moment.js';
import { calendarDateRules } from './rules/calendar-dates.js';
import { clockRules } from './rules/clock.js';
import { dayRangeRules } from './rules/day-ranges.js';
import { hijriDateRules } from './rules/hijri-dates.js';
import { periodRules } from './rules/periods.js';
import { relativeDayRules } from './rules/relative-days.js';
import { shiftRules } from './rules/shifts.js';
import { weekdayRules } from './rules/weekdays.js';
import { startsWord } from './words.js';

/** A time expression in canonical text: offsets are canonical. */
export interface TimeMatch extends TimeValue {
  start: number;
  end: number;
  text: string;
  weekday?: number; // 0 = Sunday … 6 = Saturday, when the expression names one
  relative: boolean;
}

export type { TimeLexicon } from './lexicon.js';

interface Compiled {
  f: Fragments;
  rules: Rule[];
  composer: Composer;
}

const compiled = new Map<TimeLexicon, Compiled>();

function compile(lex: TimeLexicon): Compiled {
  let c = compiled.get(lex);
  if (!c) {
    const f = buildFragments(lex);
    const rules = [
      ...calendarDateRules(f),
      ...dayRangeRules(f),
      ...hijriDateRules(f),
      ...periodRules(f),
      ...relativeDayRules(f),
      ...weekdayRules(f),
      ...shiftRules(f),
      ...clockRules(f),
    ];
    c = { f, rules, composer: buildComposer(lex, f) };
    compiled.set(lex, c);
  }
  return c;
}

/** Longest first, then leftmost: one reading per stretch of text. */
function selectNonOverlapping(found: Found[]): Found[] {
  if (found.length < 2) return found;
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Found[] = [];
  for (const x of byLength) if (!taken.some((t) => t.start < x.end && x.start < t.end)) taken.push(x);
  return taken;
}

export interface ParseTimesOptions {
  /** Run every rule on every text, without the anchor gates: for tests that check the gates lose nothing. */
  ungated?: boolean;
}

export function parseTimes(canonical: string, lang: LangCode, ref: Date, options: ParseTimesOptions = {}): TimeMatch[] {
  const lex: TimeLexicon = getLanguage(lang)?.time ?? emptyTimeLexicon;
  const { f, rules, composer } = compile(lex);
  // Most sentences hold no time at all: test each word class once and run only the rules that can match.
  const present: Partial<Record<Anchor, boolean>> = {};
  const has = (a: Anchor): boolean => (present[a] ??= f.anchors[a](canonical));
  const ctx = { lex, f, ref: fromDate(ref), text: canonical };
  const found: Found[] = [];
  for (const rule of rules) {
    if (!options.ungated && !rule.needs.every(has)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(canonical); m; m = rule.pattern.exec(canonical)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const x = startsWord(canonical, m.index) ? rule.extract(m, ctx) : null;
      if (x) found.push(x);
      // A rejected reading may hide a shorter one starting inside it.
      else rule.pattern.lastIndex = m.index + 1;
    }
  }
  if (found.length === 0) return [];
  return composer.compose(selectNonOverlapping(found), canonical).map((x) => toMatch(x, canonical));
}

function toMatch(x: Found, text: string): TimeMatch {
  const out: TimeMatch = {
    start: x.start,
    end: x.end,
    text: text.slice(x.start, x.end),
    value: format(x.value),
    grain: x.grain,
    relative: x.relative,
  };
  if (x.from !== undefined) out.from = format(x.from);
  if (x.to !== undefined) out.to = format(x.to);
  if (x.weekday !== undefined) out.weekday = x.weekday;
  return out;
}
