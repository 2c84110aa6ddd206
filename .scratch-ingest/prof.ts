import { Readability } from '@mozilla/readability';
import { loadPages } from '../eval/extract.js';
import { blocksOf } from '../src/ingest/blocks.js';
import { paragraphsFromBreaks } from '../src/ingest/breaks.js';
import { parseDocument } from '../src/ingest/html.js';
import { readMetadata } from '../src/ingest/metadata.js';
import { pruneFurniture } from '../src/ingest/prune.js';
const pages = loadPages();
const t = { parse: 0, meta: 0, prune: 0, breaks: 0, read: 0, blocks: 0 };
for (const p of pages) {
  let t0 = performance.now();
  const doc = parseDocument(p.html); t.parse += performance.now() - t0; t0 = performance.now();
  readMetadata(doc, p.url); t.meta += performance.now() - t0; t0 = performance.now();
  pruneFurniture(doc); t.prune += performance.now() - t0; t0 = performance.now();
  paragraphsFromBreaks(doc); t.breaks += performance.now() - t0; t0 = performance.now();
  const r = new Readability(doc, { serializer: (el: Node) => el }).parse(); t.read += performance.now() - t0; t0 = performance.now();
  if (r?.content) blocksOf(r.content); t.blocks += performance.now() - t0;
}
for (const [k, v] of Object.entries(t)) console.log(k, (v / pages.length).toFixed(2), 'ms/page');
