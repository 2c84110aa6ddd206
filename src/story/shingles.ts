import { hash32 } from './minhash.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** Canonical words of a text (the text is already normalised). */
export const words = (canonical: string): string[] => canonical.match(WORD) ?? [];

/** Hashed word n-gram shingles: the unit of copy detection. */
export function shingles(canonical: string, n = 4): Set<number> {
  const w = words(canonical);
  const out = new Set<number>();
  if (w.length < n) {
    if (w.length) out.add(hash32(w.join(' ')));
    return out;
  }
  for (let i = 0; i + n <= w.length; i++) out.add(hash32(w.slice(i, i + n).join(' ')));
  return out;
}
