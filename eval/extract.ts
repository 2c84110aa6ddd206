// Main-text extraction on the Zyte/Scrapinghub article-extraction-benchmark: Marsad vs Readability vs article-extractor.
// Metric as in the benchmark's evaluate.py: 4-gram token shingles, per-page precision/recall averaged, F1 of the averages.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blocksText } from '../src/ingest/blocks.js';
import { extractHtml } from '../src/ingest/html.js';

export const benchmarkDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../shared/eval/data/article-extraction-benchmark',
);

export interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export type Extractor = (html: string, url: string) => string | Promise<string>;

export interface ExtractionScore {
  name: string;
  precision: number;
  recall: number;
  f1: number;
  pagesPerSecond: number;
  pages: number;
}

export function loadPages(limit = Number.POSITIVE_INFINITY): Page[] {
  const truth = JSON.parse(readFileSync(resolve(benchmarkDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return readdirSync(resolve(benchmarkDir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .slice(0, limit)
    .flatMap((f) => {
      const id = f.replace('.html.gz', '');
      const gold = truth[id];
      if (!gold) return [];
      const html = gunzipSync(readFileSync(resolve(benchmarkDir, 'html', f))).toString('utf8');
      return [{ id, url: gold.url, html, truth: gold.articleBody }];
    });
}

const tokens = (text: string): string[] => text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];

function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const key = t.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-page precision and recall over shingle counts. */
export function pageScore(truth: string, predicted: string): { precision: number; recall: number } {
  const gold = shingles(truth);
  const pred = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...gold.keys(), ...pred.keys()])) {
    const g = gold.get(key) ?? 0;
    const p = pred.get(key) ?? 0;
    tp += Math.min(g, p);
    fp += Math.max(0, p - g);
    fn += Math.max(0, g - p);
  }
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  return { precision: tp + fp ? tp / (tp + fp) : 0, recall: tp + fn ? tp / (tp + fn) : 0 };
}

export async function scoreExtractor(name: string, extract: Extractor, pages: readonly Page[]): Promise<ExtractionScore> {
  let precision = 0;
  let recall = 0;
  let ms = 0;
  for (const page of pages.slice(0, 10)) await extract(page.html, page.url); // JIT warm-up, not timed
  for (const page of pages) {
    const t0 = performance.now();
    let text = '';
    try {
      text = await extract(page.html, page.url);
    } catch {
      text = '';
    }
    ms += performance.now() - t0;
    const s = pageScore(page.truth, text);
    precision += s.precision;
    recall += s.recall;
  }
  precision /= pages.length;
  recall /= pages.length;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { name, precision, recall, f1, pagesPerSecond: pages.length / (ms / 1000), pages: pages.length };
}

export const marsad: Extractor = (html, url) => {
  const result = extractHtml(html, url);
  return 'error' in result ? '' : blocksText(result.blocks);
};

export const readability: Extractor = (html) => {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
};

async function articleExtractor(): Promise<Extractor> {
  const { extractFromHtml } = await import('@extractus/article-extractor');
  return async (html, url) => {
    const article = await extractFromHtml(html, url);
    return article?.content ? (parseHTML(`<html><body>${article.content}</body></html>`).document.body.textContent ?? '') : '';
  };
}

async function main(): Promise<void> {
  const pages = loadPages();
  const rows = [
    await scoreExtractor('marsad', marsad, pages),
    await scoreExtractor('readability+linkedom', readability, pages),
    await scoreExtractor('@extractus/article-extractor', await articleExtractor(), pages),
  ];
  console.log(`article-extraction-benchmark, ${pages.length} pages (one core, sequential)`);
  console.log('extractor                      precision  recall   F1      pages/s');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(30)} ${r.precision.toFixed(3).padStart(9)} ${r.recall.toFixed(3).padStart(7)} ${r.f1.toFixed(3).padStart(6)} ${r.pagesPerSecond.toFixed(1).padStart(9)}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
