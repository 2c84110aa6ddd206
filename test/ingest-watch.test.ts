import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../src/ingest/fetch.js';
import { FeedWatcher } from '../src/ingest/watch.js';
import type { InputError, RawInput } from '../src/types.js';

const BODY = `<p>${'أعلنت السلطات المحلية فتح ثلاثة ملاجئ مؤقتة للأسر التي غمرت السيول منازلها في القرى الجنوبية. '.repeat(6)}</p>`;
const item = (n: number): string =>
  `<entry><id>urn:item:${n}</id><title>تحديث ${n}</title><link href="http://example.invalid/${n}"/><updated>2024-03-0${n}T12:00:00Z</updated><content type="html"><![CDATA[${BODY}]]></content></entry>`;

let version = 1;
let server: Server;
let base: string;
let dir: string;
let failing = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-watch-'));
  server = createServer((req, res) => {
    if (req.url === '/atom.xml') {
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304).end();
        return;
      }
      const entries = Array.from({ length: version + 1 }, (_, i) => item(i + 1)).join('');
      res.writeHead(200, { 'content-type': 'application/atom+xml', etag });
      res.end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>سيول</title><id>f</id>${entries}</feed>`);
      return;
    }
    if (req.url === '/down.xml') failing++;
    res.writeHead(req.url === '/down.xml' ? 503 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('FeedWatcher', () => {
  it('hands over only new items, uses the ETag, backs off a failing feed and keeps the others going', async () => {
    const batches: RawInput[][] = [];
    const errors: InputError[] = [];
    const statePath = join(dir, 'state.json');
    const feeds = [`${base}/down.xml`, `${base}/atom.xml`];
    const options = {
      fetcher: new Fetcher({ politenessMs: 0, timeoutMs: 2000 }),
      intervalSeconds: 60,
      statePath,
      onItems: async (inputs: RawInput[]) => void batches.push(inputs),
      onError: (e: InputError) => void errors.push(e),
    };
    const watcher = new FeedWatcher(feeds, { ...options, once: true });
    await watcher.run();
    expect(batches.map((b) => b.map((i) => i.title))).toEqual([['تحديث 1', 'تحديث 2']]);
    expect(errors).toEqual([{ source: `${base}/down.xml`, message: 'HTTP 503 Service Unavailable (retry in 120 s)' }]);
    expect(watcher.feeds.get(`${base}/down.xml`)?.failures).toBe(1);

    expect(await watcher.poll(`${base}/atom.xml`)).toBe(0); // 304: nothing new
    await watcher.poll(`${base}/down.xml`);
    expect(errors[1]?.message).toMatch(/retry in 240 s/); // doubled

    version = 2;
    expect(await watcher.poll(`${base}/atom.xml`)).toBe(1);
    expect(batches[1]?.map((i) => i.title)).toEqual(['تحديث 3']);

    // A new watcher with the same state file remembers what was seen.
    expect(existsSync(statePath)).toBe(true);
    expect(JSON.parse(readFileSync(statePath, 'utf8')).seen).toContain('urn:item:3');
    const again = new FeedWatcher([`${base}/atom.xml`], { ...options, once: true });
    version = 3;
    expect(await again.poll(`${base}/atom.xml`)).toBe(1);
    expect(batches[2]?.map((i) => i.title)).toEqual(['تحديث 4']);
    expect(failing).toBe(2);
  });

  it('retries items whose analysis failed instead of forgetting them', async () => {
    let calls = 0;
    const errors: InputError[] = [];
    const watcher = new FeedWatcher([`${base}/atom.xml`], {
      fetcher: new Fetcher({ politenessMs: 0 }),
      onItems: async () => {
        calls++;
        if (calls === 1) throw new Error('database is locked');
      },
      onError: (e) => void errors.push(e),
    });
    expect(await watcher.poll(`${base}/atom.xml`)).toBe(0);
    expect(errors[0]?.message).toMatch(/^analysing new items failed: database is locked/);
    expect(await watcher.poll(`${base}/atom.xml`)).toBe(version + 1);
  });
});
