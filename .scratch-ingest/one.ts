import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { benchmarkDir } from '../eval/extract.js';
import { extractHtml } from '../src/ingest/html.js';
import { parseDocument } from '../src/ingest/html.js';
import { pruneFurniture } from '../src/ingest/prune.js';
const f = readdirSync(`${benchmarkDir}/html`).find((n) => n.startsWith(process.argv[2]!))!;
const html = gunzipSync(readFileSync(`${benchmarkDir}/html/${f}`)).toString('utf8');
const r = extractHtml(html);
console.log('error' in r ? r : r.blocks.slice(0, 8).map((b) => b.slice(0, 120)));
const doc = parseDocument(html);
const before = doc.body?.textContent?.length;
pruneFurniture(doc);
console.log('body text before/after prune', before, doc.body?.textContent?.length);
import { FURNITURE_TOKEN } from '../src/ingest/selectors.js';
const d2 = parseDocument(html);
for (const el of Array.from(d2.body.querySelectorAll('*'))) {
  const t = (el.textContent ?? '').length;
  if (t < 3000) continue;
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter((x) => x && FURNITURE_TOKEN.test(x));
  if (tokens.length || ['NAV','FOOTER','ASIDE','FORM'].includes(el.tagName) || el.getAttribute('role') || el.hasAttribute('hidden') || el.getAttribute('aria-hidden')) console.log(el.tagName, t, tokens.join(' '), el.getAttribute('role') ?? '', el.getAttribute('aria-hidden') ?? '', el.hasAttribute('hidden'));
}
