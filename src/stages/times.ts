import { extractTimes } from '../extract/times.js';
import type { Stage } from '../pipeline.js';

/** Every time expression, resolved against its article's reference date. */
export const timesStage: Stage = {
  name: 'times',
  reads: ['docs'],
  writes: ['times'],
  run(ctx) {
    for (const doc of ctx.docs) ctx.times.set(doc.article.id, extractTimes(doc));
  },
};
