import { loadPages } from '../eval/extract.js';
import { extractHtml } from '../src/ingest/html.js';
const tok = (t: string) => t.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
for (const pre of process.argv.slice(2)) {
  const page = loadPages().find((p) => p.id.startsWith(pre))!;
  const truth = tok(page.truth).join(' ');
  const r = extractHtml(page.html, page.url);
  if ('error' in r) { console.log(r); continue; }
  console.log('=====', pre, page.url);
  for (const b of r.blocks) {
    const t = tok(b).join(' ');
    if (!truth.includes(t)) console.log('  EXTRA:', b.slice(0, 160));
  }
}
