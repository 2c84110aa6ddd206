// The `parse` engine: every requested dimension over one text, with spans in the ORIGINAL text.
import { detectLanguage } from '../text/langid.js';
import { normalise, toOriginal } from '../text/normalise.js';
import type { LangCode, Qualifier, TimeGrain } from '../types.js';
import { type NumberDim, parseNumbers } from './number/index.js';
import { parseTimes } from './time/index.js';

export type Dim = NumberDim | 'time';
export const ALL_DIMS: readonly string[] = ['number', 'ordinal', 'quantity', 'money', 'percent', 'time'] satisfies Dim[];

export interface DimResult {
  dim: Dim;
  /** A number for number dims; the ISO datetime of the start for time. */
  value: number | string;
  start: number; // original offsets
  end: number;
  body: string; // the original substring
  qualifier?: Qualifier;
  min?: number;
  max?: number;
  unit?: string;
  grain?: TimeGrain;
  from?: string;
  to?: string;
}

export interface ParseOptions {
  lang?: LangCode;
  ref?: Date;
  dims?: readonly string[];
}

type Extra = Omit<DimResult, 'dim' | 'start' | 'end' | 'body'>;

const DEFAULT_REF = new Date('2022-01-10T12:00:00');

/** Parse `text` (original) for the requested dims (all by default); `lang` defaults to the detected language. */
export function parse(text: string, opts: ParseOptions = {}): DimResult[] {
  const lang = opts.lang ?? detectLanguage(text);
  const want = new Set(opts.dims ?? ALL_DIMS);
  const norm = normalise(text);
  const found: Array<{ dim: Dim; start: number; end: number; extra: Extra }> = [];
  if ([...want].some((d) => d !== 'time'))
    for (const m of parseNumbers(norm.text, lang, { qualifierAfterNoun: true })) {
      if (!want.has(m.dim)) continue;
      const { dim, start, end, text: _t, ...extra } = m;
      found.push({ dim, start, end, extra });
    }
  if (want.has('time'))
    for (const t of parseTimes(norm.text, lang, opts.ref ?? DEFAULT_REF)) {
      const extra: Extra = { value: t.value, grain: t.grain };
      if (t.from !== undefined) extra.from = t.from;
      if (t.to !== undefined) extra.to = t.to;
      found.push({ dim: 'time', start: t.start, end: t.end, extra });
    }
  const kept = longestPerDim(found);
  return kept.map(({ dim, start, end, extra }) => {
    const span = toOriginal(norm, start, end);
    const stop = withTrailingMarks(text, span.end);
    return { dim, ...extra, start: span.start, end: stop, body: text.slice(span.start, stop) };
  });
}

// Marks the normaliser drops (tanween, damma, tatweel) still belong to the word they follow: مساءً, هـ.
const TRAILING_MARK = /[\p{M}\u0640]/u;
function withTrailingMarks(text: string, end: number): number {
  while (end < text.length && TRAILING_MARK.test(text[end] as string)) end++;
  return end;
}

/** Of overlapping results of one dim keep the longest (the earlier on a tie); order by position. */
function longestPerDim<T extends { dim: Dim; start: number; end: number }>(items: T[]): T[] {
  const byLength = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const it of byLength) if (!kept.some((k) => k.dim === it.dim && k.start < it.end && it.start < k.end)) kept.push(it);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
