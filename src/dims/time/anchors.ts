// Word tests that gate the rules: a rule runs on a text only when the text holds every anchor the rule needs.
import type { Anchor } from './found.js';
import { alt, isLetterAt } from './words.js';

/** Does the text hold this word class? Conservative: a false hit costs a rule scan, a false miss loses a time. */
export type AnchorTest = (text: string) => boolean;

/**
 * The words as whole words, a glued clitic allowed before them (وبيناير). Digits may touch them ("10:30م"), so only
 * letters disqualify. The trailing test sits in the pattern, so a longer word that fails it gives way to a shorter one.
 */
export function wordAnchor(words: string[], clitics: readonly string[]): AnchorTest {
  if (words.length === 0) return () => false;
  const re = new RegExp(`${alt(words)}(?!\\p{L})`, 'gu');
  const wholeWordAt = (text: string, at: number): boolean =>
    !isLetterAt(text, at - 1) || clitics.some((c) => text.startsWith(c, at - c.length) && !isLetterAt(text, at - c.length - 1));
  return (text) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (wholeWordAt(text, m.index)) return true;
      re.lastIndex = m.index + 1;
    }
    return false;
  };
}

export const patternAnchor =
  (re: RegExp): AnchorTest =>
  (text) =>
    re.test(text);

export type AnchorTests = Record<Anchor, AnchorTest>;
