// Title + complement + name: "الرئيس الكازاخستاني قاسم جومارت توكاييف", "رئيس لجنه الامن القومي كريم ماسيموف".
import type { Found, Scanner } from '../scanner.js';
import { knownName } from './known-names.js';
import { endsCleanly, nameRun, trimRun } from './name-run.js';
import { organisation } from './organisation.js';

const MAX_ROLE = 10;

/** Tokens after a title that still describe the office: modifiers, nationality, the body or country it heads. */
function complement(sc: Scanner, i: number, inner: Found[], role: { from: number; strip: number }): number {
  let j = i;
  while (j < sc.length && j - i < MAX_ROLE && !sc.toks[j - 1]?.breakAfter) {
    if (sc.s.modifiers.has(sc.forms[j] ?? '') || sc.isNisba(j)) {
      j++;
      continue;
    }
    const title = sc.phrase(j, sc.s.titles);
    if (title && j > i) {
      // a second office after a complete one starts the role afresh (الزعيم الكازاخستاني الرئيس الصيني)
      if (sc.isNisba(j - 1) || sc.s.modifiers.has(sc.forms[j - 1] ?? '')) {
        role.from = j;
        role.strip = title.strip;
      }
      j += title.n;
      continue;
    }
    const org = organisation(sc, j);
    const known = knownName(sc, j);
    const body = org && (!known || org.to >= known.to) ? org : known;
    if (body && body.type !== 'person' && body.type !== 'group') {
      inner.push(body);
      j = body.to;
      continue;
    }
    // a force in construct with a region is the body too (قائد شرطه جاوه الشرقيه | نيكو افينتا)
    const force = sc.s.lex.article ? sc.s.gaz.phrases.get(sc.s.lex.article + (sc.forms[j] ?? '')) : undefined;
    if (!body && force?.type === 'group' && sc.s.institutions.has(force.key) && j + 1 < sc.length && !sc.toks[j]?.breakAfter) {
      let e = j + 2;
      while (e < sc.length && !sc.toks[e - 1]?.breakAfter && sc.startsWithArticle(e) && !sc.isStop(e)) e++;
      j = e;
      continue;
    }
    // an office in construct with a country or body (وزير خارجيه روسيا, رئيس وزراء ارمينيا)
    const next = j - i < 2 && !body ? knownName(sc, j + 1) : undefined;
    if (next && next.type !== 'person' && next.type !== 'group' && next.strip === 0 && !sc.toks[j]?.breakAfter) {
      j++;
      continue;
    }
    // an office in construct with a definite noun (رئيس الوزراء, الامين العام للمنظمه)
    if (sc.isDefinite(j) && !sc.isStop(j) && !sc.nameLike(j) && j - i < 2) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

export function titled(sc: Scanner, i: number): Found[] | undefined {
  const title = sc.phrase(i, sc.s.titles);
  if (!title) return undefined;
  const inner: Found[] = [];
  const start = { from: i, strip: title.strip };
  const j = complement(sc, i + title.n, inner, start);
  const role = { from: start.from, to: j, strip: start.strip };
  const known = knownName(sc, j);
  if (known?.type === 'person') return [...inner, { ...known, role }];
  if (known) return inner.length ? inner : undefined;
  const n = trimRun(sc, j, nameRun(sc, j));
  if (n === 0 || (n === 1 && !endsCleanly(sc, j + 1) && !sc.s.firstNames.has(sc.forms[j] ?? ''))) {
    return inner.length ? inner : undefined;
  }
  const key = sc.forms.slice(j, j + n).join(' ');
  return [...inner, { from: j, to: j + n, strip: 0, type: 'person', key, role }];
}
