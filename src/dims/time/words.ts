// Regex fragments built from lexicon word lists: escaped, longest first, spaces as \s+.
const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');

/** The alternation of an empty word list: matches nothing. */
export const NEVER = '(?!)';

/** Alternation of words, longest first so "كانون الثاني" wins over a shorter entry; never empty. */
export function alt(words: Iterable<string>): string {
  const list = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  return list.length > 0 ? `(?:${list.map(escapeWord).join('|')})` : NEVER;
}

export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Look a word up in a record whose keys are canonical; spaces in the match may be any run of whitespace. */
export const lookup = <T>(table: Record<string, T>, surface: string): T | undefined => table[surface.replace(/\s+/g, ' ')];

const LETTER = /\p{L}/u;
/** A letter (not a digit) at this index; false outside the text. */
export const isLetterAt = (text: string, at: number): boolean => at >= 0 && LETTER.test(text.charAt(at));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A match led by a letter begins a word (the test W leaves to code); digit-led patterns carry their own lookbehind. */
export function startsWord(text: string, at: number): boolean {
  if (at === 0 || !LETTER.test(String.fromCodePoint(text.codePointAt(at) ?? 0))) return true;
  const low = text.charCodeAt(at - 1);
  const before = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.codePointAt(at - 2) : low;
  return !LETTER_OR_DIGIT.test(String.fromCodePoint(before ?? 0));
}
