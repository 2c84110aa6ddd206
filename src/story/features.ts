import type { Doc } from '../doc.js';
import { getLanguage } from '../lang/index.js';
import type { Mention } from '../types.js';
import { keptCanonical } from './copies.js';
import { words } from './shingles.js';

const CLITIC_PREFIX = /^(?:وال|بال|فال|كال|لل|ال|و(?=ال))/; // articles and conjunctions glued to a noun
const stopSets = new Map<string, Set<string>>();

function stopSet(lang: string): Set<string> {
  let set = stopSets.get(lang);
  if (!set) {
    set = new Set(getLanguage(lang)?.stopwords ?? []);
    stopSets.set(lang, set);
  }
  return set;
}

/**
 * What a report is about, as weighted features: content words, entity names (in Latin, so that
 * Arabic and English reports meet) and the large numbers they report.
 */
export function docFeatures(doc: Doc, mentions: Mention[]): Map<string, number> {
  const f = new Map<string, number>();
  const add = (k: string, w: number) => f.set(k, (f.get(k) ?? 0) + w);
  const stops = stopSet(doc.lang);
  for (const w of words(keptCanonical(doc))) {
    if (/^\d+$/.test(w)) {
      if (w.length >= 3 && !/^(19|20)\d\d$/.test(w)) add(`#${w}`, 1); // figures, not years
      continue;
    }
    if (w.length < 3 || stops.has(w)) continue;
    const bare = w.replace(CLITIC_PREFIX, '');
    if (bare.length >= 3) add(`w:${bare}`, 1);
  }
  for (const m of mentions) add(`e:${m.latin ? m.latin.toLowerCase() : m.key}`, 2);
  return f;
}
