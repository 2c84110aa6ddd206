import { recogniseEntities } from '../extract/entities/index.js';
import type { Stage } from '../pipeline.js';

/** People, places, organisations and groups, per article (merging happens per story). */
export const entitiesStage: Stage = {
  name: 'entities',
  reads: ['docs'],
  writes: ['mentions'],
  run(ctx) {
    ctx.docs.forEach((doc, i) => {
      ctx.mentions.set(doc.article.id, recogniseEntities(doc));
      ctx.options.onProgress?.('entities', i + 1, ctx.docs.length);
    });
  },
};
