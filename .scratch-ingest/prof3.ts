import { loadPages } from '../eval/extract.js';
import { parseDocument } from '../src/ingest/html.js';
import { pruneFurniture } from '../src/ingest/prune.js';
const pages = loadPages();
const docs = pages.map((p) => parseDocument(p.html));
const proto = Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(docs[0]!.body)));
const stats: Record<string, [number, number]> = {};
for (const name of ['matches', 'querySelector', 'querySelectorAll', 'remove', 'getAttribute']) {
  let p = proto; while (p && !Object.prototype.hasOwnProperty.call(p, name)) p = Object.getPrototypeOf(p);
  if (!p) { console.log('no', name); continue; }
  const orig = p[name];
  stats[name] = [0, 0];
  p[name] = function (...a: unknown[]) { const t = performance.now(); const r = orig.apply(this, a); const s = stats[name]!; s[0] += performance.now() - t; s[1]++; return r; };
}
const tc = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(docs[0]!.body)))), 'textContent');
console.log(!!tc);
const t0 = performance.now();
for (const d of docs) pruneFurniture(d);
console.log('prune', ((performance.now() - t0) / pages.length).toFixed(2));
for (const [k, [ms, n]] of Object.entries(stats)) console.log(k, (ms / pages.length).toFixed(2), 'ms/page', (n / pages.length).toFixed(0), 'calls/page');
