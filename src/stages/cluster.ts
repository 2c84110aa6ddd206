import type { Stage } from '../pipeline.js';
import { clusterDocs } from '../story/cluster.js';

/** Articles about the same event are grouped into stories (entity names let Arabic and English reports meet). */
export const clusterStage: Stage = {
  name: 'cluster',
  reads: ['docs', 'copies', 'mentions'],
  writes: ['clusters'],
  run(ctx) {
    ctx.clusters = clusterDocs(ctx.docs, ctx.copies, ctx.mentions);
  },
};
