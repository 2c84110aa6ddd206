// Language of a text: eld's n-gram model, with a script-based answer for texts too short to trust it.
import { eld } from 'eld/medium';
import type { LangCode } from '../types.js';

/** Letters only Persian (پ چ ژ گ) or Urdu (ٹ ڈ ڑ ں ے ھ) write, beside the shared Arabic script. */
const PERSIAN_LETTERS = /[پچژگ]/g;
const URDU_LETTERS = /[ٹڈڑںےۓھ]/g;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/g;
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/g;
const SAMPLE = 4000; // eld is sure well before this; long texts are sampled from their start
const MIN_FOR_MODEL = 12; // letters: below this the script is all we can trust

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** ISO 639-1 code of the text's language ('und' when there are no letters at all). */
export function detectLanguage(text: string): LangCode {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const arabic = count(sample, ARABIC_SCRIPT);
  const cyrillic = count(sample, CYRILLIC);
  const latin = count(sample, LATIN);
  const letters = arabic + cyrillic + latin;
  if (letters === 0) return 'und';
  const byScript = scriptGuess(sample, arabic, cyrillic, latin);
  if (letters < MIN_FOR_MODEL) return byScript;
  const found = eld.detect(sample).language;
  if (!found) return byScript;
  // The model may confuse languages of one script; it must at least agree with the script.
  if (arabic > latin + cyrillic && !['ar', 'fa', 'ur', 'ps', 'ku'].includes(found)) return byScript;
  if (cyrillic > latin + arabic && !['ru', 'uk', 'bg', 'sr', 'mk', 'kk', 'be'].includes(found)) return byScript;
  return found;
}

function scriptGuess(text: string, arabic: number, cyrillic: number, latin: number): LangCode {
  if (arabic >= cyrillic && arabic >= latin) {
    if (count(text, URDU_LETTERS) >= 2) return 'ur';
    if (count(text, PERSIAN_LETTERS) >= 1) return 'fa';
    return 'ar';
  }
  if (cyrillic >= latin) return 'ru';
  return 'en';
}
