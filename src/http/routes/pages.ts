import { Hono } from 'hono';
import { articleBody, type Links, layout, storyBody, storyListBody } from '../../report/html.js';
import type { Store } from '../../store/store.js';
import { idParam, spanQuery } from './params.js';

const links: Links = {
  home: '/',
  story: (id) => `/stories/${encodeURIComponent(id)}`,
  source: (articleId, start, end) =>
    `/articles/${encodeURIComponent(articleId)}${end > start ? `?start=${start}&end=${end}#hl` : ''}`,
};

export function pageRoutes(store: Store): Hono {
  const pages = new Hono();
  pages.get('/', async (c) => c.html(layout('Stories', storyListBody(await store.listStories(), links), links)));
  pages.get('/stories/:id', async (c) => {
    const id = idParam.safeParse(c.req.param('id'));
    const story = id.success ? await store.getStory(id.data) : undefined;
    if (!story) return c.html(layout('Not found', storyListBody([], links), links), 404);
    const articles = await store.getArticles(story.articleIds);
    return c.html(layout(story.title, storyBody(story, articles, links), links));
  });
  pages.get('/articles/:id', async (c) => {
    const id = idParam.safeParse(c.req.param('id'));
    const span = spanQuery.safeParse(c.req.query());
    if (!span.success) return c.text('start and end must be non-negative integers', 400);
    const article = id.success ? await store.getArticle(id.data) : undefined;
    if (!article) return c.text('no such article', 404);
    const { start, end } = span.data;
    const highlight = start !== undefined && end !== undefined ? { start, end } : undefined;
    return c.html(layout(article.title, articleBody(article, highlight), links));
  });
  return pages;
}
