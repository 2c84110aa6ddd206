import type { Doc } from '../doc.js';
import { getLanguage } from '../lang/index.js';
import { tokenize } from '../text/tokenize.js';
import type { Mention } from '../types.js';
import { keptCanonical } from './copies.js';

const stopSets = new Map<string, Set<string>>();

function stopSet(lang: string): Set<string> {
  let set = stopSets.get(lang);
  if (!set) {
    set = new Set(getLanguage(lang)?.stopwords ?? []);
    stopSets.set(lang, set);
  }
  return set;
}

const YEAR = /^(?:19|20)\d\d$/;

/**
 * What a report is about, as weighted features: content words without their articles, entity names (in Latin,
 * so that Arabic and English reports meet) and the large numbers they report.
 */
export function docFeatures(doc: Doc, mentions: Mention[]): Map<string, number> {
  const f = new Map<string, number>();
  const add = (k: string, w: number) => f.set(k, (f.get(k) ?? 0) + w);
  const stops = stopSet(doc.lang);
  for (const t of tokenize(keptCanonical(doc), doc.lang)) {
    if (t.kind === 'number') {
      const digits = t.text.replace(/[.,]/g, '');
      if (digits.length >= 3 && !YEAR.test(digits)) add(`#${digits}`, 1); // figures, not years
    } else if (t.kind === 'word' && t.text.length >= 3 && !stops.has(t.text) && t.bare.length >= 3) add(`w:${t.bare}`, 1);
  }
  for (const m of mentions) add(`e:${m.latin ? m.latin.toLowerCase() : m.key}`, 2);
  return f;
}
