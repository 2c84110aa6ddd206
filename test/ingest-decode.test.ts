import { describe, expect, it } from 'vitest';
import { decodeBytes, metaCharset } from '../src/ingest/decode.js';
import { encodeSingleByte, utf16 } from './ingest-encode.js';

const ARABIC = 'قالت الشرطة إن المحتجين تجمعوا أمام مبنى البلدية صباح الخميس للمطالبة بخفض أسعار الوقود.';

const textOf = (bytes: Uint8Array, opts = {}): string => {
  const r = decodeBytes(bytes, opts);
  if ('error' in r) throw new Error(r.error);
  return r.text;
};

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM, dropping the BOM', () => {
    const plain = new TextEncoder().encode(ARABIC);
    expect(textOf(plain)).toBe(ARABIC);
    expect(textOf(Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]))).toBe(ARABIC);
  });

  it('reads UTF-16 LE and BE from the BOM, and LE without BOM from the byte pattern', () => {
    expect(textOf(utf16(ARABIC, false, true))).toBe(ARABIC);
    expect(textOf(utf16(ARABIC, true, true))).toBe(ARABIC);
    expect(textOf(utf16(`Reuters: ${ARABIC}`, false, false))).toBe(`Reuters: ${ARABIC}`);
  });

  it('sniffs Windows-1256 and ISO-8859-6 Arabic when UTF-8 fails', () => {
    for (const label of ['windows-1256', 'iso-8859-6']) {
      const r = decodeBytes(encodeSingleByte(ARABIC, label));
      expect(r).toEqual({ text: ARABIC, encoding: label });
    }
  });

  it('follows <meta charset> in HTML', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>${ARABIC}</p></body></html>`;
    const bytes = encodeSingleByte(html, 'windows-1256');
    expect(metaCharset(bytes)).toBe('windows-1256');
    expect(textOf(bytes, { html: true })).toContain(ARABIC);
  });

  it('names binary formats and empty input', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj');
    expect(decodeBytes(pdf)).toEqual({ error: 'binary file (PDF), not a news report' });
    expect(decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({
      error: 'binary file (PNG), not a news report',
    });
    expect(decodeBytes(Uint8Array.from([1, 2, 0, 0, 0, 9, 200, 0, 3, 0, 0, 0, 7, 7]))).toMatchObject({
      error: expect.stringMatching(/binary/),
    });
    expect(decodeBytes(new Uint8Array())).toEqual({ error: 'empty file' });
  });
});
