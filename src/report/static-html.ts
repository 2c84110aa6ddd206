import type { Report } from '../types.js';
import { articleBody, type Links, layout, storyBody } from './html.js';
import { html } from './safe-html.js';

/** One self-contained HTML file: every story, then every article, linked by anchors. */
export function renderStaticHtml(report: Report): string {
  const links: Links = {
    home: '#',
    story: (id) => `#${id}`,
    source: (articleId) => `#a-${articleId}`,
  };
  const body = html`${report.stories.map((s) => html`<section id="${s.id}">${storyBody(s, report.articles, links)}</section>`)}
<h2>Articles</h2>
${report.articles.map((a) => html`<section id="a-${a.id}">${articleBody(a)}</section>`)}
${report.errors.length ? html`<h2>Inputs that failed</h2><ul>${report.errors.map((e) => html`<li>${e.source}: ${e.message}</li>`)}</ul>` : ''}`;
  return layout(report.stories[0]?.title ?? 'Marsad report', body, links);
}
