// One small stylesheet: readable Arabic, tables that scan, and marks for facts and removals.
export const STYLE = `
:root { --ink:#1d232b; --muted:#5d6875; --line:#dfe3e8; --accent:#0b5cad; --warn:#a15c00; --bad:#b3261e; --bg:#fbfbfa; }
* { box-sizing: border-box; }
body { margin:0; font: 16px/1.7 "Noto Sans Arabic","Noto Naskh Arabic","DejaVu Sans",system-ui,sans-serif; color:var(--ink); background:var(--bg); }
header.top { background:#12263f; color:#fff; padding:.6rem 1.2rem; display:flex; gap:1rem; align-items:baseline; }
header.top a { color:#fff; text-decoration:none; font-weight:700; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.2rem 4rem; }
h1 { font-size:1.6rem; line-height:1.3; margin:.6rem 0; }
h2 { font-size:1.15rem; margin:2rem 0 .5rem; border-bottom:1px solid var(--line); padding-bottom:.2rem; }
.summary { background:#fff; border:1px solid var(--line); border-radius:6px; padding:.7rem 1rem; }
table { border-collapse: collapse; width:100%; background:#fff; font-size:.92rem; }
th, td { border:1px solid var(--line); padding:.3rem .5rem; vertical-align: top; text-align:start; }
th { background:#f1f3f5; font-weight:600; }
.muted { color:var(--muted); font-size:.88rem; }
.num { font-variant-numeric: tabular-nums; white-space: nowrap; direction:ltr; unicode-bidi: isolate; }
.badge { display:inline-block; border-radius:3px; padding:0 .35rem; font-size:.78rem; border:1px solid var(--line); background:#fff; }
.badge.conflict { color:var(--bad); border-color:var(--bad); }
.badge.evolution { color:var(--accent); border-color:var(--accent); }
.badge.different-scope, .badge.inferred { color:var(--warn); border-color:var(--warn); }
.badge.consistent { color:#2e7d32; border-color:#2e7d32; }
blockquote { margin:.4rem 0; padding:.3rem .8rem; border-inline-start:3px solid var(--accent); background:#fff; }
a { color: var(--accent); }
.article p { white-space: pre-wrap; margin:.2rem 0 .8rem; }
.removed { color:#8a8f96; text-decoration: line-through; background:#f3f1ee; }
.removed-label { font-size:.75rem; color:var(--warn); text-decoration:none; }
mark { background:#ffe58a; padding:0 .1rem; }
ul.tl { list-style:none; padding:0; }
ul.tl li { padding:.3rem 0; border-bottom:1px dashed var(--line); }
ul.tl .date { font-weight:700; display:inline-block; min-width: 7.5em; }
.sources a + a::before { content: ' · '; color: var(--muted); }
bdi { unicode-bidi: isolate; }
`;
