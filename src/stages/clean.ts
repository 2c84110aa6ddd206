import { cleanArticles } from '../clean/index.js';
import type { Stage } from '../pipeline.js';

/** Boilerplate, repeated paragraphs and metadata lines leave the text; each removal keeps its reason. */
export const cleanStage: Stage = {
  name: 'clean',
  reads: ['articles'],
  writes: ['articles'],
  run(ctx) {
    cleanArticles(ctx.articles);
  },
};
