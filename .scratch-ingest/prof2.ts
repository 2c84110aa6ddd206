import { loadPages } from '../eval/extract.js';
import { parseDocument } from '../src/ingest/html.js';
import * as norm from '../src/text/normalise.js';
import { pruneFurniture } from '../src/ingest/prune.js';
const pages = loadPages();
const docs = pages.map((p) => parseDocument(p.html));
let t0 = performance.now();
for (const d of docs) for (const el of Array.from(d.body.querySelectorAll('script, style, noscript, template'))) el.remove();
console.log('scripts', ((performance.now() - t0) / pages.length).toFixed(2));
t0 = performance.now();
let n = 0;
for (const d of docs) { const w = (e: Element) => { for (let c = e.firstElementChild; c; c = c.nextElementSibling) { n++; c.getAttribute('class'); w(c); } }; w(d.body); }
console.log('walk', ((performance.now() - t0) / pages.length).toFixed(2), n / pages.length);
t0 = performance.now();
for (const d of docs) { d.body.textContent; }
console.log('textContent', ((performance.now() - t0) / pages.length).toFixed(2));
t0 = performance.now();
for (const d of docs) { d.body.querySelectorAll('a'); }
console.log('qsa a', ((performance.now() - t0) / pages.length).toFixed(2));
t0 = performance.now();
for (let i = 0; i < 10000; i++) norm.normaliseString('اقرأ أيضا: خبر عن شيء ما');
console.log('normaliseString x10000', (performance.now() - t0).toFixed(2));
t0 = performance.now();
for (const d of docs) pruneFurniture(d);
console.log('prune', ((performance.now() - t0) / pages.length).toFixed(2));
