import type { Stage } from '../pipeline.js';
import { buildStories } from '../story/build.js';

/** Per story: entities merged, figures reconciled, statements matched, timeline ordered. */
export const reconcileStage: Stage = {
  name: 'reconcile',
  reads: ['docs', 'clusters', 'copies', 'mentions', 'figures', 'quotes', 'events', 'times'],
  writes: ['stories'],
  run(ctx) {
    ctx.stories = buildStories(ctx);
  },
};
