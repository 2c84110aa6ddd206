// The stacked perceptron tagger: deterministic training, BIO-valid decoding, domain folding, combining, the model
// file, and the shipped model: what the recipe gives, and in use by the pipeline.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aqmarDir } from '../eval/entities.js';
import { trainedText } from '../scripts/train-entities.js';
import { augment } from '../src/extract/entities/features.js';
import { recogniseEntities } from '../src/extract/entities/index.js';
import { recogniseWith } from '../src/extract/entities/recognise.js';
import {
  combine,
  decode,
  foldDomain,
  modelFromText,
  modelToText,
  type Sequence,
  type TaggerModel,
  train,
} from '../src/extract/entities/tagger.js';
import { entities } from '../src/lang/ar/entities.js';
import { docOf } from './entities-doc.js';
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

describe('tagger models', () => {
  const seqs = newsSequences();
  // two domains: even sentences as 'news', odd as 'wiki', every feature doubled as in training
  const both = train(
    seqs.map((q, i) => ({ feats: augment(q.feats, i % 2 ? 'wiki' : 'news'), gold: q.gold })),
    { epochs: 3, seed: 5 },
  );
  const labelsOf = (m: TaggerModel, feats: (q: Sequence) => string[][]): string[] => seqs.flatMap((q) => decode(m, feats(q)));

  it('folds a domain: plain features on the folded model tag as doubled features on the whole model', () => {
    for (const domain of ['news', 'wiki']) {
      const folded = foldDomain(both, domain);
      expect(folded.weights.size).toBeLessThan(both.weights.size);
      expect(labelsOf(folded, (q) => q.feats)).toEqual(labelsOf(both, (q) => augment(q.feats, domain)));
    }
  });

  it('combines models into one that tags as their sum', () => {
    const other = train(seqs, { epochs: 3, seed: 9 });
    const single = train(seqs, { epochs: 3, seed: 5 });
    expect(labelsOf(combine([single, single]), (q) => q.feats)).toEqual(labelsOf(single, (q) => q.feats));
    const mixed = labelsOf(combine([single, other]), (q) => q.feats);
    expect(mixed).not.toEqual(labelsOf(single, (q) => q.feats).map(() => 'O'));
    expect(() => combine([])).toThrow(/no models/);
  });

  it('writes a model as text and reads it back, naming a broken line', () => {
    const model = foldDomain(both, 'news');
    const text = modelToText(model, ['a header']);
    expect(text.startsWith('# a header\nlabels\t')).toBe(true);
    const back = modelFromText(text);
    expect(back.labels).toEqual(model.labels);
    const a = labelsOf(model, (q) => q.feats);
    const b = labelsOf(back, (q) => q.feats);
    // weights are kept to two decimals: the tags stay the same but for near ties
    expect(a.filter((l, i) => l !== b[i]).length).toBeLessThan(a.length / 200);
    const broken = text.replace(/\n(w=[^\t]+)\t[^\n]+/, '\n$1\t1 2');
    expect(() => modelFromText(broken)).toThrow(/line \d+: expected \d+ numbers/);
    expect(() => modelFromText('# nothing\n')).toThrow(/no labels/);
  });
});

describe('the shipped Arabic tagger', () => {
  it('is in use: it finds what the rules alone miss', () => {
    const doc = docOf('وفي عام 1687 نشر إسحاق نيوتن كتابه الذي وضع فيه قوانين الحركة.');
    // the span may move with retraining (نيوتن, إسحاق نيوتن): what must hold is that only the tagger finds him
    const newton = (ms: Array<{ text: string; type: string }>) => ms.some((m) => m.type === 'person' && m.text.includes('نيوتن'));
    expect(newton(recogniseWith(doc, { model: null }))).toBe(false);
    expect(newton(recogniseEntities(doc))).toBe(true);
  });

  it.runIf(existsSync(aqmarDir))(
    'is what the recipe gives from AQMAR and the news set (npm run train:entities)',
    () => {
      expect(trainedText()).toBe(readFileSync(entities.tagger as URL, 'utf8'));
    },
    120_000,
  );
});
