// A URL to inputs: a feed becomes its items, a page becomes one article.
import type { InputError, RawInput } from '../types.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { feedItemInputs } from './feed-items.js';
import type { Fetcher } from './fetch.js';
import { urlId } from './ids.js';
import { bodyText, pageInput } from './page.js';

const FEED_TYPES = /\b(?:rss|atom|feed\+json|rdf)\b|\/xml\b|\+xml\b/i;

export async function urlInputs(url: string, fetcher: Fetcher): Promise<{ inputs: RawInput[]; errors: InputError[] }> {
  const res = await fetcher.get(url);
  if ('message' in res) return { inputs: [], errors: [res] };
  const body = bodyText(res);
  if ('error' in body) return { inputs: [], errors: [{ source: url, message: body.error }] };
  if ((FEED_TYPES.test(res.contentType) && !/xhtml/i.test(res.contentType)) || looksLikeFeed(body.text)) {
    const feed = readFeed(body.text);
    if ('error' in feed) return { inputs: [], errors: [{ source: url, message: feed.error }] };
    return feedItemInputs(feed, url, fetcher, urlId(url));
  }
  const page = pageInput(url, res, body.text);
  return 'message' in page ? { inputs: [], errors: [page] } : { inputs: [page], errors: [] };
}
