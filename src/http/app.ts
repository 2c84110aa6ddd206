import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../store/store.js';
import { apiRoutes } from './routes/api.js';
import { pageRoutes } from './routes/pages.js';

/** The desk over one store: HTML pages for people, JSON for tools. */
export function createApp(store: Store): Hono {
  const app = new Hono();
  // No scripts are needed by the pages, so none may run: a last guard behind escaping.
  app.use(
    '*',
    secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], imgSrc: ["'self'"] } }),
  );
  app.route('/api', apiRoutes(store));
  app.route('/', pageRoutes(store));
  app.notFound((c) => c.text('not found', 404));
  return app;
}
