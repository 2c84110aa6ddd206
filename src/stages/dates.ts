import type { Stage } from '../pipeline.js';
import { inferPublicationDates } from '../story/publication-dates.js';

/** Undated articles get a date from their weekday words and the dated reports of their story. */
export const datesStage: Stage = {
  name: 'dates',
  reads: ['docs', 'clusters'],
  writes: ['docs', 'articles'],
  run(ctx) {
    inferPublicationDates(ctx.docs, ctx.clusters);
  },
};
