// How far a personal name runs: given names, connectors (عبد, ولد, bin), definite family names, and where it must stop.
import type { Scanner } from '../scanner.js';

const MAX_NAME = 4;

/** A definite family name closing a name (مقتدى الصدر, محمد شياع السوداني): not a function word, title or modifier. */
export function familyName(sc: Scanner, k: number, fits: boolean): boolean {
  if (!fits) return false;
  const f = sc.forms[k] ?? '';
  if (!sc.startsWithArticle(k) || sc.isStop(k) || sc.s.titles.has(f) || sc.s.modifiers.has(f)) return false;
  if (sc.s.orgAdjectives.has(f) || sc.entry(k)) return false;
  // right after a lone given name the family name may run into the next clause (احمد الحشاني وتعيين)
  const lone = sc.s.firstNames.has(sc.forms[k - 1] ?? '');
  return lone || endsCleanly(sc, k + 1);
}

/** A family name follows one name, or a given name and one more (محمد شياع السوداني). */
const familyFits = (sc: Scanner, j: number, k: number): boolean =>
  k - j === 1 || (k - j === 2 && sc.s.firstNames.has(sc.forms[j] ?? ''));

/** After a connector: a capitalised word in a cased script, any word but a function word otherwise (عبد الرحمن). */
const connectsTo = (sc: Scanner, k: number): boolean => k < sc.length && (sc.s.lex.cased ? sc.nameLike(k) : !sc.isStop(k));

/** How many name tokens start at j (a connector may sit between two of them). */
export function nameRun(sc: Scanner, j: number, max = MAX_NAME): number {
  let k = j;
  while (k < sc.length && k - j < max) {
    // a known person completes the name; any other known name, or a given name behind "and", starts a new mention
    const known = k > j ? sc.entry(k) : undefined;
    if (known?.value.type === 'person' && known.strip === 0) return k + known.n - j;
    if (known || (k > j && (sc.phrase(k, sc.s.firstNames)?.strip ?? 0) > 0)) break;
    const form = sc.forms[k] ?? '';
    const afterGiven = k - j === 1 && sc.s.firstNames.has(sc.forms[j] ?? '');
    if (sc.s.connectors.has(form) && connectsTo(sc, k + 1) && !sc.toks[k]?.breakAfter) {
      k += 2; // عبد الرحمن, ابو بكر; inside a name it closes it (محمد ولد الغزواني)
      // a connector's complement may itself be a connector: بن عبد العزيز, بن ابي طالب
      while (k < sc.length && sc.s.connectors.has(sc.forms[k - 1] ?? '') && connectsTo(sc, k) && !sc.toks[k - 1]?.breakAfter) k++;
      if (k - 2 > j) break;
    } else if (sc.nameLike(k) || (sc.nameLike(k, true) && sc.nameLike(k + 1) && !sc.toks[k]?.breakAfter)) {
      k++; // a word that is usually common (الهام) is a given name when a name follows it
    } else if (afterGiven && sc.nameLike(k, true) && endsCleanly(sc, k + 1)) {
      k++; // a family name that is also a common word, after a given name (ابراهيم رئيسي)
    } else if (k > j && sc.s.nameSuffixes.has(form)) {
      k++;
    } else if (k > j && familyName(sc, k, afterGiven || familyFits(sc, j, k))) {
      k++;
      break; // the family name closes the name
    } else break;
    if (sc.toks[k - 1]?.breakAfter) break;
  }
  return k - j;
}

/** A run of over two words must end where a name can end, or it keeps two (خليفه حفتر | اصدر). */
export function trimRun(sc: Scanner, j: number, n: number): number {
  const joined = sc.forms.slice(j, j + n).some((f) => sc.s.connectors.has(f)); // محمد ولد الغزواني is whole
  return n > 2 && !joined && !endsCleanly(sc, j + n) ? 2 : n;
}

/** A lone unknown word is a name only where a name can end: punctuation, a function word, the sentence end. */
export function endsCleanly(sc: Scanner, k: number): boolean {
  return k >= sc.length || !!sc.toks[k - 1]?.breakAfter || sc.isStop(k);
}
