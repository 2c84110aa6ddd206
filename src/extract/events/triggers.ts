// Trigger phrases found in canonical text with their affixes checked, so a phrase never matches inside another word.
import type { EventType } from '../../types.js';
import type { EventLexicon } from './lexicon.js';

export interface TriggerHit {
  type: EventType;
  start: number; // canonical, the phrase without its proclitic
  end: number; // canonical, with the ending of its last word
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Every trigger in text[from, to): the proclitic before it and the ending after it must be listed affixes. */
export function findTriggers(lex: EventLexicon, text: string, from: number, to: number): TriggerHit[] {
  const prefixes = new Set(['', ...lex.prefixes]);
  const suffixes = new Set(['', ...lex.suffixes]);
  const hits: TriggerHit[] = [];
  for (const { type, phrases } of lex.triggers) {
    for (const phrase of phrases) {
      for (let at = text.indexOf(phrase, from); at >= 0 && at + phrase.length <= to; at = text.indexOf(phrase, at + 1)) {
        let wordStart = at;
        while (wordStart > from && isLetter(text[wordStart - 1])) wordStart--;
        let wordEnd = at + phrase.length;
        while (wordEnd < to && isLetter(text[wordEnd])) wordEnd++;
        if (!prefixes.has(text.slice(wordStart, at)) || !suffixes.has(text.slice(at + phrase.length, wordEnd))) continue;
        hits.push({ type, start: at, end: wordEnd }); // the ending belongs to the trigger word, the proclitic does not
      }
    }
  }
  // Longest first at one place, then reading order; drop hits inside a longer one.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const longest = hits.filter(
    (h, i) => !hits.some((o, j) => j !== i && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  // two phrases can end on one word (احتجاج+ات, احتجاجات): keep one hit per span
  return longest.filter((h, i) => i === 0 || h.start !== longest[i - 1]?.start || h.end !== longest[i - 1]?.end);
}
