import type { Stage } from '../pipeline.js';
import { findCopies } from '../story/copies.js';

/** Duplicates, near-duplicates and rewrites are linked to the report they copy. */
export const dedupeStage: Stage = {
  name: 'dedupe',
  reads: ['docs'],
  writes: ['copies'],
  run(ctx) {
    ctx.copies = findCopies(ctx.docs);
  },
};
