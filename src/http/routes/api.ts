import { Hono } from 'hono';
import type { Store } from '../../store/store.js';
import { idParam } from './params.js';

export function apiRoutes(store: Store): Hono {
  const api = new Hono();
  api.get('/stories', async (c) => c.json(await store.listStories()));
  api.get('/stories/:id', async (c) => {
    const id = idParam.safeParse(c.req.param('id'));
    const story = id.success ? await store.getStory(id.data) : undefined;
    return story ? c.json(story) : c.json({ error: 'no such story' }, 404);
  });
  api.get('/articles/:id', async (c) => {
    const id = idParam.safeParse(c.req.param('id'));
    const article = id.success ? await store.getArticle(id.data) : undefined;
    return article ? c.json(article) : c.json({ error: 'no such article' }, 404);
  });
  return api;
}
