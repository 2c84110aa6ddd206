import type { Doc } from '../doc.js';
import type { Stage } from '../pipeline.js';
import { detectLanguage } from '../text/langid.js';
import { normalise, toCanonical } from '../text/normalise.js';
import { splitSentences } from '../text/sentences.js';

/** Each article is normalised once and split into sentences inside its kept paragraphs. */
export const normaliseStage: Stage = {
  name: 'normalise',
  reads: ['articles'],
  writes: ['docs'],
  run(ctx) {
    ctx.docs = ctx.articles.map((article, i) => {
      const norm = normalise(article.original);
      if (!article.language || article.language === 'und') article.language = detectLanguage(article.text);
      const sentences: Doc['sentences'] = [];
      for (const para of article.kept) {
        const from = toCanonical(norm, para.start);
        const to = toCanonical(norm, para.end);
        for (const [nStart, nEnd] of splitSentences(norm.text, from, to)) {
          sentences.push({ nStart, nEnd, start: norm.origStart[nStart] as number, end: norm.origEnd[nEnd - 1] as number });
        }
      }
      ctx.options.onProgress?.('normalise', i + 1, ctx.articles.length);
      return { article, norm, sentences, lang: article.language, ref: article.published };
    });
  },
};
