// An averaged structured perceptron over BIO labels with first-order Viterbi decoding. It knows nothing of scanners or
// languages: a sequence is a list of feature strings per token; see features.ts for what they are.

import { seededRandom } from '../../random.js';

export interface TaggerModel {
  labels: string[];
  /** feature → weight per label (same order as labels). */
  weights: Map<string, Float32Array>;
  /** Transition weights: row = previous label (last row: sentence start), column = label. */
  trans: Float32Array;
}

export interface Sequence {
  feats: string[][];
  gold: string[];
}

export interface TrainOptions {
  epochs?: number;
  /** Seed of the shuffle between epochs (training is deterministic for one seed). */
  seed?: number;
  /** Features seen in fewer training tokens than this are dropped. */
  minCount?: number;
  /** Each sequence's weight: it is visited this many times per epoch (a small in-domain set counts more). */
  repeat?: (i: number) => number;
}

/** An I- label may only follow B- or I- of its own type. */
const allowed = (prev: string | undefined, label: string): boolean =>
  !label.startsWith('I-') || (prev !== undefined && prev.length > 2 && prev.slice(2) === label.slice(2));

/** Which label may follow which: row = previous label (last row: sentence start). */
function transitions(labels: string[]): Uint8Array {
  const L = labels.length;
  const ok = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) for (let l = 0; l < L; l++) ok[p * L + l] = allowed(labels[p], labels[l] as string) ? 1 : 0;
  return ok;
}

const masks = new WeakMap<string[], Uint8Array>();

/** Best label sequence under emission scores em[t * L + l] and the transition table. */
function viterbi(em: Float64Array, n: number, labels: string[], trans: ArrayLike<number>): number[] {
  const L = labels.length;
  let ok = masks.get(labels);
  if (!ok) {
    ok = transitions(labels);
    masks.set(labels, ok);
  }
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let l = 0; l < L; l++) score[l] = ok[L * L + l] ? (em[l] as number) + (trans[L * L + l] as number) : -Infinity;
  for (let t = 1; t < n; t++) {
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ok[p * L + l]) continue;
        const s = (score[(t - 1) * L + p] as number) + (trans[p * L + l] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[t * L + l] = best + (em[t * L + l] as number);
      back[t * L + l] = arg;
    }
  }
  const out = new Array<number>(n).fill(0);
  let best = -Infinity;
  for (let l = 0; l < L; l++) {
    if ((score[(n - 1) * L + l] as number) > best) {
      best = score[(n - 1) * L + l] as number;
      out[n - 1] = l;
    }
  }
  for (let t = n - 1; t > 0; t--) out[t - 1] = back[t * L + (out[t] as number)] as number;
  return out;
}

/** The best BIO labels of one sentence. */
export function decode(model: TaggerModel, feats: string[][]): string[] {
  const L = model.labels.length;
  const n = feats.length;
  if (!n) return [];
  const em = new Float64Array(n * L);
  const weights = model.weights;
  for (let t = 0; t < n; t++) {
    const f = feats[t] as string[];
    const base = t * L;
    for (let j = 0; j < f.length; j++) {
      const w = weights.get(f[j] as string);
      if (w === undefined) continue;
      for (let l = 0; l < L; l++) em[base + l] = (em[base + l] as number) + (w[l] as number);
    }
  }
  return viterbi(em, n, model.labels, model.trans).map((l) => model.labels[l] as string);
}

/** Averaged structured perceptron (Collins 2002) with Viterbi decoding. */
export function train(seqs: Sequence[], opts: TrainOptions = {}): TaggerModel {
  const { epochs = 10, seed = 1, minCount = 1, repeat = () => 1 } = opts;
  const labels = [...new Set(['O', ...seqs.flatMap((s) => s.gold)])].sort((a, b) =>
    a === 'O' ? -1 : b === 'O' ? 1 : a.localeCompare(b),
  );
  const L = labels.length;
  const index = new Map(labels.map((l, i) => [l, i]));
  const count = new Map<string, number>();
  for (const s of seqs) for (const f of s.feats) for (const k of f) count.set(k, (count.get(k) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [k, c] of count) if (c >= minCount) ids.set(k, ids.size);
  // each sequence as one flat array of feature ids with token offsets
  const data = seqs.map((s) => {
    const flat: number[] = [];
    const at = [0];
    for (const f of s.feats) {
      for (const k of f) {
        const id = ids.get(k);
        if (id !== undefined) flat.push(id * L);
      }
      at.push(flat.length);
    }
    return { flat: Int32Array.from(flat), at: Int32Array.from(at), gold: Int32Array.from(s.gold, (g) => index.get(g) ?? 0) };
  });
  const w = new Float64Array(ids.size * L);
  const u = new Float64Array(ids.size * L); // c-weighted updates, for the average
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let c = 1;
  const order: number[] = data.flatMap((_, i) => new Array<number>(Math.max(1, repeat(i))).fill(i));
  const rnd = seededRandom(seed);
  const bump = (a: Float64Array, b: Float64Array, i: number, d: number): void => {
    a[i] = (a[i] as number) + d;
    b[i] = (b[i] as number) + d * c;
  };
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const si of order) {
      const { flat, at, gold } = data[si] as (typeof data)[number];
      const n = gold.length;
      if (!n) continue;
      const em = new Float64Array(n * L);
      for (let t = 0; t < n; t++) {
        const end = at[t + 1] as number;
        for (let j = at[t] as number; j < end; j++) {
          const base = flat[j] as number;
          for (let l = 0; l < L; l++) em[t * L + l] = (em[t * L + l] as number) + (w[base + l] as number);
        }
      }
      const pred = viterbi(em, n, labels, tw);
      for (let t = 0; t < n; t++) {
        const g = gold[t] as number;
        const p = pred[t] as number;
        const gp = t ? (gold[t - 1] as number) : L;
        const pp = t ? (pred[t - 1] as number) : L;
        if (g !== p) {
          const end = at[t + 1] as number;
          for (let j = at[t] as number; j < end; j++) {
            bump(w, u, (flat[j] as number) + g, 1);
            bump(w, u, (flat[j] as number) + p, -1);
          }
        }
        if (g !== p || gp !== pp) {
          bump(tw, tu, gp * L + g, 1);
          bump(tw, tu, pp * L + p, -1);
        }
      }
      c++;
    }
  }
  const weights = new Map<string, Float32Array>();
  for (const [k, id] of ids) {
    const row = new Float32Array(L);
    let any = false;
    for (let l = 0; l < L; l++) {
      row[l] = (w[id * L + l] as number) - (u[id * L + l] as number) / c;
      if (row[l] !== 0) any = true;
    }
    if (any) weights.set(k, row);
  }
  const trans = Float32Array.from(tw, (v, i) => v - (tu[i] as number) / c);
  return { labels, weights, trans };
}

/** Drop features whose largest absolute weight is below `min` (a smaller model file, nearly the same tags). */
export function prune(model: TaggerModel, min: number): TaggerModel {
  const weights = new Map<string, Float32Array>();
  for (const [k, row] of model.weights) if (row.some((v) => Math.abs(v) >= min)) weights.set(k, row);
  return { ...model, weights };
}

/** Models of the same labels trained on different shuffles, as one: their weights summed (Viterbi does not mind the
 * scale), so tagging costs what one model costs. */
export function combine(models: TaggerModel[]): TaggerModel {
  const first = models[0];
  if (!first) throw new Error('combine: no models');
  const L = first.labels.length;
  const weights = new Map<string, Float32Array>();
  const trans = new Float32Array(first.trans.length);
  for (const m of models) {
    if (m.labels.join() !== first.labels.join()) throw new Error('combine: models with different labels');
    m.trans.forEach((v, i) => {
      trans[i] = (trans[i] as number) + v;
    });
    for (const [k, row] of m.weights) {
      const sum = weights.get(k) ?? new Float32Array(L);
      for (let l = 0; l < L; l++) sum[l] = (sum[l] as number) + (row[l] as number);
      weights.set(k, sum);
    }
  }
  return { labels: first.labels, weights, trans };
}

const DOMAIN = /^([a-z]+):/;

/** One domain's model: a feature's shared weights plus its copy for this domain, under the plain name; the other
 * domains' copies are dropped. It reads plain (not augmented) features: half the lookups. */
export function foldDomain(model: TaggerModel, domain: string): TaggerModel {
  const L = model.labels.length;
  const weights = new Map<string, Float32Array>();
  for (const [k, row] of model.weights) {
    const d = DOMAIN.exec(k)?.[1];
    if (d !== undefined && d !== domain) continue;
    const name = d === undefined ? k : k.slice(d.length + 1);
    const sum = weights.get(name) ?? new Float32Array(L);
    for (let l = 0; l < L; l++) sum[l] = (sum[l] as number) + (row[l] as number);
    weights.set(name, sum);
  }
  return { ...model, weights };
}

const num = (v: number): string => String(Math.round(v * 100) / 100);

/** The model as text: `#` header lines, the labels, the transition table, then one feature per line with its weights
 * (two decimals; a feature whose weights all round to zero is left out). */
export function modelToText(model: TaggerModel, header: string[] = []): string {
  const lines = [
    ...header.map((h) => `# ${h}`),
    `labels\t${model.labels.join(' ')}`,
    `trans\t${[...model.trans].map(num).join(' ')}`,
  ];
  for (const k of [...model.weights.keys()].sort()) {
    const row = [...(model.weights.get(k) as Float32Array)].map(num);
    if (row.some((v) => v !== '0')) lines.push(`${k}\t${row.join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The model back from `modelToText`; a malformed line names its number. */
export function modelFromText(text: string): TaggerModel {
  let labels: string[] = [];
  let trans = new Float32Array(0);
  const weights = new Map<string, Float32Array>();
  text.split('\n').forEach((line, i) => {
    if (!line || line.startsWith('#')) return;
    const tab = line.indexOf('\t');
    if (tab < 1) throw new Error(`tagger model line ${i + 1}: no tab`);
    const key = line.slice(0, tab);
    const values = line.slice(tab + 1).split(' ');
    if (key === 'labels' && !labels.length) labels = values;
    else if (key === 'trans' && !trans.length) trans = Float32Array.from(values, Number);
    else if (values.length !== labels.length || values.some((v) => Number.isNaN(Number(v))))
      throw new Error(`tagger model line ${i + 1}: expected ${labels.length} numbers`);
    else weights.set(key, Float32Array.from(values, Number));
  });
  if (!labels.length || trans.length !== (labels.length + 1) * labels.length)
    throw new Error('tagger model: no labels or transitions');
  return { labels, weights, trans };
}
