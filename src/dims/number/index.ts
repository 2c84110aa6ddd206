import type { LangCode, Qualifier } from '../../types.js';

export type NumberDim = 'number' | 'ordinal' | 'quantity' | 'money' | 'percent';

/** A number phrase in canonical text: offsets are canonical. */
export interface NumberMatch {
  dim: NumberDim;
  start: number;
  end: number;
  text: string;
  value: number;
  min?: number;
  max?: number;
  qualifier: Qualifier;
  unit?: string; // currency code for money, '%' for percent, counted noun for quantity
}

/** Placeholder: digits only. */
export function parseNumbers(canonical: string, _lang: LangCode): NumberMatch[] {
  return [...canonical.matchAll(/\d+/g)].map((m) => ({
    dim: 'number',
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    value: Number(m[0]),
    qualifier: 'exact',
  }));
}
