// One fetched page as a raw input: decode the body, check it is a page, keep its HTML for readInput.
import type { InputError, RawInput } from '../types.js';
import { decodeBytes, headerCharset } from './decode.js';
import type { Fetcher, FetchResult } from './fetch.js';
import { urlId } from './ids.js';

const PAGE_TYPES = /\btext\/html\b|\bapplication\/xhtml\+xml\b|\btext\/plain\b/i;

export function bodyText(res: FetchResult): { text: string } | { error: string } {
  const decoded = decodeBytes(res.body, { declared: headerCharset(res.contentType), html: /html/i.test(res.contentType) });
  return 'error' in decoded ? { error: decoded.error.replace('empty file', 'empty response') } : decoded;
}

/** Fetch one article page (a URL argument or a feed item's link). */
export async function fetchPage(url: string, fetcher: Fetcher): Promise<RawInput | InputError> {
  const res = await fetcher.get(url);
  if ('message' in res) return res;
  const body = bodyText(res);
  return 'error' in body ? { source: url, message: body.error } : pageInput(url, res, body.text);
}

export function pageInput(url: string, res: FetchResult, text: string): RawInput | InputError {
  if (res.contentType && !PAGE_TYPES.test(res.contentType)) {
    return { source: url, message: `not HTML or a feed (content-type ${res.contentType.split(';')[0]})` };
  }
  const base = { id: urlId(url), source: url, url: res.url };
  return /^text\/plain/i.test(res.contentType) ? { ...base, text } : { ...base, html: text };
}
