import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeInputs } from '../src/core.js';
import { createApp } from '../src/http/app.js';
import { startServer } from '../src/http/serve.js';
import { openSqliteStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import type { Report } from '../src/types.js';
import { seedFiles, textInput } from './helpers.js';

const HOSTILE =
  'عنوان <script>alert(1)</script>\n\nقال الرئيس "<img src=x onerror=alert(2)>" في بيان يوم الجمعة إن 12 شخصا قتلوا في المدينة.';

describe('HTTP desk', () => {
  let store: Store;
  let report: Report;

  beforeAll(async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'marsad-http-')), 'desk.db');
    report = await analyzeInputs([...seedFiles().map(textInput), { id: 'hostile', source: 'hostile.txt', text: HOSTILE }], {
      db,
    });
    store = await openSqliteStore(db);
  });
  afterAll(async () => store.close());

  it('lists the stories and serves each story page with its facts', async () => {
    const app = createApp(store);
    const list = await (await app.request('/api/stories')).json();
    expect(list.length).toBe(report.stories.length);
    const story = report.stories.find((s) => s.articleIds.length >= 5);
    expect(story).toBeDefined();
    const page = await app.request(`/stories/${story?.id}`);
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('Timeline');
    expect(body).toContain(story?.id ?? '???');
  });

  it('never injects article text as HTML and forbids scripts', async () => {
    const app = createApp(store);
    const res = await app.request('/articles/hostile?start=0&end=5');
    const body = await res.text();
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).not.toContain('<img src=x');
    expect(body).toContain('&lt;script&gt;');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('highlights the requested span and rejects malformed spans', async () => {
    const app = createApp(store);
    const ok = await (await app.request('/articles/hostile?start=0&end=5')).text();
    expect(ok).toContain('<mark id="hl">');
    expect((await app.request('/articles/hostile?start=-3&end=x')).status).toBe(400);
    expect((await app.request('/articles/nope')).status).toBe(404);
    expect((await app.request('/api/stories/nope')).status).toBe(404);
  });

  it('binds to 127.0.0.1 by default', async () => {
    const server = await startServer(store, { port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(`${server.url}api/stories`);
      expect(res.status).toBe(200);
    } finally {
      server.close();
    }
  });
});
