// What an HTML page says about itself: headline, date, author, outlet, canonical URL, language.
import { toIsoDate } from './dates.js';
import { elementsByTags, hasAncestor } from './tags.js';

export interface PageMeta {
  title?: string;
  published?: string;
  author?: string;
  outlet?: string;
  canonical?: string;
  language?: string;
  dir?: string;
}

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Report|Blog|Satirical|Scholarly|Tech)?Article$|^(?:BlogPosting|LiveBlogPosting|NewsArticle)$/;

type Tagged = Map<string, Element[]>;
const TAGS = ['meta', 'link', 'time', 'script', 'title'];
const tagged = (els: Tagged, name: string): Element[] => els.get(name) ?? [];

export function readMetadata(document: Document, url?: string): PageMeta {
  const els = elementsByTags(document, TAGS);
  const metas = metaMap(els);
  const meta = (...names: string[]): string | undefined => {
    for (const name of names) {
      const value = metas.get(name.toLowerCase());
      if (value) return value;
    }
    return undefined;
  };
  const ld = jsonLdArticle(els);
  const html = document.documentElement;
  const canonical = canonicalLink(els)?.getAttribute('href') ?? meta('og:url') ?? url;
  const timeEl = publishedTime(els);
  return {
    title: str(ld?.headline) ?? meta('og:title', 'twitter:title') ?? pageTitle(els),
    published: toIsoDate(
      str(ld?.datePublished) ??
        meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'DC.date.issued', 'dcterms.created') ??
        timeEl?.getAttribute('datetime'),
    ),
    author: authorName(ld?.author) ?? nonUrl(meta('author', 'article:author', 'byl', 'dc.creator')),
    outlet:
      meta('og:site_name', 'application-name') ?? str((ld?.publisher as Record<string, unknown> | undefined)?.name) ?? host(url),
    canonical: absolute(canonical, url),
    language: primaryLang(html?.getAttribute('lang') ?? meta('og:locale', 'language', 'content-language')),
    dir: html?.getAttribute('dir') ?? document.body?.getAttribute('dir') ?? undefined,
  };
}

/** Every <meta> by property, name or itemprop (lowercased), first one wins. */
function metaMap(els: Tagged): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of tagged(els, 'meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

/** <link rel="canonical">; rel compares case-insensitively, as in a CSS selector on HTML. */
const canonicalLink = (els: Tagged): Element | undefined =>
  tagged(els, 'link').find((el) => el.getAttribute('rel')?.toLowerCase() === 'canonical');

/** The first <time> that dates the article: inside an <article> with a datetime, or marked pubdate or datePublished. */
const publishedTime = (els: Tagged): Element | undefined =>
  tagged(els, 'time').find(
    (el) =>
      (el.hasAttribute('datetime') && hasAncestor(el, 'ARTICLE')) ||
      el.hasAttribute('pubdate') ||
      el.getAttribute('itemprop') === 'datePublished',
  );

function jsonLdArticle(els: Tagged): Record<string, unknown> | undefined {
  for (const script of tagged(els, 'script')) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = flatten(data).find((o) => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)));
    if (found) return found;
  }
  return undefined;
}

function flatten(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (!data || typeof data !== 'object') return [];
  const obj = data as Record<string, unknown>;
  return [obj, ...flatten(obj['@graph'])];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function authorName(v: unknown): string | undefined {
  const names = [v]
    .flat()
    .map((a) => (typeof a === 'string' ? a : str((a as Record<string, unknown> | null)?.name)))
    .filter((a): a is string => !!a && !/^https?:/.test(a));
  return names.length ? names.join(', ') : undefined;
}

const nonUrl = (v: string | undefined): string | undefined => (v && !/^https?:/.test(v) ? v : undefined);

/** <title> without the " | Site" or " - Site" suffix sites add. */
function pageTitle(els: Tagged): string | undefined {
  const title = tagged(els, 'title')[0]?.textContent?.trim();
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—-]\s+/);
  return parts.length > 1 && (parts[0]?.length ?? 0) >= 15 ? parts[0] : title;
}

export function host(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:/.test(href) ? href : undefined;
  }
}

const primaryLang = (v: string | undefined): string | undefined => {
  const code = v?.trim().toLowerCase().split(/[-_]/)[0];
  return code && /^[a-z]{2,3}$/.test(code) ? code : undefined;
};
