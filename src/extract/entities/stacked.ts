// The tagger stacked on the rules: it reads the rules' tags as features and gives the final person, place and
// organisation spans of a sentence; the rules' other finds (groups) and their details (keys, roles) are kept.
import { augment, documentTypes, sentenceFeatures, stem } from './features.js';
import { phraseKey } from './gazetteer.js';
import { appositionRole } from './roles.js';
import type { Found, Scanner } from './scanner.js';
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
  for (const f of [...found].sort((a, b) => a.from - b.from || b.to - a.to)) {
    const t = TAG[f.type] ?? 'OTH';
    for (let k = f.from; k < f.to; k++) if (out[k] === 'O') out[k] = `${k === f.from ? 'B' : 'I'}-${t}`;
  }
  return out;
}

/** Tagger features of every sentence of one document, for a domain ('news', 'wiki'). */
export function documentFeatures(sentences: RuleSentence[], domain: string): string[][][] {
  const tagged = sentences.map(({ sc, found }) => ({ sc, rule: ruleTags(sc, found) }));
  const docTypes = documentTypes(tagged);
  return tagged.map(({ sc, rule }) => augment(sentenceFeatures(sc, rule, docTypes), domain));
}

/** Proclitic of a tagged span's first token: only one that leaves a known word or the article (بالخرطوم, ولندن). */
function cliticStrip(sc: Scanner, i: number): number {
  const entry = sc.entry(i);
  if (entry) return entry.strip;
  const a = sc.s.lex.article;
  const v = sc.variantsAt(i).find((x) => x.strip > 0 && !x.definite && a && x.form.startsWith(a) && x.form.length > a.length + 1);
  return v?.strip ?? 0;
}

/** Spans of BIO labels over PER/LOC/ORG. */
function spans(labels: string[]): Array<{ from: number; to: number; tag: string }> {
  const out: Array<{ from: number; to: number; tag: string }> = [];
  for (let k = 0; k < labels.length; ) {
    const l = labels[k] as string;
    const tag = l.slice(2);
    if (!l.startsWith('B-') || !TYPE[tag]) {
      k++;
      continue;
    }
    let e = k + 1;
    while (labels[e] === `I-${tag}`) e++;
    out.push({ from: k, to: e, tag });
    k = e;
  }
  return out;
}

/** A rule find the tagger may not overrule: a curated name, an acronym, a name with its role, a phrase a pattern built. */
const trusted = (f: Found): boolean =>
  !TAG[f.type] || f.type === 'group' || !!f.known || !!f.latin || !!f.role || f.to - f.from > 1;

/** The finds of one sentence after the tagger: trusted rule finds, then the tagger's spans that do not overlap them. */
export function retag(sc: Scanner, found: Found[], feats: string[][], model: TaggerModel): Found[] {
  const labels = decode(model, feats);
  const out = found.filter(trusted);
  const taken = new Uint8Array(sc.length);
  for (const f of out) taken.fill(1, f.from, f.to);
  for (const s of spans(labels)) {
    if (taken.subarray(s.from, s.to).some(Boolean)) continue;
    const type = TYPE[s.tag] as Found['type'];
    const same = found.find((f) => f.from === s.from && f.to === s.to && f.type === type);
    if (same) {
      out.push(same);
      continue;
    }
    const strip = cliticStrip(sc, s.from);
    const words = sc.forms.slice(s.from, s.to);
    words[0] = (words[0] ?? '').slice(strip);
    const f: Found = { from: s.from, to: s.to, strip, type, key: phraseKey(words.join(' ')) };
    if (type === 'person') f.role = appositionRole(sc, f.to);
    out.push(f);
  }
  return out.sort((a, b) => a.from - b.from || b.to - a.to);
}

/** Training sequences of one document: its features and one gold BIO label per scanner token. */
export function trainingSequences(sentences: RuleSentence[], gold: string[][], domain: string): Sequence[] {
  const feats = documentFeatures(sentences, domain);
  return feats.map((f, i) => ({ feats: f, gold: gold[i] ?? f.map(() => 'O') }));
}

const PROPAGATE_MAX = 4;
// Measured on AQMAR: spreading places and organisations adds more wrong spans than right ones; persons gain.
const PROPAGATED: ReadonlySet<Found['type']> = new Set(['person']);

/** A person the tagger found once in a document is the same person wherever else the words recur untagged. */
export function propagate(sentences: RuleSentence[]): RuleSentence[] {
  const votes = new Map<string, Map<Found['type'], number>>();
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
  if (!votes.size) return sentences;
  const best = new Map<string, Found['type']>();
  for (const [k, v] of votes) best.set(k, [...v].sort((a, b) => b[1] - a[1])[0]?.[0] as Found['type']);
  return sentences.map(({ sc, found }) => {
    const taken = new Uint8Array(sc.length);
    for (const f of found) taken.fill(1, f.from, f.to);
    const extra: Found[] = [];
    for (let i = 0; i < sc.length; i++) {
      if (taken[i] || sc.isStop(i)) continue;
      for (let n = Math.min(PROPAGATE_MAX, sc.length - i); n >= 1; n--) {
        if (taken.subarray(i, i + n).some(Boolean)) continue;
        const type = best.get(keyOf(sc, i, i + n));
        if (!type) continue;
        const strip = cliticStrip(sc, i);
        const words = sc.forms.slice(i, i + n);
        words[0] = (words[0] ?? '').slice(strip);
        extra.push({ from: i, to: i + n, strip, type, key: phraseKey(words.join(' ')) });
        taken.fill(1, i, i + n);
        i += n - 1;
        break;
      }
    }
    return extra.length ? { sc, found: [...found, ...extra].sort((a, b) => a.from - b.from || b.to - a.to) } : { sc, found };
  });
}
