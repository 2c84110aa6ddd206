// One raw input to an article: HTML goes through the extractor, text is kept as written.
import { plainArticle } from '../article.js';
import type { Article, InputError, RawInput } from '../types.js';
import { blocksText } from './blocks.js';
import { extractHtml } from './html.js';
import type { PageMeta } from './metadata.js';

export function readInput(input: RawInput): Article | InputError {
  let original: string;
  let meta: PageMeta = {};
  if (input.html !== undefined) {
    const page = extractHtml(input.html, input.url);
    if ('error' in page) return { source: input.source, message: page.error };
    original = blocksText(page.blocks);
    meta = page.meta;
  } else {
    original = (input.text ?? '').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    if (!original.trim()) return { source: input.source, message: 'empty: no text' };
  }
  return plainArticle(input.id, original, {
    source: input.source,
    url: input.url ?? meta.canonical,
    outlet: input.outlet ?? meta.outlet,
    byline: meta.author,
    title: input.title ?? meta.title ?? '',
    published: input.published ?? meta.published,
    language: input.language ?? meta.language ?? 'und',
  });
}
