// Main text of an HTML page: prune furniture, run Readability on linkedom, keep blocks as paragraphs.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blocksOf } from './blocks.js';
import { paragraphsFromBreaks } from './breaks.js';
import { toIsoDate } from './dates.js';
import { type PageMeta, readMetadata } from './metadata.js';
import { pruneFurniture } from './prune.js';

export interface HtmlArticle {
  /** Paragraph blocks of the main text, in page order. */
  blocks: string[];
  meta: PageMeta;
}

/** Fewer characters than this is not an article (a teaser, an error page, an empty template). */
const MIN_ARTICLE_CHARS = 80;

export function parseDocument(html: string): Document {
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

export function extractHtml(html: string, url?: string): HtmlArticle | { error: string } {
  const document = parseDocument(html);
  const meta = readMetadata(document, url);
  pruneFurniture(document);
  paragraphsFromBreaks(document);
  const result = new Readability(document, { serializer: (el: Node) => el, keepClasses: true }).parse();
  let blocks = result?.content ? blocksOf(result.content) : [];
  if (length(blocks) < MIN_ARTICLE_CHARS) blocks = fallbackBlocks(html);
  if (length(blocks) < MIN_ARTICLE_CHARS) return { error: 'no article text found in HTML' };
  return {
    blocks,
    meta: {
      ...meta,
      title: meta.title ?? result?.title ?? undefined,
      published: meta.published ?? toIsoDate(result?.publishedTime),
      author: meta.author ?? plausibleByline(result?.byline),
      language: meta.language ?? result?.lang ?? undefined,
    },
  };
}

/** Readability takes a "dateline" element for the byline: a name has no year in it. */
const plausibleByline = (s: string | null | undefined): string | undefined =>
  s && s.length <= 80 && !/\d{4}/.test(s) ? s.trim() : undefined;

const length = (blocks: readonly string[]): number => blocks.reduce((n, b) => n + b.length, 0);

/** When Readability finds nothing: the <article>/<main> text, else the page's paragraphs. */
function fallbackBlocks(html: string): string[] {
  const document = parseDocument(html);
  pruneFurniture(document);
  const main = document.querySelector('article, [itemprop="articleBody"], main, [role="main"]');
  if (main) return blocksOf(main);
  return Array.from(document.querySelectorAll('p')).flatMap((p) => blocksOf(p));
}
