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
 * Links each copy to the earliest report it copies (by publication date, then input order),
 * so that ten copies count as one source.
 */
export function findCopies(docs: Doc[]): CopyLink[] {
  const order = docs
    .map((doc, i) => ({ doc, i, sh: shingles(keptCanonical(doc)) }))
    .sort((x, y) => (x.doc.article.published ?? '9999').localeCompare(y.doc.article.published ?? '9999') || x.i - y.i);
  const index = new LshIndex<number>(BANDS, ROWS);
  const links: CopyLink[] = [];
  order.forEach((item, pos) => {
    if (item.sh.size === 0) return;
    const candidates = index.add(pos, hasher.signature(item.sh));
    let best: CopyLink | undefined;
    for (const c of candidates) {
      const other = order[c];
      if (!other) continue;
      const { jaccard, containment } = overlap(item.sh, other.sh);
      const score = Math.max(jaccard, containment >= CONTAINED ? containment : 0);
      if (score < NEAR || (best && best.similarity >= score)) continue;
      const kind = jaccard >= DUPLICATE ? 'duplicate' : 'near-duplicate';
      best = { articleId: item.doc.article.id, copyOf: other.doc.article.id, similarity: round(score), kind };
    }
    if (best) links.push(best);
  });
  return toRoots(links);
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
