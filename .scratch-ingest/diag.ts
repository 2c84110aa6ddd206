import { loadPages, marsad, pageScore, readability } from '../eval/extract.js';
const pages = loadPages();
const rows = [];
for (const p of pages) {
  const m = pageScore(p.truth, await marsad(p.html, p.url));
  const r = pageScore(p.truth, await readability(p.html, p.url));
  rows.push({ id: p.id.slice(0, 8), url: p.url.slice(0, 70), mp: m.precision, mr: m.recall, rp: r.precision, rr: r.recall });
}
const mode = process.argv[2] ?? 'recall';
rows.sort((a, b) => mode === 'recall' ? (a.mr - a.rr) - (b.mr - b.rr) : (a.mp - a.rp) - (b.mp - b.rp));
for (const r of rows.slice(0, 15)) console.log(r.id, r.mp.toFixed(2), r.mr.toFixed(2), '|', r.rp.toFixed(2), r.rr.toFixed(2), r.url);
console.log('worst absolute', mode);
rows.sort((a, b) => mode === 'recall' ? a.mr - b.mr : a.mp - b.mp);
for (const r of rows.slice(0, 15)) console.log(r.id, r.mp.toFixed(2), r.mr.toFixed(2), '|', r.rp.toFixed(2), r.rr.toFixed(2), r.url);
