// Latin capitals standing alone (CSTO, CNN) are organisations unless the gazetteer says otherwise (US).
import type { Found, Scanner } from '../scanner.js';

const MIN = 2;
const MAX = 6;

export function acronym(sc: Scanner, i: number): Found | undefined {
  const t = sc.toks[i];
  if (!t?.latin || !t.upper || t.text.length < MIN || t.text.length > MAX) return undefined;
  const known = sc.s.gaz.acronyms.get(t.text) ?? sc.s.gaz.phrases.get(t.text);
  if (known) return { from: i, to: i + 1, strip: 0, type: known.type, key: known.key, latin: known.latin, known: true };
  return { from: i, to: i + 1, strip: 0, type: 'organization', key: t.text, latin: t.text.toUpperCase() };
}
