// Place head + name: "مدينه اكتوبي", "مطار الما اتا الدولي" (a landmark is a place of its own, the city inside too).
import type { Found, Scanner } from '../scanner.js';
import { knownName } from './known-names.js';
import { endsCleanly, nameRun } from './name-run.js';

const MAX_NAME = 3;

export function placeHead(sc: Scanner, i: number): Found[] | undefined {
  const head = sc.phrase(i, sc.s.placeHeads, 2);
  // a head with its article dropped (اقتحموا المطار) is a common noun, not the start of a name
  if (!head || head.definite || sc.toks[i + head.n - 1]?.breakAfter) return undefined;
  let j = i + head.n;
  while (j < sc.length && (sc.s.modifiers.has(sc.forms[j] ?? '') || sc.isNisba(j)) && !sc.toks[j - 1]?.breakAfter) j++;
  let place: Found | undefined;
  const known = knownName(sc, j);
  if (known?.type === 'place') place = known;
  else if (!known) {
    // a definite name right after an indefinite head (مدينه الابيض, حي الشجاعيه)
    const definiteName =
      !head.form.startsWith(sc.s.lex.article || '\0') &&
      sc.startsWithArticle(j) &&
      !sc.isStop(j) &&
      !sc.isNisba(j) &&
      !sc.s.modifiers.has(sc.forms[j] ?? '');
    const n = definiteName && !sc.s.orgAdjectives.has(sc.forms[j] ?? '') ? 1 : nameRun(sc, j, MAX_NAME);
    const landmarkName = sc.s.landmarks.has(head.form) && sc.startsWithArticle(j + 1); // مطار X الدولي
    if (n > 1 || (n === 1 && (definiteName || landmarkName || endsCleanly(sc, j + 1)))) {
      place = { from: j, to: j + n, strip: 0, type: 'place', key: sc.forms.slice(j, j + n).join(' ') };
    }
  }
  if (!place) return undefined;
  if (!sc.s.landmarks.has(head.form)) return [place];
  // the landmark keeps the adjectives that follow (مطار ... الدولي)
  let end = place.to;
  while (end < sc.length && !sc.toks[end - 1]?.breakAfter && (sc.startsWithArticle(end) || sc.isNisba(end)) && !sc.isStop(end))
    end++;
  const key = [head.form, ...sc.forms.slice(i + head.n, end)].join(' ');
  return [{ from: i, to: end, strip: head.strip, type: 'place', key }, place];
}
