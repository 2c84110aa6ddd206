import { extractQuotes } from '../extract/quotes/index.js';
import type { Stage } from '../pipeline.js';

/** Direct and reported speech with speakers. */
export const quotesStage: Stage = {
  name: 'quotes',
  reads: ['docs', 'mentions'],
  writes: ['quotes'],
  run(ctx) {
    for (const doc of ctx.docs) ctx.quotes.push(...extractQuotes(doc, ctx.mentions.get(doc.article.id) ?? []));
  },
};
