// Numbers, ordinals, vague quantities, money and percentages in canonical text, with canonical offsets.
import { tokenize } from '../../text/tokenize.js';
import type { LangCode, Qualifier } from '../../types.js';
import { compiledFor } from './compile.js';
import { Cursor, type Reading } from './cursor.js';
import { phoneRunEnd } from './digits.js';
import { phraseAt } from './phrase.js';

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
  unit?: string; // currency code for money, '%' for percent
}

export interface NumberOptions {
  /**
   * Also read a qualifier that follows the counted noun (185 شخصا علي الاقل), the span then covering the noun.
   * Off by default: extractors that read the counted noun themselves need the span to stop at the number.
   */
  qualifierAfterNoun?: boolean;
}

const wordCaches = new Map<LangCode, Map<string, Reading | null>>();

/**
 * Every number phrase in canonical text, left to right, one match per phrase (the money or percent phrase,
 * not also the number inside it). Vague bounds: the lexicon's (عشرات 20–99, مئات 200–999, الاف 2000–9999,
 * بضعه 3–9); the value of a vague quantity or a range is its lower bound. Languages without a number
 * lexicon are read with the English one, so their digits still parse.
 */
export function parseNumbers(canonical: string, lang: LangCode, opts: NumberOptions = {}): NumberMatch[] {
  const c = compiledFor(lang) ?? compiledFor('en');
  if (!c) return [];
  let cache = wordCaches.get(lang);
  if (!cache) {
    cache = new Map();
    wordCaches.set(lang, cache);
  }
  const toks = tokenize(canonical);
  const cur = new Cursor(canonical, toks, c, cache, opts.qualifierAfterNoun ?? false);
  const out: NumberMatch[] = [];
  for (let i = 0; i < toks.length; ) {
    const t = toks[i] as (typeof toks)[number];
    const strayPercent = t.kind === 'word' && c.percentSuffixes.has(t.text) ? cur.phrase(c.percentSuffixes, i) : null;
    if (strayPercent) {
      i = strayPercent.next; // "في المئه" with no number before it is not "the hundred"
      continue;
    }
    if (t.kind === 'number') {
      const phone = phoneRunEnd(canonical, toks, i);
      if (phone >= 0) {
        i = phone;
        continue;
      }
    } else if (t.kind === 'word' ? !cur.read(i) : !c.openers.has(t.text)) {
      i++;
      continue;
    }
    const step = phraseAt(cur, i);
    if (step && 'match' in step) {
      out.push(step.match);
      i = step.next;
    } else if (step) i = step.skip;
    else i++;
  }
  return out;
}
