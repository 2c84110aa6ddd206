import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { collectInputs } from '../src/ingest/collect.js';
import { runUpTo } from './helpers.js';

const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>فيضانات في المدينة</title></head>
<body><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav><article><h1>فيضانات في المدينة</h1>
<p>قالت السلطات المحلية إن مياه الأمطار غمرت الأحياء المنخفضة في المدينة الساحلية مساء الثلاثاء، وأجبرت مئات العائلات على مغادرة منازلها.</p>
<p>وأعلن الدفاع المدني أن فرقه أجلت أكثر من 400 شخص، فيما أغلقت المدارس أبوابها حتى إشعار آخر.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>`;

async function record(url: string, status: string, type: string, body: string, warcType: 'response' | 'request' = 'response') {
  const bytes = new TextEncoder().encode(body);
  async function* content() {
    yield bytes;
  }
  const r = WARCRecord.create(
    { url, type: warcType, warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': type }, statusline: status },
    content(),
  );
  return WARCSerializer.serialize(r, { gzip: true });
}

async function archive(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-warc-'));
  const parts = [
    await record('https://news.example/floods', 'HTTP/1.1 200 OK', 'text/html; charset=utf-8', PAGE),
    await record('https://news.example/missing', 'HTTP/1.1 404 Not Found', 'text/html', '<html><body>not found</body></html>'),
    await record('https://news.example/photo.jpg', 'HTTP/1.1 200 OK', 'image/jpeg', '\xff\xd8\xff'),
  ];
  const path = join(dir, 'crawl.warc.gz');
  writeFileSync(path, Buffer.concat(parts.map((p) => Buffer.from(p))));
  return path;
}

describe('WARC archives', () => {
  it('turn each HTML response into one article and skip errors, images and requests', async () => {
    const path = await archive();
    const { inputs, errors } = await collectInputs([path]);
    expect(errors).toEqual([]);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.url).toBe('https://news.example/floods');
    expect(inputs[0]?.source).toBe(`${path}#https://news.example/floods`);
    const ctx = await runUpTo(inputs, 'clean');
    expect(ctx.articles[0]?.text).toContain('أجلت أكثر من 400 شخص');
    expect(ctx.articles[0]?.text).not.toContain('جميع الحقوق محفوظة');
  });

  it('name a broken archive in one error and keep the other inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-warc-bad-'));
    writeFileSync(join(dir, 'broken.warc.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]));
    writeFileSync(join(dir, 'note.txt'), 'عنوان\n\nقال المتحدث إن الطرق أعيد فتحها صباح اليوم.');
    const { inputs, errors } = await collectInputs([dir]);
    expect(inputs.map((i) => i.id)).toEqual(['note']);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.source).toContain('broken.warc.gz');
  });
});
