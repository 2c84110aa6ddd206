// The stacked perceptron tagger (optional, scored by `npm run eval:entities -- --tagger`): deterministic training,
// BIO-valid decoding, and learning from the features it is given.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, type Sequence, train } from '../src/extract/entities/tagger.js';
import { repoRoot } from './helpers.js';

/** Sequences from our news gold: the token itself and its neighbours as features. */
function newsSequences(): Sequence[] {
  const text = readFileSync(join(repoRoot, 'eval/gold/entities/news-ar.txt'), 'utf8');
  return text
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((l) => l.trim().split(/\s+/)))
    .map((rows) => rows.filter((r) => r.length >= 2))
    .filter((rows) => rows.length > 0)
    .map((rows) => {
      const words = rows.map((r) => r[0] as string);
      const feats = words.map((w, i) => [
        `w=${w}`,
        `w-1=${words[i - 1] ?? '<s>'}`,
        `w+1=${words[i + 1] ?? '</s>'}`,
        `s2=${w.slice(-2)}`,
      ]);
      return { feats, gold: rows.map((r) => r.at(-1) as string) };
    });
}

describe('entity tagger', () => {
  const seqs = newsSequences();
  const train1 = train(seqs, { epochs: 4, seed: 3 });

  it('trains deterministically for one seed', () => {
    const again = train(seqs, { epochs: 4, seed: 3 });
    expect([...again.weights.keys()]).toEqual([...train1.weights.keys()]);
    expect(Array.from(again.trans)).toEqual(Array.from(train1.trans));
    const k = [...train1.weights.keys()][10] as string;
    expect(Array.from(again.weights.get(k) ?? [])).toEqual(Array.from(train1.weights.get(k) ?? []));
  });

  it('fits the sentences it was trained on', () => {
    let right = 0;
    let total = 0;
    for (const s of seqs) {
      const tags = decode(train1, s.feats);
      s.gold.forEach((g, i) => {
        total++;
        if (tags[i] === g) right++;
      });
    }
    expect(right / total).toBeGreaterThan(0.95);
  });

  it('never decodes an I- tag that does not continue its own type', () => {
    for (const s of seqs) {
      const tags = decode(train1, s.feats);
      tags.forEach((t, i) => {
        if (t.startsWith('I-')) expect((tags[i - 1] ?? 'O').slice(2)).toBe(t.slice(2));
      });
    }
  });
});
