// Training the stacked tagger (src/extract/entities/tagger.ts) on tagged gold, and scoring it on AQMAR by document-level
// cross-validation: every AQMAR file is tagged by a model (and a common-word list) that never saw it.
import { documentTitle, recogniseWith, ruleSentences } from '../src/extract/entities/recognise.js';
import { type RuleSentence, trainingSequences } from '../src/extract/entities/stacked.js';
import { combine, foldDomain, prune, type Sequence, type TaggerModel, train } from '../src/extract/entities/tagger.js';
import { type Language, languages } from '../src/lang/index.js';
import { toOriginal } from '../src/text/normalise.js';
import {
  type Counts,
  type GoldDoc,
  type GoldSentence,
  goldDoc,
  learnCommonWords,
  predictSpans,
  readTagged,
  scoreFiles,
  TYPES,
  zero,
} from './entities.js';

export const FOLDS = 4;

/** The recipe every fold and the shipped model (scripts/train-entities.ts) train with. */
export const RECIPE = {
  epochs: 12,
  /** One model per shuffle seed, combined. */
  seeds: [7, 11, 23],
  minCount: 2,
  /** The news set is small: each news document is seen this many times per epoch. */
  newsRepeat: 3,
  /** Features whose averaged weights all stay below this are dropped (measured: AQMAR and held-out unchanged, model 20% smaller). */
  prune: 1,
};

export interface TaggedFile {
  id: string;
  text: string;
  /** The file opens with its title (AQMAR). */
  titled?: boolean;
}

/** Gold labels on the scanner's tokens (a gold token the scanner splits continues its entity). */
function goldOnTokens(g: GoldDoc, sents: GoldSentence[], rs: RuleSentence[]): string[][] {
  return rs.map(({ sc }, si) => {
    const spans = g.offsets[si] ?? [];
    const tags = sents[si]?.tags ?? [];
    let lastGold = -1;
    return sc.toks.map((t) => {
      const o = toOriginal(g.doc.norm, t.start, t.end);
      const gi = spans.findIndex(([a, b]) => o.start < b && o.end > a);
      let tag = gi >= 0 ? (tags[gi] ?? 'O') : 'O';
      if (gi === lastGold && tag.startsWith('B-')) tag = `I-${tag.slice(2)}`;
      lastGold = gi;
      return tag;
    });
  });
}

/** Training sequences of tagged files in one domain. */
export function sequencesOf(files: TaggedFile[], domain: string): Sequence[] {
  return files.flatMap((f) => {
    const sents = readTagged(f.text);
    const g = goldDoc(sents, f.id, f.titled);
    const rs = ruleSentences(g.doc);
    return trainingSequences(rs, goldOnTokens(g, sents, rs), domain, documentTitle(g.doc));
  });
}

/** The model of the recipe, in both domains: wiki-domain files (AQMAR) and news-domain files (our news set). Fold it
 * to one domain (`foldDomain`) to tag with it. */
export function trainEntityModel(wiki: TaggedFile[], news: TaggedFile[]): TaggerModel {
  const w = sequencesOf(wiki, 'wiki');
  const n = sequencesOf(news, 'news');
  const models = RECIPE.seeds.map((seed) =>
    train([...w, ...n], {
      epochs: RECIPE.epochs,
      seed,
      minCount: RECIPE.minCount,
      repeat: (i) => (i >= w.length ? RECIPE.newsRepeat : 1),
    }),
  );
  return prune(combine(models), RECIPE.prune * models.length);
}

/** Runs `fn` with the Arabic lexicon's common words replaced (learned from training files only). */
export function withCommonWords<T>(commonWords: string[], fn: () => T): T {
  const shipped = languages.ar as Language;
  try {
    languages.ar = { ...shipped, entities: { ...shipped.entities, commonWords } } as Language;
    return fn();
  } finally {
    languages.ar = shipped;
  }
}

const add = (a: Counts, b: Counts): void => {
  for (const t of TYPES) {
    a.tp[t] += b.tp[t];
    a.pred[t] += b.pred[t];
    a.gold[t] += b.gold[t];
  }
};

/**
 * AQMAR by document-level k-fold cross-validation (fold = file index mod k). Each fold learns its common words and
 * trains its model from its training files (plus the news set) and tags the rest in the wiki domain;
 * `withModel: false` scores the rules alone the same way.
 */
export function scoreCrossValidated(aqmar: TaggedFile[], news: TaggedFile[], withModel = true, folds = FOLDS): Counts {
  const total: Counts = { tp: zero(), pred: zero(), gold: zero() };
  for (let k = 0; k < folds; k++) {
    const test = aqmar.filter((_, i) => i % folds === k);
    const trainFiles = aqmar.filter((_, i) => i % folds !== k);
    const common = learnCommonWords(trainFiles.map((f) => f.text));
    withCommonWords(common, () => {
      const model = withModel ? foldDomain(trainEntityModel(trainFiles, news), 'wiki') : null;
      add(
        total,
        scoreFiles(test, (sents, id, titled) => predictSpans(sents, id, (doc) => recogniseWith(doc, { model }), 'outer', titled)),
      );
    });
  }
  return total;
}
