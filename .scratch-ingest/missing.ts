import { loadPages } from '../eval/extract.js';
import { extractHtml } from '../src/ingest/html.js';
const tok = (t: string) => t.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
for (const pre of process.argv.slice(2)) {
  const page = loadPages().find((p) => p.id.startsWith(pre))!;
  const r = extractHtml(page.html, page.url);
  const got = 'error' in r ? '' : tok(r.blocks.join(' ')).join(' ');
  console.log('=====', pre, page.url);
  for (const line of page.truth.split('\n')) { const t = tok(line).join(' '); if (t && !got.includes(t)) console.log('  MISSING:', line.slice(0, 150)); }
}
