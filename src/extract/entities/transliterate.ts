// A foreign name written in another script, read back into Latin letters by rule (توكاييف → Tokayev).
import type { Transliteration } from './lexicon.js';

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function readWord(word: string, t: Transliteration): string {
  const exception = t.exceptions[word];
  if (exception) return exception;
  if (/^[a-z0-9'-]+$/.test(word)) return capitalise(word);
  const art = t.article;
  if (art && word.startsWith(art[0]) && word.length > art[0].length + 2) {
    return art[1] + readWord(word.slice(art[0].length), t);
  }
  let core = word;
  let tail = '';
  for (const [ending, latin] of t.endings) {
    if (word.length > ending.length + 1 && word.endsWith(ending)) {
      core = word.slice(0, -ending.length);
      tail = latin;
      break;
    }
  }
  let out = '';
  for (let i = 0; i < core.length; i++) {
    const ch = core[i] as string;
    const vowel = t.vowelLetters[ch];
    if (!vowel) {
      out += t.letters[ch] ?? ch;
      // no short vowels are written: open the first consonant cluster with a (نزار → Nazar)
      if (i === 0 && core.length > 2 && !t.vowelLetters[core[1] as string] && /^[^sr]/.test(out)) out += 'a';
      continue;
    }
    const prev = core[i - 1];
    if (prev === ch) continue; // يي, وو: one sound
    if (i === 0) out += vowel.initial;
    else if (i === core.length - 1 && !tail) out += vowel.final;
    else if (prev && t.vowelLetters[prev] && prev !== ch) out += vowel.afterVowel;
    else out += vowel.medial;
  }
  return capitalise(out + tail);
}

/** Latin reading of a name: word by word, capitalised. Latin input comes back title-cased. */
export function transliterate(name: string, t: Transliteration | undefined): string {
  const words = name.split(/\s+/).filter(Boolean);
  if (!t) return words.map(capitalise).join(' ');
  return words.map((w) => readWord(w, t)).join(' ');
}
