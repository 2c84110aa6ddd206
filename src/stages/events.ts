import { extractEvents } from '../extract/events/index.js';
import type { Stage } from '../pipeline.js';

/** Typed events (protest, arrests, deployment, dismissal…) with date, place and actors. */
export const eventsStage: Stage = {
  name: 'events',
  reads: ['docs', 'times', 'mentions'],
  writes: ['events'],
  run(ctx) {
    for (const doc of ctx.docs) {
      const id = doc.article.id;
      ctx.events.push(...extractEvents(doc, ctx.times.get(id) ?? [], ctx.mentions.get(id) ?? []));
    }
  },
};
