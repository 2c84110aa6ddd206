import { describe, expect, it } from 'vitest';
import { estimateJaccard, LshIndex, MinHasher } from '../src/story/minhash.js';

function set(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => (from + i) * 2654435761);
}

function exactJaccard(a: number[], b: number[]): number {
  const sa = new Set(a);
  const inter = b.filter((x) => sa.has(x)).length;
  return inter / (sa.size + b.length - inter);
}

describe('MinHash', () => {
  const hasher = new MinHasher(256);

  it('estimates Jaccard within a few points across overlaps', () => {
    for (const [lo, hi] of [
      [0, 1000],
      [300, 1300],
      [700, 1700],
      [950, 1950],
    ] as const) {
      const a = set(0, 1000);
      const b = set(lo, hi);
      const est = estimateJaccard(hasher.signature(a), hasher.signature(b));
      expect(Math.abs(est - exactJaccard(a, b))).toBeLessThan(0.08);
    }
  });

  it('is deterministic across instances with the same seed', () => {
    const a = set(0, 50);
    expect(Array.from(new MinHasher(64, 7).signature(a))).toEqual(Array.from(new MinHasher(64, 7).signature(a)));
    expect(Array.from(new MinHasher(64, 7).signature(a))).not.toEqual(Array.from(new MinHasher(64, 8).signature(a)));
  });
});

describe('LSH index', () => {
  it('finds near-duplicates and ignores unrelated sets', () => {
    const hasher = new MinHasher(128);
    const index = new LshIndex<string>(32, 4);
    index.add('original', hasher.signature(set(0, 500)));
    index.add('unrelated', hasher.signature(set(10_000, 10_500)));
    const found = index.add('copy', hasher.signature(set(20, 520)));
    expect(found.has('original')).toBe(true);
    expect(found.has('unrelated')).toBe(false);
  });
});
