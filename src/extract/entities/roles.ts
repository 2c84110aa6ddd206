// Roles read beside a name: the title before it, or an apposition after it ("باشينيان، رئيس وزراء ارمينيا").
import type { Found, Scanner } from './scanner.js';

const MAX_ROLE = 8;

/** Token span of a role in apposition right after a name that ends at a comma. */
export function appositionRole(sc: Scanner, to: number): Found['role'] {
  if (!sc.toks[to - 1]?.breakAfter) return undefined;
  const title = sc.phrase(to, sc.s.titles);
  if (!title) return undefined;
  let j = to + title.n;
  while (j < sc.length && j - to < MAX_ROLE && !sc.toks[j - 1]?.breakAfter && !sc.isStop(j)) j++;
  return { from: to, to: j, strip: title.strip };
}

/** The country a role names, by nationality adjective or country name (الرئيس الروسي, رئيس كازاخستان). */
export function roleCountry(sc: Scanner, role: NonNullable<Found['role']>): string | undefined {
  for (let i = role.from; i < role.to; i++) {
    const code = sc.s.gaz.nisba.get(sc.forms[i] ?? '');
    if (code) return code;
    const e = sc.entry(i);
    if (e?.value.type === 'place' && e.value.country && e.value.key === e.form) return e.value.country;
  }
  return undefined;
}
