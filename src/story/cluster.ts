import type { Doc } from '../doc.js';
import type { CopyLink, Mention } from '../types.js';
import { docFeatures } from './features.js';

const LINK_NAMES = 0.2; // the same on entity names (in Latin) and figures alone: what Arabic and English reports share (demo: 0.26–0.39 across languages, other events below 0.09)
const LINK = 0.12; // tf-idf cosine above which two reports cover one event (seeds: 0.10–0.20 before entities; unrelated events below 0.06)
const MAX_DAYS_APART = 21;
const TOP_FEATURES = 25;

type Vector = Map<string, number>;

function tfidf(features: Map<string, number>[]): Vector[] {
  const df = new Map<string, number>();
  for (const f of features) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = features.length;
  return features.map((f) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [k, tf] of f) {
      const w = (1 + Math.log(tf)) * (Math.log((n + 1) / ((df.get(k) ?? 0) + 1)) + 1);
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) dot += w * (large.get(k) ?? 0);
  return dot;
}

function daysApart(a?: string, b?: string): number {
  if (!a || !b) return 0;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** Union-find over report pairs that are copies or similar enough; each set is a story. */
export function clusterDocs(docs: Doc[], copies: CopyLink[], mentions: Map<string, Mention[]> = new Map()): string[][] {
  const ids = docs.map((d) => d.article.id);
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    parent[i] = r;
    return r;
  };
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const pos = new Map(ids.map((id, i) => [id, i]));
  for (const c of copies) {
    const i = pos.get(c.articleId);
    const j = pos.get(c.copyOf);
    if (i !== undefined && j !== undefined) union(i, j);
  }
  const features = docs.map((d) => docFeatures(d, mentions.get(d.article.id) ?? []));
  const vectors = tfidf(features);
  const names = tfidf(features.map((f) => new Map([...f].filter(([k]) => !k.startsWith('w:')))));
  const similar = (i: number, j: number) =>
    cosine(vectors[i] as Vector, vectors[j] as Vector) >= LINK || cosine(names[i] as Vector, names[j] as Vector) >= LINK_NAMES;
  // Candidate pairs share one of their strongest features: no all-pairs scan on large batches.
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    const strongest = (m: Vector) => [...m].sort((x, y) => y[1] - x[1]).slice(0, TOP_FEATURES);
    const top = [...strongest(v), ...strongest(names[i] as Vector)];
    for (const [k] of top) {
      const list = postings.get(k) ?? [];
      for (const j of list) {
        if (find(i) === find(j)) continue;
        if (daysApart(docs[i]?.article.published, docs[j]?.article.published) > MAX_DAYS_APART) continue;
        if (similar(i, j)) union(i, j);
      }
      list.push(i);
      postings.set(k, list);
    }
  });
  const groups = new Map<number, string[]>();
  ids.forEach((id, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), id]);
  });
  return [...groups.values()].sort((a, b) => b.length - a.length);
}
