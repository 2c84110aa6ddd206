// Where a count happened: a city or region named after a locative word (في الماتي) in the figure's sentence.
// A whole country is the story's scope, not a place of its own, so it does not split the counts.
import countries from 'i18n-iso-countries';
import type { Doc, Sentence } from '../../doc.js';
import { toCanonical } from '../../text/normalise.js';
import type { Mention } from '../../types.js';
import type { FigureMatchers } from './matchers.js';

export function placeOf(doc: Doc, s: Sentence, at: number, mentions: Mention[], m: FigureMatchers): string | undefined {
  const candidates = mentions.filter(
    (p) => p.type === 'place' && p.start >= s.start && p.end <= s.end && !isCountry(p) && locative(doc, p, m),
  );
  return candidates.reduce<Mention | undefined>(
    (best, p) => (!best || Math.abs(p.start - at) < Math.abs(best.start - at) ? p : best),
    undefined,
  )?.text;
}

const isCountry = (p: Mention): boolean => !!p.latin && !!countries.getAlpha2Code(p.latin, 'en');

/** The word before the place, or the prefix glued to it (بالماتي), is a locative preposition. */
function locative(doc: Doc, p: Mention, m: FigureMatchers): boolean {
  const text = doc.norm.text;
  const start = toCanonical(doc.norm, p.start);
  let wordStart = start;
  while (wordStart > 0 && /[\p{L}\p{M}]/u.test(text[wordStart - 1] as string)) wordStart--;
  if (wordStart < start) return m.placePrepositions.has(text.slice(wordStart, start));
  const before = text.slice(Math.max(0, start - 30), start).match(/([\p{L}\p{M}]+)\s+$/u)?.[1];
  return !!before && m.placePrepositions.has(before);
}
