// JSON records (JSONL rows, JSON arrays) to raw inputs: one article per object.
import { basename } from 'node:path';
import type { InputError, RawInput } from '../types.js';
import { toIsoDate } from './dates.js';
import { stem } from './files.js';

type Row = Record<string, unknown>;

const first = (row: Row, ...keys: string[]): string | undefined => {
  for (const k of keys) {
    const v = row[k];
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number') return String(v);
  }
  return undefined;
};

const looksLikeHtml = (s: string): boolean => /<(?:p|div|br|article|html|body|h[1-6])[\s>/]/i.test(s);

/** One object as an input: {id?, url?, title?, published?, source?/outlet?, language?, text|html}. */
export function recordToInput(value: unknown, fallbackId: string, source: string): RawInput | InputError {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { source, message: 'record is not a JSON object' };
  const row = value as Row;
  const html = first(row, 'html', 'content_html', 'raw_html');
  const body = first(row, 'text', 'body', 'content', 'content_text', 'article', 'maintext');
  if (!html && !body) return { source, message: 'record has no "text" or "html" field' };
  const url = first(row, 'url', 'link', 'canonical');
  const input: RawInput = {
    id: first(row, 'id', 'guid') ?? fallbackId,
    source,
    url,
    title: first(row, 'title', 'headline'),
    published: toIsoDate(first(row, 'published', 'date', 'datePublished', 'published_at', 'date_published', 'pubDate')),
    outlet: first(row, 'outlet', 'source', 'site', 'site_name', 'publisher'),
    language: first(row, 'language', 'lang'),
  };
  if (html) input.html = html;
  else if (body && looksLikeHtml(body)) input.html = body;
  else input.text = body;
  return dropUndefined(input);
}

/** One article per line; a bad line is an error naming "path#line", the other lines are read. */
export function parseJsonl(text: string, path: string): { inputs: RawInput[]; errors: InputError[] } {
  const inputs: RawInput[] = [];
  const errors: InputError[] = [];
  const base = stem(path);
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const source = `${path}#${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push({ source, message: `line ${i + 1} is not JSON (${(e as Error).message.split('\n')[0]})` });
      return;
    }
    const r = recordToInput(value, `${base}-${i + 1}`, source);
    if ('message' in r) errors.push(r);
    else inputs.push(r);
  });
  return { inputs, errors };
}

/** A JSON array of records (or one record). JSON Feeds go to feed.ts before this. */
export function parseJsonRecords(value: unknown, path: string): { inputs: RawInput[]; errors: InputError[] } {
  const list = Array.isArray(value) ? value : [value];
  const inputs: RawInput[] = [];
  const errors: InputError[] = [];
  const base = Array.isArray(value) ? stem(path) : basename(stem(path));
  list.forEach((item, i) => {
    const r = recordToInput(
      item,
      Array.isArray(value) ? `${base}-${i + 1}` : base,
      Array.isArray(value) ? `${path}#${i + 1}` : path,
    );
    if ('message' in r) errors.push(r);
    else inputs.push(r);
  });
  return { inputs, errors };
}

function dropUndefined<T extends object>(obj: T): T {
  for (const k of Object.keys(obj) as Array<keyof T>) if (obj[k] === undefined) delete obj[k];
  return obj;
}
