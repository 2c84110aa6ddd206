import { mergeEntities } from '../extract/entities/index.js';
import type { Context } from '../pipeline.js';
import type { Story } from '../types.js';
import { reconcileFigures } from './reconcile.js';
import { assignStatements } from './statements.js';
import { buildTimeline } from './timeline.js';

/** Assemble each cluster's facts into a story. */
export function buildStories(ctx: Context): Story[] {
  return ctx.clusters.map((ids) => {
    const inStory = new Set(ids);
    const docs = ctx.docs.filter((d) => inStory.has(d.article.id));
    const articles = docs.map((d) => d.article);
    const mentions = ids.flatMap((id) => ctx.mentions.get(id) ?? []);
    const entities = mergeEntities(mentions, docs);
    const figures = ctx.figures.filter((f) => inStory.has(f.articleId));
    const quotes = ctx.quotes.filter((q) => inStory.has(q.articleId));
    const events = ctx.events.filter((e) => inStory.has(e.articleId));
    const copies = ctx.copies.filter((c) => inStory.has(c.articleId));
    assignStatements(quotes, entities);
    const { groups, conflicts } = reconcileFigures(figures, copies);
    const lead = articles[0];
    return {
      id: `story-${ids[0]}`,
      title: lead?.title ?? '',
      articleIds: ids,
      summary: '',
      timeline: buildTimeline(events, figures, articles),
      entities,
      figures,
      figureGroups: groups,
      conflicts,
      quotes,
      events,
      copies,
    };
  });
}
