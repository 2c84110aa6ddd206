// Numbers that are not head counts: years, dates, ages, durations, money, percentages, ordinals, things.
import type { NumberMatch } from '../../dims/number/index.js';
import type { Span } from '../../types.js';
import type { Token } from './phrases.js';

/** What a filter needs about the tokens around one number. */
export interface NumberContext {
  num: NumberMatch;
  tokens: Token[];
  /** Index of the first token after the number phrase, and of the last token before it. */
  after: number;
  before: number;
  /** Time expressions of the sentence, canonical spans. */
  times: Span[];
  /** Canonical text right before and after the number phrase (a % sign is not a token). */
  textBefore: string;
  textAfter: string;
}

export interface FilterWords {
  notCounted: Set<string>;
  yearMarkers: Set<string>;
  prefixes: string[];
}

const COUNT_DIMS = new Set(['number', 'quantity']);
const looksLikeYear = (n: NumberMatch): boolean => Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100;

/** The word without a clitic prefix, when it starts with one and a word in `set` is left. */
function inSet(word: string | undefined, set: Set<string>, prefixes: string[]): boolean {
  if (!word) return false;
  if (set.has(word)) return true;
  return prefixes.some((p) => word.startsWith(p) && set.has(word.slice(p.length)));
}

/** The reason a number is not a figure, or undefined when it may be one. */
export function notAFigure(ctx: NumberContext, words: FilterWords): string | undefined {
  const { num, tokens } = ctx;
  if (!COUNT_DIMS.has(num.dim)) return num.dim; // ordinal, money, percent
  if (!(num.value > 0) || !Number.isFinite(num.value)) return 'not positive';
  if (ctx.times.some((t) => t.start < num.end && num.start < t.end)) return 'inside a time expression';
  const next = tokens[ctx.after];
  const nextText = next && !next.isBreak && next.start - num.end <= 2 ? next.text : undefined;
  if (ctx.textAfter.trimStart().startsWith('%') || num.text.endsWith('%')) return 'percent';
  if (/[a-z]-?$/.test(ctx.textBefore) || /^[a-z]/.test(ctx.textAfter)) return 'part of a code (24h, covid-19)';
  if (inSet(nextText, words.notCounted, words.prefixes)) return `counts ${nextText}`;
  const twoWords = nextText && tokens[ctx.after + 1] ? `${nextText} ${tokens[ctx.after + 1]?.text}` : undefined;
  if (twoWords && words.notCounted.has(twoWords)) return `counts ${twoWords}`;
  const prev = tokens[ctx.before];
  if (prev && !prev.isBreak && inSet(prev.text, words.notCounted, words.prefixes)) return `qualifies ${prev.text}`; // دول عده
  if (looksLikeYear(num) && (!prev || prev.isBreak || inSet(prev.text, words.yearMarkers, words.prefixes))) return 'year';
  if (looksLikeYear(num) && !nextText) return 'year';
  return undefined;
}
