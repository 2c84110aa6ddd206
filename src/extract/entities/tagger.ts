// An averaged-perceptron BIO tagger over scanner tokens, stacked on the rules: it sees the rule's tag as a feature,
// so it can learn a corpus's conventions (nationalities as PER, adjectives inside LOC) from tagged text.
import type { Scanner } from './scanner.js';

export interface TaggerModel {
  labels: string[];
  /** feature → weight per label (same order as labels). */
  weights: Record<string, number[]>;
}

export interface Sequence {
  feats: string[][];
  gold: string[];
}

const bucket = (n: number): string => (n <= 2 ? 's' : n <= 4 ? 'm' : n <= 7 ? 'l' : 'xl');

/** Features of token i; `rule` holds the rules' BIO tag per token. */
export function tokenFeatures(sc: Scanner, i: number, rule: string[]): string[] {
  const f = sc.forms[i] ?? '';
  const out = ['bias', `w=${f}`, `p2=${f.slice(0, 2)}`, `s2=${f.slice(-2)}`, `s3=${f.slice(-3)}`, `len=${bucket(f.length)}`];
  for (const v of sc.variantsAt(i)) if (v.strip) out.push(`v=${v.form}`);
  out.push(`w-1=${sc.forms[i - 1] ?? '<s>'}`, `w+1=${sc.forms[i + 1] ?? '</s>'}`, `w-2=${sc.forms[i - 2] ?? '<s>'}`);
  out.push(`w+2=${sc.forms[i + 2] ?? '</s>'}`, `p3=${f.slice(0, 3)}`, `s2-1=${(sc.forms[i - 1] ?? '').slice(-2)}`);
  out.push(`s2+1=${(sc.forms[i + 1] ?? '').slice(-2)}`);
  if (sc.isNisba(i + 1)) out.push('nisba+1');
  if (sc.startsWithArticle(i + 1)) out.push('def+1');
  if (sc.nameLike(i - 1)) out.push('namelike-1');
  if (sc.nameLike(i + 1)) out.push('namelike+1');
  out.push(`r=${rule[i] ?? 'O'}`, `r-1=${rule[i - 1] ?? '<s>'}`, `r+1=${rule[i + 1] ?? '</s>'}`, `r|w=${rule[i] ?? 'O'}|${f}`);
  if (sc.startsWithArticle(i)) out.push('def');
  if (sc.nameLike(i)) out.push('namelike');
  if (sc.isStop(i)) out.push('stop');
  if (sc.s.common.has(f)) out.push('common');
  if (sc.isNisba(i)) out.push('nisba');
  if (sc.toks[i]?.latin) out.push('latin');
  if (sc.s.placeHeads.has(sc.forms[i - 1] ?? '')) out.push('after-place-head');
  if (sc.s.orgHeads.has(f)) out.push('org-head');
  if (sc.s.titles.has(sc.forms[i - 1] ?? '')) out.push('after-title');
  const e = sc.entry(i);
  if (e) out.push(`gaz=${e.value.type}`);
  return out;
}

function score(model: TaggerModel, feats: string[], prev: string, out: Float64Array): void {
  out.fill(0);
  const add = (k: string): void => {
    const w = model.weights[k];
    if (w) for (let l = 0; l < out.length; l++) out[l] = (out[l] as number) + (w[l] ?? 0);
  };
  for (const k of feats) add(k);
  add(`prev=${prev}`);
  add(`prev|${feats[1] ?? ''}`);
}

/** Greedy left-to-right decoding; an I- tag without a matching tag before it becomes B-. */
export function decode(model: TaggerModel, feats: string[][]): string[] {
  const out: string[] = [];
  const s = new Float64Array(model.labels.length);
  for (const f of feats) {
    score(model, f, out.at(-1) ?? '<s>', s);
    let best = 0;
    for (let l = 1; l < s.length; l++) if ((s[l] as number) > (s[best] as number)) best = l;
    let label = model.labels[best] ?? 'O';
    const prev = out.at(-1) ?? 'O';
    if (label.startsWith('I-') && prev.slice(2) !== label.slice(2)) label = `B-${label.slice(2)}`;
    out.push(label);
  }
  return out;
}

/** Averaged perceptron training (deterministic: sequences in the given order). */
export function train(seqs: Sequence[], epochs = 8): TaggerModel {
  const labels = [...new Set(['O', ...seqs.flatMap((s) => s.gold)])];
  const index = new Map(labels.map((l, i) => [l, i]));
  const model: TaggerModel = { labels, weights: {} };
  const totals: Record<string, number[]> = {};
  const stamps: Record<string, number[]> = {};
  let c = 1;
  const row = (table: Record<string, number[]>, k: string): number[] => {
    let r = table[k];
    if (!r) {
      r = new Array(labels.length).fill(0);
      table[k] = r;
    }
    return r;
  };
  const update = (k: string, l: number, d: number): void => {
    const w = row(model.weights, k);
    const t = row(totals, k);
    const st = row(stamps, k);
    t[l] = (t[l] as number) + (c - (st[l] as number)) * (w[l] as number);
    st[l] = c;
    w[l] = (w[l] as number) + d;
  };
  const s = new Float64Array(labels.length);
  for (let e = 0; e < epochs; e++) {
    for (const seq of seqs) {
      let prev = '<s>';
      seq.feats.forEach((f, i) => {
        score(model, f, prev, s);
        let best = 0;
        for (let l = 1; l < s.length; l++) if ((s[l] as number) > (s[best] as number)) best = l;
        const gold = index.get(seq.gold[i] ?? 'O') ?? 0;
        if (best !== gold) {
          for (const k of [...f, `prev=${prev}`, `prev|${f[1] ?? ''}`]) {
            update(k, gold, 1);
            update(k, best, -1);
          }
        }
        prev = seq.gold[i] ?? 'O';
        c++;
      });
    }
  }
  for (const [k, w] of Object.entries(model.weights)) {
    const t = totals[k] as number[];
    const st = stamps[k] as number[];
    model.weights[k] = w.map((v, l) => ((t[l] as number) + (c - (st[l] as number)) * v) / c);
  }
  return model;
}
