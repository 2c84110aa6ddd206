import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../src/ingest/collect.js';
import { readInput } from '../src/ingest/read-input.js';
import type { Article } from '../src/types.js';
import { encodeSingleByte, utf16 } from './ingest-encode.js';

const AR = 'أعلنت وزارة الصحة ارتفاع عدد المصابين إلى 42 شخصا بعد انهيار مبنى سكني في حي الشاطئ مساء الثلاثاء.';
let dir: string;
const path = (name: string): string => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-'));
  writeFileSync(path('a-cp1256.txt'), encodeSingleByte(AR, 'windows-1256'));
  writeFileSync(path('b-utf16.txt'), utf16(AR, false, true));
  writeFileSync(path('c-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(AR)]));
  writeFileSync(path('d-iso.txt'), encodeSingleByte(AR, 'iso-8859-6'));
  writeFileSync(path('e-report.pdf.txt'), '%PDF-1.4\n1 0 obj <<>>');
  writeFileSync(path('f-photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  writeFileSync(path('g-empty.txt'), '');
  writeFileSync(path('h-huge.txt'), Buffer.alloc(2 * 1024 * 1024 + 10, 0x61));
  writeFileSync(path('i-truncated.html'), `<html><body><article><h1>عنوان</h1><p>${AR}</p><p>${AR.slice(0, 60)}`);
  writeFileSync(
    path('j-rows.jsonl'),
    [
      JSON.stringify({ id: 'r1', title: 'خبر', text: AR, published: '2022-01-06', outlet: 'وكالة' }),
      '{not json',
      JSON.stringify({ url: 'https://x.example/2', html: `<p>${AR}</p><p>${AR}</p>` }),
      JSON.stringify({ title: 'no body' }),
    ].join('\n'),
  );
  writeFileSync(path('k-note.md'), `# عنوان التقرير\n\n**${AR}** [المصدر](https://x.example)\n\n- بند أول`);
  writeFileSync(path('l-list.json'), JSON.stringify([{ text: AR }, { html: `<div><p>${AR}</p></div>` }]));
  mkdirSync(path('sub'));
  writeFileSync(path('sub/m-nested.txt'), AR);
  writeFileSync(path('.hidden.txt'), AR);
  writeFileSync(path('n-bad.xml'), '<rss version="2.0"><channel><item><title>a</tit');
  writeFileSync(
    path('o-entities.rss'),
    feed([
      `<item><title>بيان &amp; توضيح &nbsp; &copy;</title><guid>x1</guid><pubDate>Thu, 06 Jan 2022 10:30:00 +0600</pubDate><description><![CDATA[<p>${AR}</p><p>${AR}</p><p>${AR}</p><p>${AR}</p>]]></description></item>`,
      '<item><title>بلا رابط ولا نص</title></item>',
    ]),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function feed(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>خلاصة</title><language>ar</language>${items.join('')}</channel></rss>`;
}

describe('collectInputs on files', () => {
  it('reads every kind, names every failure, skips dotfiles', async () => {
    const { inputs, errors } = await collectInputs([dir], { maxBytes: 2 * 1024 * 1024, fetchLinks: false });
    const errorOf = (name: string): string | undefined => errors.find((e) => e.source.includes(name))?.message;
    for (const name of ['a-cp1256', 'b-utf16', 'c-bom', 'd-iso', 'm-nested']) {
      expect(inputs.find((i) => i.id === name)?.text, name).toBe(AR);
    }
    expect(errorOf('e-report')).toBe('binary file (PDF), not a news report');
    expect(errorOf('f-photo.png')).toBe('binary file (PNG), not a news report');
    expect(errorOf('g-empty')).toBe('empty file');
    expect(errorOf('h-huge')).toBe('file is 2.0 MB, over the 2.0 MB limit (--max-size)');
    expect(errorOf('j-rows.jsonl#2')).toMatch(/^line 2 is not JSON/);
    expect(errorOf('j-rows.jsonl#4')).toBe('record has no "text" or "html" field');
    expect(errorOf('n-bad.xml')).toMatch(/^not a valid RSS, Atom or JSON feed/);
    expect(errorOf('o-entities.rss#item2')).toBe('feed item has no link and no text');
    expect(inputs.some((i) => i.source.includes('.hidden'))).toBe(false);
    for (const e of errors) expect(e.source.startsWith(dir)).toBe(true);
  });

  it('keeps JSONL fields and gives row ids to rows without one', async () => {
    const { inputs } = await collectInputs([path('j-rows.jsonl')]);
    expect(inputs.map((i) => i.id)).toEqual(['r1', 'j-rows-3']);
    expect(inputs[0]).toMatchObject({
      title: 'خبر',
      published: '2022-01-06',
      outlet: 'وكالة',
      source: `${path('j-rows.jsonl')}#1`,
    });
    expect(inputs[1]?.html).toContain('<p>');
  });

  it('reads feed items with their dates, titles and language', async () => {
    const { inputs } = await collectInputs([path('o-entities.rss')], { fetchLinks: false });
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({
      title: expect.stringContaining('بيان & توضيح'),
      published: '2022-01-06T10:30:00+06:00',
      language: 'ar',
    });
    const article = readInput(inputs[0] ?? { id: '', source: '' }) as Article;
    expect(article.original.split('\n\n')).toHaveLength(4);
  });

  it('reads a JSON Feed file as feed items, not as records', async () => {
    const feedPath = path('p-feed.json');
    const item = { id: 'j1', url: 'https://x.example/j1', title: 'بيان', date_published: '2022-01-07T08:00:00+06:00' };
    writeFileSync(
      feedPath,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [{ ...item, content_html: `<p>${AR}</p>`.repeat(5) }],
      }),
    );
    const { inputs, errors } = await collectInputs([feedPath], { fetchLinks: false });
    expect(errors).toEqual([]);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({ title: 'بيان', url: item.url, published: '2022-01-07T08:00:00+06:00', source: item.url });
    rmSync(feedPath);
  });

  it('strips Markdown lightly and keeps the words', async () => {
    const { inputs } = await collectInputs([path('k-note.md')]);
    expect(inputs[0]?.text).toBe(`عنوان التقرير\n\n${AR} المصدر\n\nبند أول`);
  });

  it('reads truncated HTML and JSON arrays into articles', async () => {
    const { inputs } = await collectInputs([path('i-truncated.html'), path('l-list.json')]);
    const articles = inputs.map(readInput);
    expect(articles.every((a) => 'original' in a)).toBe(true);
    expect((articles[0] as Article).original).toContain(AR);
    expect(inputs.map((i) => i.id)).toEqual(['i-truncated', 'l-list-1', 'l-list-2']);
  });

  it('keeps ids unique when two folders hold the same file name', async () => {
    for (const d of ['x', 'y']) {
      mkdirSync(path(`same/${d}`), { recursive: true });
      writeFileSync(path(`same/${d}/source.txt`), AR);
    }
    writeFileSync(path('same/x/source.md'), AR);
    const { inputs } = await collectInputs([path('same')]);
    expect(inputs.map((i) => i.id)).toEqual(['source', 'x-source', 'y-source']);
  });

  it('reports a missing path', async () => {
    const { errors } = await collectInputs([path('nope.txt')]);
    expect(errors).toEqual([{ source: path('nope.txt'), message: 'no such file or folder' }]);
  });
});
