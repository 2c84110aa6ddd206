import type { TimeGrain } from '../../types.js';
import type { Fragments } from './fragments.js';
import type { TimeLexicon } from './lexicon.js';
import type { Moment } from './moment.js';

/** What a rule recognised: 'date' is a calendar day (or finer), the rest name how it was said. */
export type FoundKind = 'date' | 'month' | 'year' | 'relative-day' | 'weekday' | 'period' | 'shift' | 'clock';

/** A time found in canonical text, before spans are composed into intervals. */
export interface Found {
  start: number;
  end: number;
  kind: FoundKind;
  value: Moment;
  grain: TimeGrain;
  from?: Moment;
  to?: Moment;
  weekday?: number;
  relative: boolean;
  /** Clock fields, so a clock can be laid onto the day beside it. */
  clock?: { h: number; mi: number; s: number };
}

export interface RuleContext {
  lex: TimeLexicon;
  f: Fragments;
  ref: Moment;
  text: string;
}

/** Word classes a rule cannot match without: checked once per text so most sentences skip most rules. */
export type Anchor =
  | 'digit'
  | 'digitDate'
  | 'digitClock'
  | 'digitYear'
  | 'meridiem'
  | 'month'
  | 'hijri'
  | 'weekday'
  | 'relative'
  | 'period'
  | 'unit'
  | 'clock';

/** One way of writing a time: a compiled pattern and what its match means. */
export interface Rule {
  name: string;
  needs: Anchor[];
  pattern: RegExp;
  extract(m: RegExpExecArray, ctx: RuleContext): Found | null;
}
