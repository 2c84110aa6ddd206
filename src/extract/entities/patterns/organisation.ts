// Organisation head + complement: "منظمه معاهده الامن الجماعي", "وزاره الخارجيه الامريكيه", "Ministry of Defence".
import type { Found, Scanner } from '../scanner.js';
import { articleDropped, knownName } from './known-names.js';

const MAX_COMPLEMENT = 6;

/** Does token j continue the name begun by a head? */
function continues(sc: Scanner, j: number, taken: number, headDefinite: boolean): number {
  if (sc.s.lex.cased) {
    if (sc.s.connectors.has(sc.forms[j] ?? '')) return sc.toks[j + 1]?.capital ? 1 : 0;
    return sc.toks[j]?.capital && !sc.isStop(j) ? 1 : 0;
  }
  if (sc.isStop(j) || sc.s.titles.has(sc.forms[j] ?? '')) return 0;
  const known = knownName(sc, j);
  if (known && known.strip === 0 && known.type !== 'group' && known.type !== 'person') return known.to - j;
  if (sc.startsWithArticle(j) || sc.isNisba(j)) return 1;
  if (headDefinite) return 0;
  // an indefinite noun in a construct chain (معاهده الامن) or a proper name right after the head (مؤسسه كارنيجي)
  if (taken === 0 && !sc.toks[j]?.latin && (sc.startsWithArticle(j + 1) || sc.nameLike(j))) return 1;
  return 0;
}

/** Only a nationality, a scope adjective or a country turns a generic definite head into a name (السفاره الامريكيه). */
function namesCountry(sc: Scanner, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const place = sc.entry(k);
    // a place behind an article it never takes is a common noun (الوكاله الصور: "the pictures", not Tyre)
    if (sc.isNisba(k) || sc.s.orgAdjectives.has(sc.forms[k] ?? '')) return true;
    if (place?.value.type === 'place' && !articleDropped(sc, place)) return true;
  }
  return false;
}

/** A complement behind a preposition continues the name: الوكاله الدوليه | للطاقه الذريه, الاتحاد الدولي | لكره القدم. */
function complement(sc: Scanner, j: number): number {
  const f = sc.forms[j] ?? '';
  const prep = sc.s.lex.complementPrepositions?.find((p) => f.startsWith(p) && f.length > p.length + 2);
  if (!prep || j === 0 || sc.toks[j - 1]?.breakAfter || sc.isStopAfterClitic(j) || knownName(sc, j)?.strip === 0) return j;
  const fused = sc.s.lex.fusedArticle?.[0];
  // the preposition fused with the article (للطاقه), or a construct (لكره القدم)
  if (!(fused && f.startsWith(fused)) && !sc.startsWithArticle(j + 1)) return j;
  let e = j + 1;
  while (
    e < sc.length &&
    e - j <= 3 &&
    !sc.toks[e - 1]?.breakAfter &&
    !sc.isStop(e) &&
    (sc.startsWithArticle(e) || sc.isNisba(e))
  )
    e++;
  return e;
}

export function organisation(sc: Scanner, i: number): Found | undefined {
  const found = sc.phrase(i, sc.s.orgHeads, 3);
  if (!found) return undefined;
  const article = sc.s.lex.article;
  // السفاره read as سفاره: keep the article in the name and the span
  const head = found.definite ? { ...found, form: article + found.form, strip: found.strip - article.length } : found;
  const headDefinite = article !== '' && head.form.startsWith(article);
  let j = i + head.n;
  if (sc.s.lex.cased) {
    // English heads end the name too (Amnesty International, Defence Ministry): take the capitals before
    if (!sc.toks[i]?.capital) return undefined;
  }
  while (j < sc.length && j - i - head.n < MAX_COMPLEMENT && !sc.toks[j - 1]?.breakAfter) {
    const n = continues(sc, j, j - i - head.n, headDefinite);
    if (!n) break;
    j += n;
    // a nationality or a scope adjective closes the name (وزاره الخارجيه الامريكيه | السلطات)
    const closer = sc.isNisba(j - 1) || sc.s.orgAdjectives.has(sc.forms[j - 1] ?? '');
    if (closer && !sc.s.modifiers.has(sc.forms[j] ?? '') && !sc.isNisba(j) && !sc.s.orgAdjectives.has(sc.forms[j] ?? '')) break;
  }
  // not after a nationality or a country (منتخب البرازيل | لكره القدم): the team is named already
  let named = sc.isNisba(j - 1);
  for (let k = i + head.n; k < j && !named; k++) {
    const m = sc.entry(k);
    named = m?.value.type === 'place' && k + m.n === j;
  }
  if (!named) j = complement(sc, j);
  // a trailing connector or modifier is not part of the name (الاتحاد السوفيتي السابق)
  while (j > i + head.n && (sc.s.connectors.has(sc.forms[j - 1] ?? '') || sc.s.modifiers.has(sc.forms[j - 1] ?? ''))) j--;
  if (j === i + head.n) return undefined;
  if (found.definite && !namesCountry(sc, i + head.n, j)) return undefined;
  // a generic head before a known organisation names that organisation (شبكه سي ان ان, وكاله رويترز)
  const known = knownName(sc, i + head.n);
  if (known?.type === 'organization' && known.to === j) return { ...known, from: i, strip: head.strip, known: true };
  const key = [head.form, ...sc.forms.slice(i + head.n, j)].join(' ');
  return { from: i, to: j, strip: head.strip, type: 'organization', key };
}
