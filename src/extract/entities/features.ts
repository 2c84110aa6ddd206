// Features of scanner tokens for the tagger: the word and its clitic-stripped stem, affixes, the lexicon's cues,
// gazetteer spans as B/I, the rules' tags in a window, and what the rules found elsewhere in the same document.
import type { Scanner } from './scanner.js';

const bucket = (n: number): string => (n <= 2 ? 's' : n <= 4 ? 'm' : n <= 7 ? 'l' : 'xl');

/** The token without its longest proclitic and without the article: the form affixes are read from. */
export function stem(sc: Scanner, i: number): string {
  const vs = sc.variantsAt(i);
  let best = vs[0]?.form ?? '';
  let strip = 0;
  for (const v of vs) {
    if (v.strip > strip) {
      strip = v.strip;
      best = v.form;
    }
  }
  const a = sc.s.lex.article;
  return a && best.startsWith(a) && best.length > a.length + 1 ? best.slice(a.length) : best;
}

function shape(form: string): string {
  if (/^\d+$/.test(form)) return 'digits';
  if (/\d/.test(form)) return 'hasdigit';
  if (/^[a-z]+$/i.test(form)) return 'latin';
  return 'letters';
}

/** B-/I- tags of the longest phrase of a table at each token (gazetteer entries, titles, heads). */
function phraseTags(sc: Scanner, at: (i: number) => { n: number; type: string } | undefined): string[] {
  const out = new Array<string>(sc.length).fill('');
  for (let i = 0; i < sc.length; i++) {
    const m = at(i);
    if (!m) continue;
    for (let k = 0; k < m.n && i + k < sc.length; k++) if (!out[i + k]) out[i + k] = `${k ? 'I' : 'B'}-${m.type}`;
  }
  return out;
}

/** Types the rules gave each stem anywhere in the document (names recur in short forms). */
export function documentTypes(sentences: Array<{ sc: Scanner; rule: string[] }>): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const { sc, rule } of sentences) {
    rule.forEach((r, i) => {
      if (r === 'O') return;
      const s = stem(sc, i);
      if (s.length < 3) return;
      const set = seen.get(s) ?? new Set<string>();
      set.add(r.slice(2));
      seen.set(s, set);
    });
  }
  return new Map([...seen].map(([s, set]) => [s, [...set].sort().join('+')]));
}

/** Feature strings of every token of one sentence; `rule` holds the rules' BIO tag per token, `title` the stems of
 * the document's title. */
export function sentenceFeatures(
  sc: Scanner,
  rule: string[],
  docTypes: Map<string, string>,
  title: ReadonlySet<string> = new Set(),
): string[][] {
  const n = sc.length;
  const stems = Array.from({ length: n }, (_, i) => stem(sc, i));
  const gaz = phraseTags(sc, (i) => {
    const e = sc.entry(i);
    return e && { n: e.n, type: e.value.type };
  });
  const cue = phraseTags(sc, (i) => {
    const s = sc.s;
    const t = sc.phrase(i, s.titles);
    if (t) return { n: t.n, type: 'title' };
    const o = sc.phrase(i, s.orgHeads);
    if (o) return { n: o.n, type: 'orghead' };
    const p = sc.phrase(i, s.placeHeads);
    if (p) return { n: p.n, type: 'placehead' };
    const f = sc.phrase(i, s.firstNames);
    return f && { n: f.n, type: 'first' };
  });
  const form = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : (sc.forms[i] as string));
  const st = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : (stems[i] as string));
  const r = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : (rule[i] ?? 'O'));
  const g = (i: number): string => (i < 0 || i >= n ? '-' : gaz[i] || 'O');
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const f = form(i);
    const s = st(i);
    const o = ['bias', `w=${f}`, `st=${s}`, `len=${bucket(s.length)}`, `shape=${shape(f)}`];
    for (let k = 1; k <= 4 && k < s.length; k++) o.push(`p${k}=${s.slice(0, k)}`, `s${k}=${s.slice(-k)}`);
    if (f !== s) o.push(`clitic=${f.slice(0, f.length - s.length)}`);
    o.push(`st-1=${st(i - 1)}`, `st+1=${st(i + 1)}`, `w-2=${form(i - 2)}`, `w+2=${form(i + 2)}`);
    o.push(`st-1|st=${st(i - 1)}|${s}`, `st|st+1=${s}|${st(i + 1)}`);
    o.push(`s2-1=${st(i - 1).slice(-2)}`, `s2+1=${st(i + 1).slice(-2)}`);
    o.push(`r=${r(i)}`, `r-1=${r(i - 1)}`, `r+1=${r(i + 1)}`, `r-2=${r(i - 2)}`, `r+2=${r(i + 2)}`);
    o.push(`r|w=${r(i)}|${s}`, `r-1|r=${r(i - 1)}|${r(i)}`, `r|r+1=${r(i)}|${r(i + 1)}`);
    o.push(`g=${g(i)}`, `g-1=${g(i - 1)}`, `g+1=${g(i + 1)}`, `g|r=${g(i)}|${r(i)}`);
    o.push(`c=${cue[i] || 'O'}`, `c-1=${cue[i - 1] || 'O'}`, `c+1=${cue[i + 1] || 'O'}`);
    o.push(`c|r=${cue[i] || 'O'}|${r(i)}`, `c-1|st=${cue[i - 1] || 'O'}|${s}`);
    const d = docTypes.get(s);
    if (d) o.push(`doc=${d}`, `doc|r=${d}|${r(i)}`);
    if (s.length >= 3 && title.has(s)) o.push('title', `title|r=${r(i)}`);
    if (sc.isNisba(i)) o.push('nisba');
    if (sc.isNisba(i + 1)) o.push('nisba+1');
    if (sc.startsWithArticle(i)) o.push('def');
    if (sc.startsWithArticle(i + 1)) o.push('def+1');
    if (sc.nameLike(i)) o.push('namelike');
    if (sc.nameLike(i - 1)) o.push('namelike-1');
    if (sc.nameLike(i + 1)) o.push('namelike+1');
    if (sc.isStop(i)) o.push('stop');
    if (sc.s.common.has(f)) o.push('common');
    if (sc.toks[i]?.breakAfter) o.push('break');
    if (sc.toks[i - 1]?.breakAfter) o.push('break-1');
    if (sc.s.connectors.has(f)) o.push('connector');
    if (sc.s.nameSuffixes.has(f)) o.push('namesuffix');
    out.push(o);
  }
  return out;
}

/** Every feature twice: once shared by all domains, once for this domain only (Daumé III 2007). */
export function augment(feats: string[][], domain: string): string[][] {
  return feats.map((f) => [...f, ...f.map((k) => `${domain}:${k}`)]);
}
