// Names a document introduces once in full are found again in their short forms (توكاييف, لنزارباييف).
import type { Found, Scanner } from './scanner.js';
import { arabicSkeleton, latinSkeleton } from './skeleton.js';

type Learned = Map<string, Found | null>; // null: two different entities claim the form
const MAX_TOKENS = 4;
const MIN_LENGTH = 3;
// A family name respelt (نزارباييف / ناتساربييف) is recognised by its consonants when it is this long.
const SKELETON_MIN = 4;
const FUZZY_MIN_LENGTH = 5;

const skeletonOf = (sc: Scanner, form: string): string => (sc.s.lex.cased ? latinSkeleton(form) : arabicSkeleton(form));

function personSkeletons(sc: Scanner, learned: Learned): Map<string, Found | null> {
  const out = new Map<string, Found | null>();
  for (const [form, f] of learned) {
    if (f?.type !== 'person' || form.includes(' ')) continue;
    const k = skeletonOf(sc, form);
    if (k.length < SKELETON_MIN) continue;
    const had = out.get(k);
    out.set(k, had === undefined || had?.key === f.key ? f : null);
  }
  return out;
}

export function learnNames(found: Found[]): Learned {
  const out: Learned = new Map();
  const claim = (form: string, f: Found): void => {
    if (form.length < MIN_LENGTH) return;
    const had = out.get(form);
    if (had === undefined) out.set(form, f);
    else if (had && (had.key !== f.key || had.type !== f.type)) out.set(form, null);
  };
  for (const f of found) {
    // a one-word guess (a speaker after قال) is not trusted enough to be looked for again
    if (f.type === 'group' || (!f.known && !f.role && !f.key.includes(' '))) continue;
    const words = f.key.split(' ');
    claim(f.key, f);
    // a person is named again by the family name, or the last two names
    if (f.type === 'person' && words.length > 1) {
      claim(words.slice(-1).join(' '), f);
      claim(words.slice(-2).join(' '), f);
    }
  }
  return out;
}

/** Learned forms at tokens no pattern took; a longer learned form may absorb a one-word person (جومرت + توكاييف). */
export function rescan(sc: Scanner, found: Found[], learned: Learned): Found[] {
  const taken = new Uint8Array(sc.length);
  for (const f of found) if (!(f.type === 'person' && f.to - f.from === 1)) taken.fill(1, f.from, f.to);
  const out: Found[] = [];
  if (learned.size === 0) return out;
  const skeletons = personSkeletons(sc, learned);
  const firstWords = new Set([...learned.keys()].map((k) => k.split(' ')[0] as string));
  for (let i = 0; i < sc.length; i++) {
    if (taken[i]) continue;
    let hit: Found | undefined;
    const vs = sc.variantsAt(i).filter((v) => firstWords.has(v.form));
    for (let n = Math.min(MAX_TOKENS, sc.length - i); n >= 1 && !hit && vs.length; n--) {
      if (taken.subarray(i, i + n).some(Boolean)) continue;
      const rest = n > 1 ? ` ${sc.forms.slice(i + 1, i + n).join(' ')}` : '';
      for (const v of vs) {
        const f = learned.get(v.form + rest);
        const absorbs = found.filter((o) => o.from >= i && o.to <= i + n);
        if (f && (n > 1 || absorbs.length === 0) && absorbs.every((o) => o.type === f.type)) {
          hit = { ...f, from: i, to: i + n, strip: v.strip, role: undefined, learned: true };
          break;
        }
      }
    }
    const form = sc.forms[i] ?? '';
    if (!hit && skeletons.size && form.length >= FUZZY_MIN_LENGTH && sc.nameLike(i)) {
      const f = skeletons.get(skeletonOf(sc, form));
      if (f) hit = { ...f, from: i, to: i + 1, strip: 0, role: undefined, learned: true };
    }
    if (hit) {
      out.push(hit);
      taken.fill(1, hit.from, hit.to);
      i = hit.to - 1;
    }
  }
  return out;
}
