import type { Stage } from '../pipeline.js';
import { openSqliteStore } from '../store/open.js';

/** Articles, stories and facts go into the embedded database when one is given. */
export const storeStage: Stage = {
  name: 'store',
  reads: ['articles', 'stories', 'errors'],
  writes: ['stored'],
  async run(ctx) {
    if (!ctx.options.db) return;
    const store = await openSqliteStore(ctx.options.db);
    try {
      await store.save(ctx.articles, ctx.stories);
      ctx.stored = true;
    } finally {
      await store.close();
    }
  },
};
