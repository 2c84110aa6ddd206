// Feed items to raw inputs: the item's own content when it is the article, else the page at its link.
import type { InputError, RawInput } from '../types.js';
import type { FeedItem, ParsedFeed } from './feed.js';
import type { Fetcher } from './fetch.js';
import { urlId } from './ids.js';
import { host } from './metadata.js';
import { fetchPage } from './page.js';

/** Less visible text than this in content:encoded/summary is a teaser: fetch the link instead. */
export const MIN_ITEM_TEXT = 400;

const visibleLength = (html: string): number =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim().length;

export async function feedItemInputs(
  feed: ParsedFeed,
  source: string,
  fetcher: Fetcher | undefined,
  idBase: string,
): Promise<{ inputs: RawInput[]; errors: InputError[] }> {
  const inputs: RawInput[] = [];
  const errors: InputError[] = [];
  for (const [i, item] of feed.items.entries()) {
    const itemSource = item.link ?? `${source}#item${i + 1}`;
    const result = await itemInput(item, itemSource, fetcher, item.link ? urlId(item.link) : `${idBase}-${i + 1}`);
    if ('message' in result) errors.push(result);
    else inputs.push({ ...result, language: result.language ?? feed.language?.split(/[-_]/)[0]?.toLowerCase() });
  }
  return { inputs, errors };
}

async function itemInput(
  item: FeedItem,
  source: string,
  fetcher: Fetcher | undefined,
  id: string,
): Promise<RawInput | InputError> {
  const content = [item.html, item.summary]
    .filter((c): c is string => !!c)
    .sort((a, b) => visibleLength(b) - visibleLength(a))[0];
  const fields = { id, source, url: item.link, title: item.title, published: item.published, outlet: host(item.link) };
  if (content && visibleLength(content) >= MIN_ITEM_TEXT) return { ...fields, html: content };
  if (item.link && fetcher) {
    const page = await fetchPage(item.link, fetcher);
    if (!('message' in page)) return { ...page, ...defined(fields) };
    if (!content) return page;
  }
  if (content) return { ...fields, html: content };
  return {
    source,
    message: item.link ? 'feed item has no text and its link was not fetched' : 'feed item has no link and no text',
  };
}

const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
