import type { Article, EventMention, Figure, TimelineEntry } from '../types.js';

/** Placeholder: dated events and figures ordered by the time they refer to. */
export function buildTimeline(_events: EventMention[], _figures: Figure[], _articles: Article[]): TimelineEntry[] {
  return [];
}
