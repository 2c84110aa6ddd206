// A reporting verb followed by an unknown name that ends cleanly: "وقال توكاييف إن".
import type { Found, Scanner } from '../scanner.js';
import { endsCleanly, nameRun } from './name-run.js';

const MAX_NAME = 2;

export function speaker(sc: Scanner, i: number): Found | undefined {
  if (!sc.s.verbs.has(sc.forms[i] ?? '') || sc.toks[i]?.breakAfter) return undefined;
  const j = i + 1;
  if (sc.entry(j)) return undefined; // a known name: the gazetteer rule takes it next
  const n = nameRun(sc, j, MAX_NAME);
  if (n === 0 || !endsCleanly(sc, j + n)) return undefined;
  return { from: j, to: j + n, strip: 0, type: 'person', key: sc.forms.slice(j, j + n).join(' ') };
}
