import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../src/ingest/collect.js';
import { Fetcher, type FetchResult } from '../src/ingest/fetch.js';
import { readInput } from '../src/ingest/read-input.js';
import type { Article } from '../src/types.js';

const PARA = 'قال متحدث باسم الدفاع المدني إن فرق الإنقاذ انتشلت ثلاثة ناجين من تحت الأنقاض بعد ساعات من البحث المتواصل.';
const page = (title: string): string =>
  `<!doctype html><html lang="ar" dir="rtl"><head><title>${title}</title><meta property="article:published_time" content="2023-02-07T09:15:00+03:00"></head><body><nav><a href="/">الرئيسية</a></nav><article><h1>${title}</h1><p>${PARA}</p><p>${PARA}</p><p>${PARA}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>`;
const rss = (base: string): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>خلاصة</title><item><title>خبر أول</title><link>${base}/news/1</link><guid>n1</guid><pubDate>Tue, 07 Feb 2023 08:00:00 GMT</pubDate><description>موجز قصير</description></item></channel></rss>`;

const requests: string[] = [];
let server: Server;
let base: string;

/** Returns whether it answered (false: the request hangs). */
function handle(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? '/';
  requests.push(`${url} ${req.headers['user-agent']}`);
  const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): boolean => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
    return true;
  };
  if (url === '/robots.txt')
    return send(
      200,
      'text/plain',
      'User-agent: *\nDisallow: /private/\nAllow: /private/open\n\nUser-agent: OtherBot\nDisallow: /\n',
    );
  if (url === '/feed.xml') {
    if (req.headers['if-none-match'] === '"v1"') return send(304, 'application/rss+xml', '');
    return send(200, 'application/rss+xml; charset=utf-8', rss(base), { etag: '"v1"' });
  }
  if (url === '/news/1' || url === '/private/open') return send(200, 'text/html; charset=utf-8', page('انتشال ناجين'));
  if (url === '/private/secret') return send(200, 'text/html', page('سري'));
  if (url === '/missing') return send(404, 'text/html', 'not here');
  if (url === '/broken') return send(500, 'text/html', 'oops');
  if (url === '/loop-a') return send(302, 'text/html', '', { location: '/loop-b' });
  if (url === '/loop-b') return send(301, 'text/html', '', { location: '/loop-a' });
  if (url === '/hop') return send(302, 'text/html', '', { location: '/news/1' });
  if (url === '/slow') return false; // never answers
  if (url === '/big') {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = (): void => {
      while (sent < 40 && res.write(chunk)) sent++;
      if (sent >= 40) res.end();
      else res.once('drain', pump);
    };
    pump();
    return true;
  }
  if (url === '/data.csv') return send(200, 'text/csv', 'a,b\n1,2\n');
  if (url === '/image.png') return send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return send(404, 'text/plain', 'no route');
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const fast = (): Fetcher => new Fetcher({ politenessMs: 0, timeoutMs: 2000 });
const messageOf = async (url: string, fetcher = fast()): Promise<string | undefined> => {
  const r = await fetcher.get(url);
  return 'message' in r ? r.message : undefined;
};

describe('Fetcher', () => {
  it('sends the Marsad user agent and reads a page after a redirect', async () => {
    const r = (await fast().get(`${base}/hop`)) as FetchResult;
    expect(r.status).toBe(200);
    expect(r.url).toBe(`${base}/news/1`);
    expect(new TextDecoder().decode(r.body)).toContain('انتشال ناجين');
    expect(requests.some((q) => q.startsWith('/hop Marsad/0.1'))).toBe(true);
  });

  it('turns HTTP errors, loops, timeouts and oversize bodies into one-line messages', async () => {
    expect(await messageOf(`${base}/missing`)).toBe('HTTP 404 Not Found');
    expect(await messageOf(`${base}/broken`)).toBe('HTTP 500 Internal Server Error');
    expect(await messageOf(`${base}/loop-a`)).toBe(`redirect loop at ${base}/loop-a`);
    expect(await messageOf(`${base}/slow`, new Fetcher({ politenessMs: 0, timeoutMs: 300 }))).toBe('timed out after 0.3 s');
    expect(await messageOf(`${base}/big`, new Fetcher({ politenessMs: 0, maxBytes: 1024 * 1024 }))).toBe(
      'response is over the 1.0 MB limit',
    );
  });

  it('honours robots.txt for its own group, fetching it once per host', async () => {
    const fetcher = fast();
    expect(await messageOf(`${base}/private/secret`, fetcher)).toBe('disallowed by robots.txt');
    expect(await messageOf(`${base}/private/open`, fetcher)).toBeUndefined();
    const robots = requests.filter((q) => q.startsWith('/robots.txt'));
    expect(robots.length).toBeGreaterThan(0);
    const before = robots.length;
    await fetcher.get(`${base}/news/1`);
    expect(requests.filter((q) => q.startsWith('/robots.txt'))).toHaveLength(before);
  });

  it('answers 304 to a conditional request with the ETag', async () => {
    const fetcher = fast();
    const first = (await fetcher.get(`${base}/feed.xml`)) as FetchResult;
    expect(first.etag).toBe('"v1"');
    const second = (await fetcher.get(`${base}/feed.xml`, { etag: first.etag })) as FetchResult;
    expect(second.notModified).toBe(true);
  });

  it('waits between two requests to one host', async () => {
    const fetcher = new Fetcher({ politenessMs: 150 });
    const t0 = performance.now();
    await Promise.all([fetcher.get(`${base}/news/1`), fetcher.get(`${base}/news/1`)]);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290); // robots.txt + two pages: two waits
  });
});

describe('collectInputs on URLs', () => {
  it('turns a feed URL into its items, fetching the page of a teaser item', async () => {
    const { inputs, errors } = await collectInputs([`${base}/feed.xml`], { fetcher: fast() });
    expect(errors).toEqual([]);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({ title: 'خبر أول', published: '2023-02-07T08:00:00Z', url: `${base}/news/1` });
    const article = readInput(inputs[0] ?? { id: '', source: '' }) as Article;
    expect(article.original).toContain(PARA);
    expect(article.original).not.toContain('جميع الحقوق');
    expect(article.language).toBe('ar');
  });

  it('reads a page URL and names the URL of each failure', async () => {
    const urls = [`${base}/news/1`, `${base}/missing`, `${base}/image.png`, `${base}/data.csv`];
    const { inputs, errors } = await collectInputs(urls, { fetcher: fast() });
    expect(inputs.map((i) => i.url)).toEqual([`${base}/news/1`]);
    expect(inputs[0]?.id).toMatch(/^127\.0\.0\.1-1-[0-9a-f]{8}$/);
    expect(errors).toEqual([
      { source: `${base}/missing`, message: 'HTTP 404 Not Found' },
      { source: `${base}/image.png`, message: 'binary file (PNG), not a news report' },
      { source: `${base}/data.csv`, message: 'not HTML or a feed (content-type text/csv)' },
    ]);
  });
});
