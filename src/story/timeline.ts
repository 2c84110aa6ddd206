// Dated events and figures ordered by the day they refer to (not the day they were published).
import type { Article, EventMention, Figure, TimelineEntry } from '../types.js';
import { amountText, figureLabel } from './figure-text.js';

const MAX_EVENT_TEXT = 200;

interface Item {
  date: string;
  inferred: boolean;
  mergeKey: string; // entries with the same day and key merge
  kind: TimelineEntry['kind'];
  text: (items: Item[]) => string;
  articleId: string;
  start: number;
  end: number;
  order: number;
  label: string;
}

/** Figures merge per day, kind and group; events per day and type. */
export function buildTimeline(events: EventMention[], figures: Figure[], articles: Article[]): TimelineEntry[] {
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  const order = (articleId: string, start: number): number => (articleOrder.get(articleId) ?? 0) * 1e9 + start;
  const items: Item[] = [];
  for (const e of events) {
    if (!e.date) continue;
    items.push({
      date: e.date.slice(0, 10),
      inferred: !!e.dateInferred,
      mergeKey: `event|${e.type}`,
      kind: 'event',
      text: (all) => trim(`${e.type}: ${all[0]?.label ?? ''}`),
      articleId: e.articleId,
      start: e.start,
      end: e.end,
      order: order(e.articleId, e.start),
      label: e.sentence.trim(),
    });
  }
  for (const f of figures) {
    if (!f.date) continue;
    items.push({
      date: f.date.slice(0, 10),
      inferred: !!f.dateInferred,
      mergeKey: `figure|${f.kind}|${f.group && f.group !== 'people' ? f.group : ''}`,
      kind: 'figure',
      text: (all) => `${figureLabel(f)}: ${[...new Set(all.map((i) => i.label))].join('; ')}`,
      articleId: f.articleId,
      start: f.start,
      end: f.end,
      order: order(f.articleId, f.start),
      label: `${amountText(f)}${f.attributedTo ? ` (${f.attributedTo})` : ''}`,
    });
  }
  const merged = new Map<string, Item[]>();
  for (const item of items.sort((a, b) => a.order - b.order)) {
    const key = `${item.date}|${item.mergeKey}`;
    merged.set(key, [...(merged.get(key) ?? []), item]);
  }
  return [...merged.values()]
    .sort((a, b) => (a[0] as Item).date.localeCompare((b[0] as Item).date) || (a[0] as Item).order - (b[0] as Item).order)
    .map((group) => {
      const head = group[0] as Item;
      return {
        date: head.date,
        dateInferred: group.every((i) => i.inferred),
        text: head.text(group),
        kind: head.kind,
        articleIds: [...new Set(group.map((i) => i.articleId))],
        sources: group.map((i) => ({ articleId: i.articleId, start: i.start, end: i.end })),
      };
    });
}

const trim = (s: string): string => (s.length > MAX_EVENT_TEXT ? `${s.slice(0, MAX_EVENT_TEXT - 1).trimEnd()}…` : s);
