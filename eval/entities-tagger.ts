// The stacked perceptron tagger (src/extract/entities/tagger.ts) trained and scored on AQMAR-format gold.
// Not used by the pipeline: it helps on AQMAR (in-domain) and hurts on the news set; see eval/gold/entities/README.md.

import { recogniseEntities } from '../src/extract/entities/index.js';
import type { EntityLexicon } from '../src/extract/entities/lexicon.js';
import { lexiconSets, Scanner } from '../src/extract/entities/scanner.js';
import { decode, type Sequence, type TaggerModel, tokenFeatures, train } from '../src/extract/entities/tagger.js';
import { tokenize } from '../src/extract/entities/tokens.js';
import { getLanguage } from '../src/lang/index.js';
import { toOriginal } from '../src/text/normalise.js';
import {
  type Counts,
  corpora,
  entityScores,
  type GoldDoc,
  type GoldSentence,
  goldDoc,
  readTagged,
  scoreFiles,
  scoreTwoFold,
  TAG_OF,
  TYPES,
  tokenSpan,
} from './entities.js';
import type { Score } from './types.js';

/** Scanner tokens of every sentence with rule tags and gold tags, for the tagger. */
function taggerSequences(g: GoldDoc, sents: GoldSentence[]): Array<{ sc: Scanner; seq: Sequence; si: number }> {
  const lex = getLanguage('ar')?.entities as EntityLexicon;
  const sets = lexiconSets(lex);
  const { doc } = g;
  const mentions = recogniseEntities(doc);
  return g.sentences.map((s, si) => {
    const sc = new Scanner(
      tokenize(doc.norm.text, s.nStart, s.nEnd, doc.article.original, doc.norm.origStart, doc.norm.origEnd),
      sets,
    );
    const orig = sc.toks.map((t) => toOriginal(doc.norm, t.start, t.end));
    const rule = orig.map(() => 'O');
    for (const m of mentions) {
      const tag = TAG_OF[m.type] ?? (m.type === 'group' ? 'GRP' : 'OTH');
      let begun = false;
      orig.forEach((o, k) => {
        if (o.start < m.end && o.end > m.start && rule[k] === 'O') {
          rule[k] = `${begun ? 'I' : 'B'}-${tag}`;
          begun = true;
        }
      });
    }
    const spans = g.offsets[si] ?? [];
    const goldTags = sents[si]?.tags ?? [];
    let lastGold = -1;
    const gold = orig.map((o) => {
      const gi = spans.findIndex(([a, b]) => o.start < b && o.end > a);
      let tag = gi >= 0 ? (goldTags[gi] ?? 'O') : 'O';
      if (gi === lastGold && tag.startsWith('B-')) tag = `I-${tag.slice(2)}`; // one gold token split in two
      lastGold = gi;
      return tag;
    });
    const feats = sc.toks.map((_, i) => tokenFeatures(sc, i, rule));
    return { sc, seq: { feats, gold }, si };
  });
}

/** Tagger predictions as gold-token spans. */
function taggedSpans(model: TaggerModel, g: GoldDoc, sents: GoldSentence[]): Set<string> {
  const out = new Set<string>();
  for (const { sc, seq, si } of taggerSequences(g, sents)) {
    const tags = decode(model, seq.feats);
    let k = 0;
    while (k < tags.length) {
      const t = tags[k] as string;
      if (!t.startsWith('B-') || !(TYPES as readonly string[]).includes(t.slice(2))) {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < tags.length && tags[e] === `I-${t.slice(2)}`) e++;
      const a = toOriginal(g.doc.norm, sc.toks[k]?.start ?? 0, sc.toks[e - 1]?.end ?? 0);
      const span = tokenSpan(g, a.start, a.end);
      if (span && Number(span.split(':')[0]) === si) out.add(`${span}:${t.slice(2)}`);
      k = e;
    }
  }
  return out;
}

/** Train the tagger on tagged files (their own gold), score it on others. */
export function scoreTagger(trainFiles: Array<{ text: string }>, testFiles: Array<{ id: string; text: string }>): Counts {
  const seqs = trainFiles.flatMap((f, i) => {
    const sents = readTagged(f.text);
    return taggerSequences(goldDoc(sents, `train${i}`), sents).map((x) => x.seq);
  });
  const model = train(seqs);
  return scoreFiles(testFiles, (sents, id) => taggedSpans(model, goldDoc(sents, id), sents));
}

/** The stacked tagger: trained on AQMAR (two folds for AQMAR itself, all of it for the news set). */
export function taggerScores(): Array<[string, Score[]]> {
  const { news, aqmar } = corpora();
  return [
    ['news-tagger', entityScores('news-tagger', scoreTagger(aqmar ?? [], news ?? []))],
    ['aqmar-tagger', entityScores('aqmar-tagger', scoreTwoFold(aqmar ?? [], true))],
  ];
}
