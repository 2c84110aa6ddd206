// The tagger stacked on the rules: it reads the rules' tags as features and gives the final person, place and
// organisation spans of a sentence; the rules' other finds (groups) and their details (keys, roles) are kept.
import { augment, documentTypes, sentenceFeatures, stem } from './features.js';
import { phraseKey } from './gazetteer.js';
import { appositionRole } from './roles.js';
import { byPosition, type Found, type Scanner } from './scanner.js';
import { decode, type Sequence, type TaggerModel } from './tagger.js';

const TAG: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG', group: 'GRP' };
const TYPE: Record<string, Found['type']> = { PER: 'person', LOC: 'place', ORG: 'organization' };

export interface RuleSentence {
  sc: Scanner;
  found: Found[];
}

/** The rules' finds as one BIO tag per token (the first find over a token wins). */
export function ruleTags(sc: Scanner, found: Found[]): string[] {
  const out = new Array<string>(sc.length).fill('O');
  for (const f of [...found].sort(byPosition)) {
    const t = TAG[f.type] ?? 'OTH';
    for (let k = f.from; k < f.to; k++) if (out[k] === 'O') out[k] = `${k === f.from ? 'B' : 'I'}-${t}`;
  }
  return out;
}

/** Tagger features of every sentence of one document. Training gives a domain ('news', 'wiki'): every feature then
 * comes twice, shared and domain-only; a model folded to one domain (`foldDomain`) reads the plain features. */
export function documentFeatures(
  sentences: RuleSentence[],
  domain?: string,
  title: ReadonlySet<string> = new Set(),
): string[][][] {
  const tagged = sentences.map(({ sc, found }) => ({ sc, rule: ruleTags(sc, found) }));
  const docTypes = documentTypes(tagged);
  return tagged.map(({ sc, rule }) => {
    const feats = sentenceFeatures(sc, rule, docTypes, title);
    return domain ? augment(feats, domain) : feats;
  });
}

/** The tagger's labels for every sentence of a document; `title`: the stems of its headline. */
export function tagDocument(sentences: RuleSentence[], model: TaggerModel, title?: ReadonlySet<string>): string[][] {
  return documentFeatures(sentences, undefined, title).map((f) => decode(model, f));
}

/** Stems of a title's words (no stopwords): words of the body found there name what the document is about. */
export function titleStems(sc: Scanner): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < sc.length; i++) if (!sc.isStop(i)) out.add(stem(sc, i));
  return out;
}

/** Proclitic of a tagged span's first token: only one that leaves a known word or the article (بالخرطوم, ولندن). */
function cliticStrip(sc: Scanner, i: number): { strip: number; form: string } {
  const a = sc.s.lex.article;
  const v = sc.variantsAt(i).find((x) => x.strip > 0 && !x.definite && a && x.form.startsWith(a) && x.form.length > a.length + 1);
  // the form, not the token cut: للجيش is الجيش
  if (v) return { strip: v.strip, form: v.form };
  const entry = sc.entry(i);
  return entry ? { strip: entry.strip, form: entry.form } : { strip: 0, form: sc.forms[i] ?? '' };
}

/** A find over tokens [from, to) as the tagger gives it: its first word without a proclitic, its key. */
function taggedFind(sc: Scanner, from: number, to: number, type: Found['type']): Found {
  const { strip, form } = cliticStrip(sc, from);
  return { from, to, strip, type, key: phraseKey([form, ...sc.forms.slice(from + 1, to)].join(' ')) };
}

/** Spans of BIO labels over PER/LOC/ORG; punctuation ends a name (جنو / لينكس is two), so an I- after it opens one. */
function spans(sc: Scanner, labels: string[], misc = false): Array<{ from: number; to: number; tag: string }> {
  const out: Array<{ from: number; to: number; tag: string }> = [];
  for (let k = 0; k < labels.length; ) {
    const l = labels[k] as string;
    const tag = l.slice(2);
    const opens = l.startsWith('B-') || (l.startsWith('I-') && (k === 0 || !!sc.toks[k - 1]?.breakAfter));
    if (!opens || !(TYPE[tag] || (misc && tag === 'MISC'))) {
      k++;
      continue;
    }
    let e = k + 1;
    while (labels[e] === `I-${tag}` && !sc.toks[e - 1]?.breakAfter) e++;
    out.push({ from: k, to: e, tag });
    k = e;
  }
  return out;
}

/** A tagged name does not end on a connector (علي بن ابي | طالب), a person keeps the lineage after the name
 * (معاويه | بن ابي سفيان) and a ruler his ordinal (لويس | التاسع), and an organisation its nationality (الجيش | الاسرائيلي). */
function extend(sc: Scanner, to: number, type: Found['type'], labels: string[]): number {
  const free = (k: number, stop = false): boolean =>
    k < sc.length && labels[k] === 'O' && !sc.toks[k - 1]?.breakAfter && (stop || !sc.isStop(k));
  const joins = (k: number): boolean => sc.s.connectors.has(sc.forms[k] ?? '');
  let e = to;
  for (;;) {
    // a connector always takes the next word, whatever it is (علي بن ابي | طالب)
    if (joins(e - 1) && free(e, true)) e++;
    // a person's lineage goes on (معاوية | بن ابي سفيان), not a verb after the name (ولد في)
    else if (type === 'person' && joins(e) && free(e) && (joins(e + 1) || free(e + 1))) e++;
    else break;
  }
  const a = sc.s.lex.article;
  const next = sc.forms[e] ?? '';
  if (type === 'person' && a && next.startsWith(a) && sc.s.ordinals.has(next.slice(a.length)) && free(e)) e++;
  else if (type === 'organization' && sc.isNisba(e) && free(e)) e++;
  return e;
}

// Measured on AQMAR: a pattern's person span loses to the tagger's (0.569 vs 0.546 PER F1); other spans win, and so
// do curated names and short forms of a name the document gave in full.
const shapesSpan = (f: Found): boolean => f.type !== 'person' || !!f.known || !!f.learned;

/**
 * The finds of one sentence after the tagger. The tagger says where the people, places and organisations are; where
 * it overlaps a rule find of the same type that is curated or built by a pattern (an organisation with its
 * complement, a landmark with the city inside), that find gives the span and the details; elsewhere the tagger's span
 * stands. Groups stay as the rules found them, and so do Latin-script finds the tagger leaves untagged (CSTO).
 */
export function retag(sc: Scanner, found: Found[], labels: string[]): Found[] {
  const silent = (f: Found): boolean => labels.slice(f.from, f.to).every((l) => l === 'O');
  // the tagger's silence does not overrule a curated name (بوتين after وقال) nor a Latin-script find (CTSO) unless
  // it calls the words something else
  const keep = (f: Found): boolean =>
    (!!f.known && silent(f)) ||
    (sc.toks.slice(f.from, f.to).every((t) => t.latin) &&
      (!!f.known || labels.slice(f.from, f.to).every((l) => !l.endsWith('MISC'))));
  const named = (f: Found): boolean => TYPE[TAG[f.type] ?? ''] !== undefined; // a person, place or organisation
  const kept = found.filter((f) => named(f) && keep(f));
  const out = new Set<Found>([...found.filter((f) => !named(f)), ...kept]);
  for (const s of spans(sc, labels)) {
    const type = TYPE[s.tag] as Found['type'];
    if (kept.some((f) => f.from <= s.from && f.to >= s.to)) continue;
    // a person's short form the rules know does not cut the tagger's longer name (معاويه | بن ابي سفيان)
    const inside = (f: Found): boolean =>
      f.type === 'person' && f.from >= s.from && f.to <= s.to && f.to - f.from < s.to - s.from;
    const over = found.filter((f) => f.type === type && f.from < s.to && f.to > s.from && shapesSpan(f) && !inside(f));
    for (const f of over) {
      out.add(f);
      // what the find holds (the city of a landmark) and its glossed acronym come with it
      for (const g of found) if (g.type !== 'group' && ((g.from >= f.from && g.to <= f.to) || g.key === f.key)) out.add(g);
    }
    if (over.length) continue;
    const f = taggedFind(sc, s.from, extend(sc, s.to, type, labels), type);
    // the role a pattern read around the same person (الرئيس الموريتاني محمد ولد الغزواني) stays with the tagger's span
    if (type === 'person')
      f.role = found.find((g) => g.type === type && g.from < f.to && g.to > f.from)?.role ?? appositionRole(sc, f.to);
    out.add(f);
    // a named body the rules took for a collective actor (الجيش الاسرائيلي) is the tagger's organisation
    for (const g of found) if (g.type === 'group' && g.from >= f.from && g.to <= f.to) out.delete(g);
  }
  return [...out].sort(byPosition);
}

/** A short form the rules found again (توكاييف after قاسم جومارت توكاييف) stays when the tagger kept its full name. */
export function keepLearned(rules: RuleSentence[], tagged: RuleSentence[]): RuleSentence[] {
  const names = new Set(tagged.flatMap(({ found }) => found.filter((f) => f.type === 'person').map((f) => f.key)));
  return tagged.map(({ sc, found }, i) => {
    const back = (rules[i]?.found ?? []).filter(
      (f) => f.learned && names.has(f.key) && !found.some((g) => g.type !== 'group' && g.from < f.to && g.to > f.from),
    );
    return back.length ? { sc, found: [...found, ...back].sort(byPosition) } : { sc, found };
  });
}

/** Training sequences of one document: its features and one gold BIO label per scanner token. */
export function trainingSequences(
  sentences: RuleSentence[],
  gold: string[][],
  domain: string,
  title?: ReadonlySet<string>,
): Sequence[] {
  const feats = documentFeatures(sentences, domain, title);
  return feats.map((f, i) => ({ feats: f, gold: gold[i] ?? f.map(() => 'O') }));
}

const PROPAGATE_MAX = 4;
// Measured on AQMAR: spreading places and organisations adds more wrong spans than right ones; persons gain.
const PROPAGATED: ReadonlySet<Found['type']> = new Set(['person']);

/** A person the tagger found once in a document is the same person wherever else the words recur untagged. */
export function propagate(sentences: RuleSentence[], labels: string[][] = []): RuleSentence[] {
  const votes = new Map<string, Map<Found['type'] | 'misc', number>>();
  const keyOf = (sc: Scanner, from: number, to: number): string => {
    const words: string[] = [];
    for (let k = from; k < to; k++) words.push(stem(sc, k));
    return words.join(' ');
  };
  for (const { sc, found } of sentences) {
    for (const f of found) {
      if (!PROPAGATED.has(f.type) || f.to - f.from > PROPAGATE_MAX) continue;
      const k = keyOf(sc, f.from, f.to);
      if (k.length < 3) continue;
      const v = votes.get(k) ?? new Map<Found['type'], number>();
      v.set(f.type, (v.get(f.type) ?? 0) + 1);
      votes.set(k, v);
    }
  }
  // the tagger's miscellaneous names (software, elements) vote too: a word it mostly calls MISC is not spread
  sentences.forEach(({ sc }, si) => {
    for (const s of spans(sc, labels[si] ?? [], true)) {
      if (s.tag !== 'MISC' || s.to - s.from > PROPAGATE_MAX) continue;
      const k = keyOf(sc, s.from, s.to);
      const v = votes.get(k);
      if (v) v.set('misc', (v.get('misc') ?? 0) + 1);
    }
  });
  if (!votes.size) return sentences;
  const best = new Map<string, Found['type'] | 'misc'>();
  for (const [k, v] of votes) best.set(k, [...v].sort((a, b) => b[1] - a[1])[0]?.[0] as Found['type']);
  return sentences.map(({ sc, found: all }, si) => {
    // a person the tagger mostly calls miscellaneous in this document is not one
    const found = all.filter(
      (f) => f.known || !PROPAGATED.has(f.type) || f.to - f.from > PROPAGATE_MAX || best.get(keyOf(sc, f.from, f.to)) !== 'misc',
    );
    const taken = new Uint8Array(sc.length);
    for (const f of found) taken.fill(1, f.from, f.to);
    // nor does a name spread into words the tagger calls miscellaneous (الدوري الاسباني)
    (labels[si] ?? []).forEach((l, k) => {
      if (l.endsWith('MISC')) taken[k] = 1;
    });
    const extra: Found[] = [];
    for (let i = 0; i < sc.length; i++) {
      if (taken[i] || sc.isStop(i)) continue;
      for (let n = Math.min(PROPAGATE_MAX, sc.length - i); n >= 1; n--) {
        if (taken.subarray(i, i + n).some(Boolean)) continue;
        const type = best.get(keyOf(sc, i, i + n));
        if (!type || type === 'misc') continue;
        // a lineage goes with the name (معاويه | بن ابي سفيان)
        const to = extend(sc, i + n, type, labels[si] ?? []);
        if (taken.subarray(i, to).some(Boolean)) continue;
        extra.push(taggedFind(sc, i, to, type));
        taken.fill(1, i, to);
        i = to - 1;
        break;
      }
    }
    return extra.length || found.length !== all.length ? { sc, found: [...found, ...extra].sort(byPosition) } : { sc, found };
  });
}
