import type { Doc } from '../doc.js';
import { mergeEntities } from '../extract/entities/index.js';
import type { Context } from '../pipeline.js';
import { normaliseString } from '../text/normalise.js';
import type { Story } from '../types.js';
import { findContestedClaims } from './claims.js';
import { hash32 } from './minhash.js';
import { canonicalPlaces } from './places.js';
import { reconcileFigures } from './reconcile.js';
import { words } from './shingles.js';
import { assignStatements } from './statements.js';
import { summarise } from './summary.js';
import { buildTimeline } from './timeline.js';

/** A stable id: the same set of reports always gives the same story id. */
export const storyId = (articleIds: string[]): string =>
  `s-${hash32([...articleIds].sort().join('\n'))
    .toString(16)
    .padStart(8, '0')}`;

/** The title that shares most words with the other reports: the story's most central headline. */
function centralTitle(docs: Doc[], copyIds: Set<string>): string {
  const originals = docs.filter((d) => !copyIds.has(d.article.id) && d.article.title);
  if (!originals.length) return docs[0]?.article.title ?? '';
  const vocab = docs.map((d) => new Set(words(d.norm.text)));
  let best = originals[0] as Doc;
  let bestScore = -1;
  for (const d of originals) {
    const titleWords = words(normaliseString(d.article.title)).filter((w) => w.length > 2);
    const score = titleWords.reduce((n, w) => n + vocab.filter((v) => v.has(w)).length, 0) / Math.sqrt(titleWords.length || 1);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best.article.title;
}

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
    canonicalPlaces(figures, entities);
    const { groups, conflicts } = reconcileFigures(figures, copies);
    const dates = articles
      .map((a) => a.published?.slice(0, 10))
      .filter((d): d is string => !!d)
      .sort();
    const story: Story = {
      id: storyId(ids),
      title: centralTitle(docs, new Set(copies.map((c) => c.articleId))),
      articleIds: ids,
      summary: '',
      dateRange: dates.length ? [dates[0] as string, dates[dates.length - 1] as string] : undefined,
      timeline: buildTimeline(events, figures, articles),
      entities,
      figures,
      figureGroups: groups,
      conflicts,
      contested: findContestedClaims(docs, quotes),
      quotes,
      events,
      copies,
    };
    story.summary = summarise(story, articles);
    return story;
  });
}
