// Clock times: "17:11", "الساعه 5 مساء", "الساعه العاشره صباحا", "5 p.m."; laid on the reference day until composed.

import type { Found, Rule, RuleContext } from '../found.js';
import type { Fragments } from '../fragments.js';
import { truncate } from '../moment.js';
import { lookup } from '../words.js';
import { found, num, rx } from './util.js';

export function clockRules(f: Fragments): Rule[] {
  const { E, N } = f;
  const clockWord = `(?:${f.W}${f.clockWord}\\s+)`;
  const mer = `(?:\\s*(?<mer>${f.meridiem})${E})`;
  const merAny = `(?:\\s*(?<mer>${f.meridiemAny})${E})`;
  return [
    {
      name: 'hours and minutes with a colon: 17:11, الساعه 10:30 صباحا',
      needs: ['digitClock'],
      pattern: rx(`${clockWord}?${N}(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?(?![\\p{N}:])${merAny}?`),
      extract: clock,
    },
    {
      name: 'hour after the clock word: الساعه 5 مساء، الساعه العاشره',
      needs: ['clock'],
      pattern: rx(`${clockWord}(?:${N}(?<h>\\d{1,2})(?!\\d)|(?<hw>${f.hourWord})${E})${merAny}?`),
      extract: clock,
    },
    {
      name: 'hour with am/pm: 5 pm, 5 مساء',
      needs: ['digit', 'meridiem'],
      pattern: rx(`${N}(?<h>\\d{1,2})(?!\\d)${mer}`),
      extract: clock,
    },
  ];
}

function clock(m: RegExpExecArray, { lex, ref }: RuleContext): Found | null {
  const g = m.groups ?? {};
  let h = g.hw ? (lookup(lex.hourWords, g.hw) ?? 99) : num(g.h);
  const mi = num(g.mi);
  const s = num(g.s);
  const mer = g.mer ? (lookup(lex.meridiem, g.mer) ?? lookup(lex.meridiemShort, g.mer)) : undefined;
  if (mer && (h < 1 || h > 12)) return null;
  if (mer === 'pm' && h < 12) h += 12;
  if (mer === 'am' && h === 12) h = 0;
  if (h > 23 || mi > 59 || s > 59) return null;
  const grain = g.s !== undefined ? 'second' : g.mi !== undefined ? 'minute' : 'hour';
  const t = truncate(ref, 'day') + ((h * 60 + mi) * 60 + s) * 1000;
  return found(m, 'clock', t, grain, true, { clock: { h, mi, s } });
}
