import type { Article } from '../types.js';
import { canonLine, isKept, lineSpans, type Page, removeUnit } from './page.js';

/** Only short lines can be a site's furniture; long paragraphs shared across articles are copied news. */
const MAX_REPEATED_LINE = 200;
const MIN_ARTICLES = 3;
/** Batch-wide, a line must also recur in this share of all articles. */
const BATCH_SHARE = 0.3;
/** An article whose repeated lines make up more than this share is a copy of the others, and its lines are news. */
const MAX_REPEATED_SHARE = 0.3;

/** Where an article comes from: its outlet, else the URL's host, else the folder (or file for JSONL rows) it was read from. */
export function sourceGroup(article: Article): string {
  if (article.outlet) return `outlet:${article.outlet}`;
  if (article.url) {
    try {
      return `host:${new URL(article.url).hostname}`;
    } catch {
      // not a URL: fall through to the source path
    }
  }
  const path = article.source.replace(/#[^/\\]*$/, '');
  const rowFile = path !== article.source;
  return `path:${rowFile ? path : path.replace(/[/\\][^/\\]*$/, '')}`;
}

export interface LineCounts {
  /** group + "\u0001" + line → number of articles of that group holding it */
  byGroup: Map<string, number>;
  /** line → number of articles of the batch holding it */
  byBatch: Map<string, number>;
  batchThreshold: number;
  /** The canonical short lines of each article, by line index: the second pass reuses them instead of normalising again. */
  canon: WeakMap<Article, Array<string | undefined>>;
}

const groupKey = (group: string, line: string): string => `${group}\u0001${line}`;

/** One pass over every article's short lines, counting each line once per article: O(total text). */
export function countLines(articles: Article[]): LineCounts {
  const byGroup = new Map<string, number>();
  const byBatch = new Map<string, number>();
  const canon = new WeakMap<Article, Array<string | undefined>>();
  for (const article of articles) {
    const group = sourceGroup(article);
    const seen = new Set<string>();
    const lines: Array<string | undefined> = [];
    canon.set(article, lines);
    for (const span of lineSpans(article.original)) {
      if (span.end - span.start > MAX_REPEATED_LINE * 2) {
        lines.push(undefined);
        continue;
      }
      const line = canonLine(article.original.slice(span.start, span.end));
      lines.push(line);
      if (!line || line.length > MAX_REPEATED_LINE || seen.has(line)) continue;
      seen.add(line);
      byGroup.set(groupKey(group, line), (byGroup.get(groupKey(group, line)) ?? 0) + 1);
      byBatch.set(line, (byBatch.get(line) ?? 0) + 1);
    }
  }
  return { byGroup, byBatch, batchThreshold: Math.max(MIN_ARTICLES, Math.ceil(BATCH_SHARE * articles.length)), canon };
}

/** Remove short lines the same source prints in many articles (menus, slogans, disclaimers), unless the article is a copy. */
export function markRepeatedAcrossArticles(page: Page, group: string, counts: LineCounts): void {
  const kept = page.units.filter(isKept);
  const repeated = kept.filter(
    (u) =>
      u.canon.length <= MAX_REPEATED_LINE &&
      ((counts.byGroup.get(groupKey(group, u.canon)) ?? 0) >= MIN_ARTICLES ||
        (counts.byBatch.get(u.canon) ?? 0) >= counts.batchThreshold),
  );
  if (!repeated.length) return;
  const total = kept.reduce((n, u) => n + u.canon.length, 0);
  const share = repeated.reduce((n, u) => n + u.canon.length, 0) / total;
  if (share > MAX_REPEATED_SHARE) return;
  for (const u of repeated) removeUnit(page, u, 'repeated-across-articles');
}
