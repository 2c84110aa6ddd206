import type { LangCode, TimeValue } from '../../types.js';

/** A time expression in canonical text: offsets are canonical. */
export interface TimeMatch extends TimeValue {
  start: number;
  end: number;
  text: string;
  weekday?: number; // 0 = Sunday … 6 = Saturday, when the expression names one
  relative: boolean;
}

/** Placeholder. */
export function parseTimes(_canonical: string, _lang: LangCode, _ref: Date): TimeMatch[] {
  return [];
}
