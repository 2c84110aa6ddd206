// A name written in another script, read back into Latin letters by rule (توكاييف → Tokayev, حفتر → Haftar).
import type { Transliteration } from './lexicon.js';

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** One letter read: its Latin and how it sounds (Vowel, Consonant, or Silent consonant). */
interface Unit {
  letter: string;
  latin: string;
  kind: 'V' | 'C' | 'S';
}

const kindOf = (latin: string): Unit['kind'] => (latin === '' ? 'S' : /^[aeiou]/.test(latin) ? 'V' : 'C');

/** Each letter of a word read on its own: vowel letters by position, a silent opener as the vowel it carries. */
function readLetters(core: string, t: Transliteration, tail: string): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < core.length; i++) {
    const ch = core[i] as string;
    const vowel = t.vowelLetters[ch];
    if (vowel) {
      if (core[i - 1] === ch) continue; // يي, وو: one sound
      let latin: string;
      if (i === 0) latin = vowel.initial;
      else if (i === core.length - 1 && !tail) latin = vowel.final;
      else if (units[units.length - 1]?.kind === 'V') latin = vowel.afterVowel;
      else latin = vowel.medial;
      units.push({ letter: ch, latin, kind: kindOf(latin) });
      continue;
    }
    const carried = t.vowelCarriers?.[ch];
    if (carried !== undefined && i === 0 && core.length > 2 && !t.vowelLetters[core[1] as string]) {
      units.push({ letter: ch, latin: carried, kind: 'V' }); // عبد → Abd
      continue;
    }
    const latin = t.letters[ch] ?? ch;
    units.push({ letter: ch, latin, kind: kindOf(latin) });
  }
  return units;
}

/** The reading of the first shape the letters fit, if any. */
function byShape(units: Unit[], t: Transliteration): string | undefined {
  for (const [shape, reading] of t.shapes ?? []) {
    if (shape.length !== units.length) continue;
    const fits = units.every((u, k) => (shape[k] === 'C' ? u.kind !== 'V' : u.letter === shape[k]));
    if (!fits) continue;
    const consonants = units.filter((u) => u.kind !== 'V');
    let c = 0;
    return reading.replace(/C/g, () => (consonants[c++] as Unit).latin);
  }
  return undefined;
}

/** Short vowels are not written: open a word's first cluster, break every run of three consonants after two,
 *  and a word-final pair after a long vowel (مبارك → Mabarak). */
function vowelise(units: Unit[], t: Transliteration, final: boolean): string {
  const v = t.clusterVowel ?? 'a';
  const longVowels = t.finalClusterAfter ?? '';
  let onset = 1; // consonants the first vowel may follow: one, or a listed onset (Stanislav)
  let lead = '';
  for (let k = 0; k < units.length && units[k]?.kind !== 'V'; k++) {
    lead += units[k]?.latin;
    if (t.onsets?.includes(lead)) onset = k + 1;
  }
  let out = '';
  let run = 0; // consonants since the last vowel
  let opened = false; // a vowel has been read (written or inserted)
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as Unit;
    const before = units[k - 2];
    if (u.kind === 'V') {
      out += u.latin;
      run = 0;
      opened = true;
      continue;
    }
    if (!opened && run === onset && units.length > 2) {
      out += v; // no word starts with two consonants: نزار → Nazar
      run = 0;
      opened = true;
    } else if (opened && run === 2) {
      out += v; // CCC → CCaC: حفتر → Haftar, احمد → Ahmad
      run = 0;
    } else if (final && run === 1 && k === units.length - 1 && before?.kind === 'V' && longVowels.includes(before.letter)) {
      out += v;
      run = 0;
    }
    out += u.latin;
    run++;
  }
  return out;
}

function readWord(word: string, t: Transliteration, definite = false): string {
  const exception = t.exceptions[word];
  if (exception) return exception;
  if (/^[a-z0-9'-]+$/.test(word)) return capitalise(word);
  const art = t.article;
  // one article per word: الالمانيه is al-Almania, not al-al-Mania
  if (art && !definite && word.startsWith(art[0]) && word.length > art[0].length + 2) {
    return art[1] + readWord(word.slice(art[0].length), t, true);
  }
  for (const head of t.joined ?? []) {
    const rest = word.slice(head.length);
    if (art && word.startsWith(head) && rest.startsWith(art[0]) && rest.length > art[0].length + 2) {
      return `${readWord(head, t)} ${readWord(rest, t)}`; // عبدالرحمن → Abd al-Rahman
    }
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
  const units = readLetters(core, t, tail);
  const shaped = tail ? undefined : byShape(units, t);
  const read = shaped ?? vowelise(units, t, !tail);
  return capitalise(read + tail);
}

/** Latin reading of a name: word by word (two-word exceptions first), capitalised. Latin input comes back title-cased. */
export function transliterate(name: string, t: Transliteration | undefined): string {
  const words = name.split(/\s+/).filter(Boolean);
  if (!t) return words.map(capitalise).join(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = t.exceptions[`${words[i]} ${words[i + 1]}`];
    if (pair && i + 1 < words.length) {
      out.push(pair);
      i++;
    } else out.push(readWord(words[i] as string, t));
  }
  return out.join(' ');
}
