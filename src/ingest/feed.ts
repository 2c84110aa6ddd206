// RSS 2.0 / RSS 1.0 / Atom / JSON Feed documents to a flat list of items (via feedsmith).
import { parseFeed } from 'feedsmith';
import { toIsoDate } from './dates.js';

export interface FeedItem {
  /** guid, Atom id or link: what the watcher remembers. */
  key?: string;
  link?: string;
  title?: string;
  published?: string;
  author?: string;
  /** content:encoded, Atom content or JSON Feed content_html. */
  html?: string;
  /** description / summary: often a teaser. */
  summary?: string;
}

export interface ParsedFeed {
  title?: string;
  language?: string;
  items: FeedItem[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const text = (v: unknown): string | undefined => {
  const s = typeof v === 'string' ? v : typeof obj(v).value === 'string' ? (obj(v).value as string) : undefined;
  return s?.trim() ? s.trim() : undefined;
};
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** A feed, or the reason the content is not one. */
export function readFeed(content: string | object): ParsedFeed | { error: string } {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(content as string) as { format: string; feed: unknown };
  } catch (e) {
    return { error: `not a valid RSS, Atom or JSON feed (${(e as Error).message})` };
  }
  const feed = obj(parsed.feed);
  const items = list(feed.items ?? feed.entries).map((raw) =>
    parsed.format === 'atom' ? atomItem(obj(raw)) : parsed.format === 'json' ? jsonItem(obj(raw)) : rssItem(obj(raw)),
  );
  return { title: text(feed.title), language: text(feed.language) ?? text(feed.lang), items };
}

function rssItem(item: Obj): FeedItem {
  const dc = obj(item.dc);
  const link = text(item.link);
  return {
    key: text(item.guid) ?? link,
    link,
    title: text(item.title),
    published: toIsoDate(text(item.pubDate) ?? text(dc.date) ?? list(dc.dates).map(text)[0]),
    author: text(item.author) ?? list(dc.creators).map(text)[0] ?? text(dc.creator),
    html: text(obj(item.content).encoded),
    summary: text(item.description),
  };
}

function atomItem(entry: Obj): FeedItem {
  const links = list(entry.links).map(obj);
  const link = text((links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href);
  return {
    key: text(entry.id) ?? link,
    link,
    title: text(entry.title),
    published: toIsoDate(text(entry.published) ?? text(entry.updated)),
    author: text(list(entry.authors).map(obj)[0]?.name),
    html: text(entry.content),
    summary: text(entry.summary),
  };
}

function jsonItem(item: Obj): FeedItem {
  const link = text(item.url) ?? text(item.external_url);
  return {
    key: text(item.id) ?? link,
    link,
    title: text(item.title),
    published: toIsoDate(text(item.date_published) ?? text(item.date_modified)),
    author: text(list(item.authors).map(obj)[0]?.name) ?? text(obj(item.author).name),
    html: text(item.content_html) ?? text(item.content_text),
    summary: text(item.summary),
  };
}

/** Is this text a feed rather than a page? Cheap check on the first bytes. */
export const looksLikeFeed = (s: string): boolean =>
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(s.slice(0, 2000)) ||
  /^\s*\{[\s\S]{0,200}"version"\s*:\s*"https?:\/\/jsonfeed\.org/i.test(s);
