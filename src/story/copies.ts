import type { Doc } from '../doc.js';
import { toCanonical } from '../text/normalise.js';
import type { CopyLink } from '../types.js';
import { LshIndex, MinHasher } from './minhash.js';
import { shingles } from './shingles.js';

const hasher = new MinHasher(128);
// 32 bands × 4 rows: pairs above Jaccard ≈ 0.4 are almost surely candidates.
const BANDS = 32;
const ROWS = 4;
const DUPLICATE = 0.9;
const NEAR = 0.5;
const CONTAINED = 0.8; // share of the shorter report found in the longer: a trimmed or padded copy

/** Canonical kept text of a document: what a copy would share. */
export function keptCanonical(doc: Doc): string {
  return doc.article.kept
    .map((k) => doc.norm.text.slice(toCanonical(doc.norm, k.start), toCanonical(doc.norm, k.end)))
    .join('\n');
}

function overlap(a: Set<number>, b: Set<number>): { jaccard: number; containment: number } {
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  const union = a.size + b.size - inter;
  return { jaccard: union ? inter / union : 0, containment: small.size ? inter / small.size : 0 };
}

/**
 * Which of two near-identical reports is the copy: the later one when both are dated, else the shorter one
 * (a syndicated copy trims and re-titles; it rarely adds), else the one read second.
 */
function isCopyOf(x: Item, y: Item): boolean {
  const [px, py] = [x.doc.article.published?.slice(0, 10), y.doc.article.published?.slice(0, 10)];
  if (px && py && px !== py) return px > py;
  if (x.sh.size !== y.sh.size) return x.sh.size < y.sh.size;
  return x.i > y.i;
}

interface Item {
  doc: Doc;
  i: number;
  sh: Set<number>;
}

/** Links each copy to the report it copies, so that ten copies count as one source. */
export function findCopies(docs: Doc[]): CopyLink[] {
  const items: Item[] = docs.map((doc, i) => ({ doc, i, sh: shingles(keptCanonical(doc)) }));
  const index = new LshIndex<number>(BANDS, ROWS);
  const best = new Map<number, CopyLink>();
  for (const item of items) {
    if (item.sh.size === 0) continue;
    for (const c of index.add(item.i, hasher.signature(item.sh))) {
      const other = items[c] as Item;
      const { jaccard, containment } = overlap(item.sh, other.sh);
      const score = Math.max(jaccard, containment >= CONTAINED ? containment : 0);
      if (score < NEAR) continue;
      const [copy, original] = isCopyOf(item, other) ? [item, other] : [other, item];
      const kind = jaccard >= DUPLICATE ? 'duplicate' : 'near-duplicate';
      const prev = best.get(copy.i);
      if (!prev || prev.similarity < score) {
        best.set(copy.i, { articleId: copy.doc.article.id, copyOf: original.doc.article.id, similarity: round(score), kind });
      }
    }
  }
  return toRoots([...best.values()]);
}

/** A copy of a copy points at the first report of the chain. */
function toRoots(links: CopyLink[]): CopyLink[] {
  const parent = new Map(links.map((l) => [l.articleId, l.copyOf]));
  const root = (id: string): string => {
    let cur = id;
    for (let guard = 0; parent.has(cur) && guard < links.length; guard++) cur = parent.get(cur) as string;
    return cur;
  };
  return links.map((l) => ({ ...l, copyOf: root(l.copyOf) }));
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
