import type { StorySummary } from '../store/store.js';
import type { Article, Span, Story } from '../types.js';
import { day, figureValue } from './format.js';
import { html, SafeHtml } from './safe-html.js';
import { STYLE } from './style.js';

/** Where a fact's source sentence is shown: a server route, or an anchor in a static file. */
export interface Links {
  home: string;
  story(id: string): string;
  source(articleId: string, start: number, end: number): string;
}

export function layout(title: string, body: SafeHtml, links: Links): string {
  return html`<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Marsad</title><style>${new SafeHtml(STYLE)}</style></head>
<body><header class="top"><a href="${links.home}">مرصد Marsad</a><span class="muted" style="color:#cfd8e3">news event desk</span></header>
<main>${body}</main></body></html>`.value;
}

export function storyListBody(stories: StorySummary[], links: Links): SafeHtml {
  return html`<h1>القصص · Stories</h1>
${stories.length ? '' : html`<p>No stories yet: run <code>marsad analyze &lt;files&gt; --db FILE</code>.</p>`}
<table><thead><tr><th>Story</th><th>Reports</th><th>Dates</th></tr></thead><tbody>
${stories.map((s) => html`<tr><td><a href="${links.story(s.id)}">${s.title || s.id}</a></td><td class="num">${s.articleCount}</td><td class="num">${s.firstDate ?? '—'} → ${s.lastDate ?? '—'}</td></tr>`)}
</tbody></table>`;
}

/** One link per report: the first span it gives for this entry. */
const firstPerArticle = <T extends { articleId: string }>(sources: T[]): T[] =>
  sources.filter((s, i) => sources.findIndex((x) => x.articleId === s.articleId) === i);

const src = (links: Links, articleId: string, start: number, end: number) =>
  html`<a class="muted" dir="ltr" href="${links.source(articleId, start, end)}">${articleId}</a>`;

export function storyBody(story: Story, articles: Article[], links: Links): SafeHtml {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const figById = new Map(story.figures.map((f) => [f.id, f]));
  const entityName = new Map(story.entities.map((e) => [e.id, e.name]));
  return html`<h1>${story.title}</h1>
<p class="muted">${story.id} · ${story.articleIds.length} reports · ${story.dateRange ? `${story.dateRange[0]} → ${story.dateRange[1]}` : 'undated'}</p>
<div class="summary" dir="ltr">${story.summary}</div>

<h2>Timeline</h2>
${story.timeline.length ? '' : html`<p class="muted">No dated events found.</p>`}
<ul class="tl">${story.timeline.map(
    (
      t,
    ) => html`<li><span class="date num">${t.date}</span>${t.dateInferred ? html` <span class="badge inferred">inferred</span>` : ''} <bdi>${t.text}</bdi>
 <span class="sources">${firstPerArticle(t.sources).map((s) => src(links, s.articleId, s.start, s.end))}</span></li>`,
  )}</ul>

<h2>Figures · الأرقام</h2>
${story.figureGroups.map(
  (g) => html`<h3>${g.kind}${g.group ? ` · ${g.group}` : ''}${g.place ? ` · ${g.place}` : ''}</h3>
<table><thead><tr><th>Value</th><th>Date</th><th>According to</th><th>Source sentence</th></tr></thead><tbody>
${g.figureIds.map((id) => {
  const f = figById.get(id);
  if (!f) return '';
  return html`<tr><td class="num">${figureValue(f)}</td><td class="num">${day(f.date)}${f.dateInferred ? '*' : ''}</td><td>${f.attributedTo ?? ''}</td>
<td><bdi>${f.sentence}</bdi> ${src(links, f.articleId, f.start, f.end)}</td></tr>`;
})}</tbody></table>
${story.conflicts
  .filter((c) => c.groupKey === g.key)
  .map((c) => html`<p><span class="badge ${c.classification}">${c.classification}</span> ${c.explanation}</p>`)}`,
)}

${story.contested.length ? html`<h2>Contested claims · ادعاءات متنازع عليها</h2>` : ''}
${story.contested.map(
  (
    c,
  ) => html`<blockquote><bdi>${c.claim.text}</bdi><div class="muted">— ${c.claim.speaker ?? 'unknown speaker'} · ${src(links, c.claim.articleId, c.claim.start, c.claim.end)}</div>
<div><span class="badge conflict">disputed</span> <bdi>${c.dispute.sentence}</bdi> ${src(links, c.dispute.articleId, c.dispute.start, c.dispute.end)}</div></blockquote>`,
)}

<h2>Quotes · التصريحات</h2>
${story.quotes.map(
  (q) =>
    html`<blockquote>${q.text}<div class="muted">— ${q.speakerEntityId ? (entityName.get(q.speakerEntityId) ?? q.speaker) : (q.speaker ?? 'unknown speaker')}${q.speakerOutlet ? ` (${q.speakerOutlet})` : ''} · ${q.kind} · statement ${q.statementId} · ${src(links, q.articleId, q.start, q.end)}</div></blockquote>`,
)}

<h2>Entities · الأسماء</h2>
<table><thead><tr><th>Name</th><th>Type</th><th>Latin</th><th>Also written</th><th>Roles</th><th>Mentions</th></tr></thead><tbody>
${story.entities.map(
  (
    e,
  ) => html`<tr><td>${e.name}</td><td>${e.type}</td><td dir="ltr">${e.latin ?? ''}</td><td>${e.aliases.filter((a) => a !== e.name).join(' · ')}</td><td>${e.roles.join(' · ')}</td>
<td class="num">${e.mentions.length} ${e.mentions[0] ? src(links, e.mentions[0].articleId, e.mentions[0].start, e.mentions[0].end) : ''}</td></tr>`,
)}</tbody></table>

<h2>Sources · المصادر</h2>
<table><thead><tr><th>Report</th><th>Published</th><th>Copy of</th><th>Flags</th></tr></thead><tbody>
${story.articleIds.map((id) => {
  const a = byId.get(id);
  const copy = story.copies.find((c) => c.articleId === id);
  return html`<tr><td><a href="${links.source(id, 0, 0)}">${a?.title || id}</a><div class="muted">${id}${a?.outlet ? ` · ${a.outlet}` : ''}</div></td>
<td class="num">${day(a?.published)}${a?.publishedInferred ? html` <span class="badge inferred">inferred</span>` : ''}</td>
<td>${copy ? `${copy.kind} of ${copy.copyOf} (${copy.similarity})` : ''}</td>
<td>${(a?.flags ?? []).map((f) => html`<span class="badge" title="${f.evidence}">${f.kind}</span> `)}</td></tr>`;
})}</tbody></table>`;
}

/** The original text with removed parts struck through and one span highlighted. */
export function articleBody(article: Article, highlight?: Span): SafeHtml {
  const cuts = new Set<number>([0, article.original.length]);
  for (const r of article.removed) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  if (highlight && highlight.end > highlight.start) {
    cuts.add(highlight.start);
    cuts.add(highlight.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= article.original.length).sort((a, b) => a - b);
  const parts: SafeHtml[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i] as number, points[i + 1] as number];
    const text = article.original.slice(s, e);
    const removal = article.removed.find((r) => r.start <= s && e <= r.end);
    const marked = highlight && highlight.start <= s && e <= highlight.end && highlight.end > highlight.start;
    let piece = html`${text}`;
    if (marked) piece = html`<mark id="${s === highlight.start ? 'hl' : ''}">${piece}</mark>`;
    if (removal)
      piece = html`<span class="removed" title="${removal.reason}">${piece}</span>${s === removal.start ? html`<span class="removed-label"> [${removal.reason}]</span>` : ''}`;
    parts.push(piece);
  }
  return html`<h1>${article.title || article.id}</h1>
<p class="muted">${article.id} · ${day(article.published)}${article.publishedInferred ? ' (inferred)' : ''} · ${article.language}${article.outlet ? ` · ${article.outlet}` : ''}${article.url ? html` · <a href="${article.url}" rel="noopener noreferrer">${article.url}</a>` : ''}</p>
${article.flags.map((f) => html`<p><span class="badge">${f.kind}</span> <span class="muted">${f.evidence}</span></p>`)}
<div class="article" dir="auto"><p>${parts}</p></div>`;
}
