// Paths and URLs to raw inputs: every file kind Marsad reads, errors collected per input, never thrown.
import { basename, dirname, extname } from 'node:path';
import type { InputError, RawInput } from '../types.js';
import { decodeBytes } from './decode.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { feedItemInputs } from './feed-items.js';
import { Fetcher, type FetchOptions } from './fetch.js';
import { DEFAULT_MAX_BYTES, listFiles, readBytes, stem } from './files.js';
import { stripMarkdown } from './markdown.js';
import { parseJsonl, parseJsonRecords } from './records.js';
import { urlInputs } from './url-input.js';
import { isWarc, readWarc } from './warc.js';

export interface CollectOptions {
  /** Largest file read, in bytes (default 20 MB). */
  maxBytes?: number;
  fetch?: FetchOptions;
  /** Share one fetcher (robots cache, politeness) across calls. */
  fetcher?: Fetcher;
  /** Fetch the links of feed items whose own text is a teaser (default true). */
  fetchLinks?: boolean;
  onError?: (error: InputError) => void;
}

interface Batch {
  inputs: RawInput[];
  errors: InputError[];
}

const isUrl = (p: string): boolean => /^https?:\/\//i.test(p);

export async function collectInputs(paths: string[], opts: CollectOptions = {}): Promise<Batch> {
  const out: Batch = { inputs: [], errors: [] };
  const add = (b: Batch): void => {
    out.inputs.push(...b.inputs);
    out.errors.push(...b.errors);
    for (const e of b.errors) opts.onError?.(e);
  };
  let fetcher = opts.fetcher;
  const getFetcher = (): Fetcher => {
    fetcher ??= new Fetcher(opts.fetch);
    return fetcher;
  };
  const { files, missing } = listFiles(paths.filter((p) => !isUrl(p)));
  add({ inputs: [], errors: missing.map((source) => ({ source, message: 'no such file or folder' })) });
  for (const file of files) add(await readFile(file, opts, opts.fetchLinks === false ? undefined : getFetcher));
  for (const url of paths.filter(isUrl)) add(await urlInputs(url, getFetcher()));
  uniqueIds(out.inputs);
  return out;
}

/** Two files named source.html in different folders: qualify the later ids by their folder, then number them. */
function uniqueIds(inputs: RawInput[]): void {
  const used = new Set<string>();
  for (const input of inputs) {
    let id = input.id;
    if (used.has(id) && !isUrl(input.source)) id = `${basename(dirname(input.source.replace(/#.*$/, '')))}-${id}`;
    for (let n = 2; used.has(id); n++) id = `${input.id}-${n}`;
    used.add(id);
    input.id = id;
  }
}

async function readFile(path: string, opts: CollectOptions, getFetcher?: () => Fetcher): Promise<Batch> {
  if (isWarc(path)) return readWarc(path, opts.maxBytes ?? DEFAULT_MAX_BYTES); // streamed: archives run to gigabytes
  const fail = (message: string): Batch => ({ inputs: [], errors: [{ source: path, message }] });
  const bytes = readBytes(path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if ('error' in bytes) return fail(bytes.error);
  const ext = extname(path).toLowerCase();
  const decoded = decodeBytes(bytes, { html: ext === '.html' || ext === '.htm' || ext === '.xhtml' });
  if ('error' in decoded) return fail(decoded.error);
  const text = decoded.text;
  const id = stem(path);
  switch (ext) {
    case '.txt':
    case '.text':
      return { inputs: [{ id, source: path, text }], errors: [] };
    case '.md':
    case '.markdown':
      return { inputs: [{ id, source: path, text: stripMarkdown(text) }], errors: [] };
    case '.html':
    case '.htm':
    case '.xhtml':
      return { inputs: [{ id, source: path, html: text }], errors: [] };
    case '.jsonl':
    case '.ndjson':
      return parseJsonl(text, path);
    case '.json':
      return readJson(text, path, getFetcher);
    case '.xml':
    case '.rss':
    case '.atom':
      return readFeedFile(text, path, getFetcher);
    default:
      if (looksLikeFeed(text)) return readFeedFile(text, path, getFetcher);
      if (/^\s*(?:<!doctype html|<html)[\s>]/i.test(text)) return { inputs: [{ id, source: path, html: text }], errors: [] };
      return fail(`unsupported file type "${ext || '(none)'}": expected .txt, .md, .html, .jsonl, .json, .warc(.gz) or a feed`);
  }
}

async function readJson(text: string, path: string, getFetcher?: () => Fetcher): Promise<Batch> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { inputs: [], errors: [{ source: path, message: `not valid JSON (${(e as Error).message.split('\n')[0]})` }] };
  }
  if (looksLikeFeed(text)) return readFeedFile(value as object, path, getFetcher);
  return parseJsonRecords(value, path);
}

async function readFeedFile(content: string | object, path: string, getFetcher?: () => Fetcher): Promise<Batch> {
  const feed = readFeed(content);
  if ('error' in feed) return { inputs: [], errors: [{ source: path, message: feed.error }] };
  return feedItemInputs(feed, path, getFetcher?.(), stem(path));
}
