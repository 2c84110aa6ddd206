import { serve } from '@hono/node-server';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';

export interface ServeOptions {
  host?: string;
  port?: number;
}

/** Starts the desk; resolves with the URL once listening (127.0.0.1 unless told otherwise). */
export function startServer(
  store: Store,
  { host = '127.0.0.1', port = 4321 }: ServeOptions = {},
): Promise<{ url: string; close: () => void }> {
  const app = createApp(store);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
      resolve({ url: `http://${host}:${info.port}/`, close: () => server.close() });
    });
    server.on('error', reject);
  });
}
