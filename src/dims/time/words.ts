// Regex fragments built from lexicon word lists: escaped, longest first, spaces as \s+.
const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');

/** The alternation of an empty word list: matches nothing. */
export const NEVER = '(?!)';

/** Alternation of words, longest first so "كانون الثاني" wins over a shorter entry; never empty. */
export function alt(words: Iterable<string>): string {
  const list = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  return list.length > 0 ? `(?:${list.map(escapeWord).join('|')})` : NEVER;
}

/** Start of a word, allowing glued clitics before it (و، ب…). */
export const wordStart = (clitics: string[]): string =>
  clitics.length > 0 ? `(?<=(?:^|[^\\p{L}\\p{N}])${alt(clitics)}?)` : '(?<![\\p{L}\\p{N}])';

export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Look a word up in a record whose keys are canonical; spaces in the match may be any run of whitespace. */
export const lookup = <T>(table: Record<string, T>, surface: string): T | undefined => table[surface.replace(/\s+/g, ' ')];
