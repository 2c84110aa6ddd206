// Web archives: every HTML or text response in a .warc or .warc.gz becomes one input, read as a stream.
import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import type { InputError, RawInput } from '../types.js';
import { decodeBytes } from './decode.js';
import { urlId } from './ids.js';

export const isWarc = (path: string): boolean => /\.warc(?:\.gz)?$/i.test(path);

const ARTICLE_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain)/i;

/** Reads the archive record by record; a record that cannot be read is one error, the others go on. */
export async function readWarc(path: string, maxRecordBytes: number): Promise<{ inputs: RawInput[]; errors: InputError[] }> {
  const inputs: RawInput[] = [];
  const errors: InputError[] = [];
  let records = 0;
  try {
    for await (const record of WARCParser.iterRecords(createReadStream(path))) {
      records++;
      if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
      const url = record.warcTargetURI ?? undefined;
      const source = `${path}#${url ?? record.warcHeader('WARC-Record-ID') ?? inputs.length}`;
      const type = record.httpHeaders?.headers.get('content-type') ?? record.warcContentType ?? '';
      if (!ARTICLE_TYPES.test(type)) continue;
      const status = Number(record.httpHeaders?.statusCode ?? 200);
      if (status >= 300) continue; // redirects and errors hold no article
      const bytes = await record.readFully(true); // content: transfer and content encodings undone
      if (bytes.length > maxRecordBytes) {
        errors.push({ source, message: `record is ${(bytes.length / 1048576).toFixed(1)} MB, over the limit` });
        continue;
      }
      const charset = /charset=([\w-]+)/i.exec(type)?.[1];
      const decoded = decodeBytes(bytes, { declared: charset, html: !/text\/plain/i.test(type) });
      if ('error' in decoded) {
        errors.push({ source, message: decoded.error });
        continue;
      }
      const id = url ? urlId(url) : `${inputs.length + 1}`;
      // The capture date (WARC-Date) is not the publication date: the page's own metadata says that.
      inputs.push(/text\/plain/i.test(type) ? { id, source, url, text: decoded.text } : { id, source, url, html: decoded.text });
    }
  } catch (e) {
    errors.push({ source: path, message: `not a readable WARC archive (${(e as Error).message.split('\n')[0]})` });
    return { inputs, errors };
  }
  if (records === 0) errors.push({ source: path, message: 'not a readable WARC archive: no records found' });
  return { inputs, errors };
}
