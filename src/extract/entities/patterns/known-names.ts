// Curated and packaged names (gazetteer hash lookup), and misspelt places by consonant skeleton (كازخستان).
import type { GazetteerEntry } from '../gazetteer.js';
import type { Found, Match, Scanner } from '../scanner.js';
import { arabicFold, arabicSkeleton, editDistance } from '../skeleton.js';

// Long enough that a shared skeleton is not a coincidence; close enough in letters to be one word.
const FUZZY_MIN_LENGTH = 6;
const FUZZY_MAX_EDITS = 2;

/** A place found behind an article its name never takes (الصور: "the pictures", not صور, Tyre). */
export function articleDropped(sc: Scanner, m: Match<GazetteerEntry> | undefined): boolean {
  const a = sc.s.lex.article;
  return !!m?.definite && m.value.type === 'place' && !!a && !m.value.key.startsWith(a);
}

export function knownName(sc: Scanner, i: number): Found | undefined {
  const m = sc.entry(i);
  // in a cased script a name starts with a capital (alliance is not Alliance, Nebraska); groups are common nouns
  if (m && sc.s.lex.cased && !sc.toks[i]?.capital && m.value.type !== 'group') return undefined;
  if (m) {
    const e = m.value;
    const to = i + m.n;
    // an institution with its nationality is that country's body: الجيش الاسرائيلي, الشرطه الصوماليه
    if (e.type === 'group' && sc.s.institutions.has(e.key) && sc.isNisba(to) && !sc.toks[to - 1]?.breakAfter) {
      const key = [m.form, ...sc.forms.slice(i + 1, to + 1)].join(' ');
      return { from: i, to: to + 1, strip: m.strip, type: 'organization', key, known: true }; // both words curated
    }
    return { from: i, to, strip: m.strip, type: e.type, key: e.key, latin: e.latin, country: e.country, known: true };
  }
  const t = sc.toks[i];
  const a = sc.s.lex.article;
  // a definite word may be a country spelt another way (الاوروجواي, الدانمارك); other definite words are not names
  const definite = (f: string): boolean => !!a && f.startsWith(a) && !sc.isStopAfterClitic(i) && !sc.isNisba(i);
  if (sc.s.lex.cased || !t || t.text.length < FUZZY_MIN_LENGTH) return undefined;
  if (!sc.nameLike(i) && !definite(t.text) && !definite(t.text.slice(1))) return undefined;
  for (let strip = 0; strip <= 1; strip++) {
    const form = t.text.slice(strip);
    const bare = a && form.startsWith(a) ? form.slice(a.length) : form;
    // behind an article only a long word one letter away is the same name (الدانمارك, not الشرقيه)
    const loose = bare === form;
    const keys = loose ? [arabicSkeleton(form), arabicFold(form)] : [arabicFold(form), arabicFold(bare)];
    if (!loose && bare.length >= FUZZY_MIN_LENGTH) keys.push(arabicSkeleton(bare));
    for (const key of keys) {
      const e = sc.s.gaz.skeletons.get(key);
      if (!e) continue;
      const target = !loose && !e.key.startsWith(a) ? bare : form;
      if (editDistance(target, e.key, FUZZY_MAX_EDITS) <= (loose ? FUZZY_MAX_EDITS : 1)) {
        return { from: i, to: i + 1, strip, type: e.type, key: e.key, latin: e.latin, country: e.country, known: true };
      }
    }
  }
  return undefined;
}
