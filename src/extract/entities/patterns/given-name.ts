// A common given name followed by a name-like word is a person ("ماري ستروترز", "Ned Price").
import type { Found, Scanner } from '../scanner.js';
import { familyName, nameRun, trimRun } from './name-run.js';

const MAX_NAME = 4;

export function givenName(sc: Scanner, i: number): Found | undefined {
  const first = sc.phrase(i, sc.s.firstNames, 2);
  if (!first) return undefined;
  // a definite family name straight after the given name (كمال المدوري)
  const rest = nameRun(sc, i + first.n, MAX_NAME - first.n) || (familyName(sc, i + first.n, true) ? 1 : 0);
  if (rest === 0 || sc.toks[i + first.n - 1]?.breakAfter) return undefined;
  const to = i + trimRun(sc, i, first.n + rest);
  return { from: i, to, strip: first.strip, type: 'person', key: [first.form, ...sc.forms.slice(i + first.n, to)].join(' ') };
}
