// Runs of capitalised words in a cased script, typed by gazetteer, head word, title or given name.
import type { Found, Scanner } from '../scanner.js';

const MAX_RUN = 6;

export function capitalised(sc: Scanner, i: number, sentenceStart: boolean): Found | undefined {
  if (!sc.s.lex.cased || !sc.nameLike(i)) return undefined;
  // inside the run a head word is welcome (Interior Ministry, Tahrir Square)
  const inRun = (k: number): boolean => !!sc.toks[k]?.capital && !sc.isStop(k);
  let k = i + 1;
  while (k < sc.length && k - i < MAX_RUN && !sc.toks[k - 1]?.breakAfter) {
    if (inRun(k)) k++;
    else if (sc.s.connectors.has(sc.forms[k] ?? '') && inRun(k + 1) && !sc.toks[k]?.breakAfter) k += 2;
    else break;
  }
  const forms = sc.forms.slice(i, k);
  const key = forms.join(' ');
  if (forms.some((f) => sc.s.orgHeads.has(f))) return { from: i, to: k, strip: 0, type: 'organization', key };
  if (forms.some((f) => sc.s.placeHeads.has(f))) return { from: i, to: k, strip: 0, type: 'place', key };
  const prev = sc.forms[i - 1] ?? '';
  if (sc.s.firstNames.has(forms[0] ?? '') || k - i >= 2) return { from: i, to: k, strip: 0, type: 'person', key };
  if (sc.s.placePreps.has(prev)) return { from: i, to: k, strip: 0, type: 'place', key };
  if (sc.s.verbs.has(sc.forms[k] ?? '') && !sentenceStart) return { from: i, to: k, strip: 0, type: 'person', key };
  return undefined;
}
