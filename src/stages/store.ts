import type { Stage } from '../pipeline.js';
import { saveResult } from '../store/save.js';

/** Articles, stories and facts go into the embedded database when one is given. */
export const storeStage: Stage = {
  name: 'store',
  reads: ['articles', 'stories', 'errors'],
  writes: ['stored'],
  async run(ctx) {
    if (!ctx.options.db) return;
    await saveResult(ctx.options.db, ctx.articles, ctx.stories);
    ctx.stored = true;
  },
};
