// Poll feeds: conditional requests, new items only (remembered across polls), per-feed backoff on errors.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { InputError, RawInput } from '../types.js';
import { readFeed } from './feed.js';
import { feedItemInputs } from './feed-items.js';
import { type Conditional, Fetcher } from './fetch.js';
import { urlId } from './ids.js';
import { bodyText } from './page.js';

export interface WatchOptions {
  onItems: (inputs: RawInput[]) => Promise<void>;
  onError?: (error: InputError) => void;
  log?: (message: string) => void;
  intervalSeconds?: number;
  /** Longest wait after repeated errors of one feed. */
  maxBackoffSeconds?: number;
  /** Poll each feed once and return. */
  once?: boolean;
  /** JSON file that remembers seen items and validators across runs. */
  statePath?: string;
  fetcher?: Fetcher;
  signal?: AbortSignal;
}

interface FeedState extends Conditional {
  failures: number;
  nextPollAt: number;
}

interface SavedState {
  seen: string[];
  feeds: Record<string, Conditional>;
}

export class FeedWatcher {
  readonly seen = new Set<string>();
  readonly feeds = new Map<string, FeedState>();
  private readonly fetcher: Fetcher;

  constructor(
    urls: readonly string[],
    private readonly opts: WatchOptions,
  ) {
    this.fetcher = opts.fetcher ?? new Fetcher();
    const saved = loadState(opts.statePath);
    for (const key of saved.seen) this.seen.add(key);
    for (const url of urls) this.feeds.set(url, { ...saved.feeds[url], failures: 0, nextPollAt: 0 });
  }

  /** Poll one feed; returns the number of new items handed to onItems. */
  async poll(url: string): Promise<number> {
    const state = this.feeds.get(url) ?? { failures: 0, nextPollAt: 0 };
    this.feeds.set(url, state);
    const interval = (this.opts.intervalSeconds ?? 300) * 1000;
    const failed = (error: InputError): number => {
      state.failures++;
      const backoff = Math.min(interval * 2 ** state.failures, (this.opts.maxBackoffSeconds ?? 3600) * 1000);
      state.nextPollAt = Date.now() + backoff;
      this.opts.onError?.({ ...error, message: `${error.message} (retry in ${Math.round(backoff / 1000)} s)` });
      return 0;
    };
    const res = await this.fetcher.get(url, state);
    if ('message' in res) return failed(res);
    if (res.notModified) {
      this.succeeded(state, interval);
      return 0;
    }
    const body = bodyText(res);
    const feed = 'error' in body ? body : readFeed(body.text);
    if ('error' in feed) return failed({ source: url, message: feed.error });
    const fresh = { ...feed, items: feed.items.filter((item) => !this.seen.has(itemKey(item, url))) };
    const { inputs, errors } = await feedItemInputs(fresh, url, this.fetcher, urlId(url));
    for (const e of errors) this.opts.onError?.(e);
    try {
      if (inputs.length) await this.opts.onItems(inputs);
    } catch (e) {
      return failed({ source: url, message: `analysing new items failed: ${(e as Error).message}` }); // not marked seen: retried
    }
    for (const item of fresh.items) this.seen.add(itemKey(item, url));
    state.etag = res.etag;
    state.lastModified = res.lastModified;
    this.succeeded(state, interval);
    this.save();
    this.opts.log?.(`${url}: ${fresh.items.length} new of ${feed.items.length}`);
    return inputs.length;
  }

  /** Poll every due feed until aborted (or once each with `once`). */
  async run(): Promise<void> {
    const signal = this.opts.signal;
    do {
      for (const [url, state] of this.feeds) {
        if (signal?.aborted) return;
        if (this.opts.once || state.nextPollAt <= Date.now()) await this.poll(url);
      }
      if (this.opts.once) return;
      const next = Math.min(...Array.from(this.feeds.values(), (s) => s.nextPollAt));
      await sleep(Math.max(0, next - Date.now()), signal);
    } while (!signal?.aborted);
  }

  private succeeded(state: FeedState, interval: number): void {
    state.failures = 0;
    state.nextPollAt = Date.now() + interval;
  }

  private save(): void {
    if (!this.opts.statePath) return;
    const feeds = Object.fromEntries(
      Array.from(this.feeds, ([url, s]) => [url, { etag: s.etag, lastModified: s.lastModified }] as const),
    );
    const state: SavedState = { seen: Array.from(this.seen), feeds };
    writeFileSync(this.opts.statePath, `${JSON.stringify(state, null, 1)}\n`);
  }
}

export const watchFeeds = (urls: readonly string[], opts: WatchOptions): Promise<void> => new FeedWatcher(urls, opts).run();

/** Items are the same item across polls by guid, else link, else title within the feed. */
const itemKey = (item: { key?: string; link?: string; title?: string }, feed: string): string =>
  item.key ?? item.link ?? `${feed}#${item.title ?? ''}`;

function loadState(path: string | undefined): SavedState {
  if (!path || !existsSync(path)) return { seen: [], feeds: {} };
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<SavedState>;
    return { seen: data.seen ?? [], feeds: data.feeds ?? {} };
  } catch {
    return { seen: [], feeds: {} };
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
