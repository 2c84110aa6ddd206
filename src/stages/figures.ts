import { extractFigures } from '../extract/figures/index.js';
import type { Stage } from '../pipeline.js';

/** Casualty, arrest and deployment figures with qualifier, group, source and date. */
export const figuresStage: Stage = {
  name: 'figures',
  reads: ['docs', 'times', 'mentions'],
  writes: ['figures'],
  run(ctx) {
    for (const doc of ctx.docs) {
      const id = doc.article.id;
      ctx.figures.push(...extractFigures(doc, ctx.times.get(id) ?? [], ctx.mentions.get(id) ?? []));
    }
  },
};
