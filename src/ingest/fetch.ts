// Polite HTTP GET: robots.txt, per-host delay, manual redirects, timeout, size cap, conditional requests.
import type { InputError } from '../types.js';
import { isAllowed, parseRobots, type RobotsRule, rulesFor } from './robots.js';

export interface FetchOptions {
  userAgent?: string;
  /** Whole request, body included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Minimum time between two requests to one host. */
  politenessMs?: number;
  robots?: boolean;
}

export interface Conditional {
  etag?: string;
  lastModified?: string;
}

export interface FetchResult {
  url: string;
  status: number;
  contentType: string;
  body: Uint8Array;
  etag?: string;
  lastModified?: string;
  notModified: boolean;
}

const ROBOTS_AGENT = 'marsad';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

export class Fetcher {
  readonly options: Required<FetchOptions>;
  private readonly robots = new Map<string, Promise<RobotsRule[]>>();
  private readonly nextSlot = new Map<string, number>();

  constructor(options: FetchOptions = {}) {
    this.options = {
      userAgent: 'Marsad/0.1 (+offline news desk)',
      timeoutMs: 15_000,
      maxBytes: 10 * 1024 * 1024,
      maxRedirects: 5,
      politenessMs: 1000,
      robots: true,
      ...options,
    };
  }

  async get(url: string, conditional: Conditional = {}): Promise<FetchResult | InputError> {
    const fail = (message: string): InputError => ({ source: url, message });
    const seen = new Set<string>();
    let current = url;
    try {
      for (let hop = 0; ; hop++) {
        if (seen.has(current)) return fail(`redirect loop at ${current}`);
        seen.add(current);
        if (this.options.robots && !(await this.allowedByRobots(current))) return fail('disallowed by robots.txt');
        const res = await this.request(current, conditional);
        const location = res.headers.get('location');
        if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
          await res.body?.cancel();
          if (hop >= this.options.maxRedirects) return fail(`too many redirects (over ${this.options.maxRedirects})`);
          current = new URL(location, current).href;
          continue;
        }
        return await this.result(current, res, fail);
      }
    } catch (e) {
      return fail(describe(e, this.options.timeoutMs));
    }
  }

  private async result(url: string, res: Response, fail: (m: string) => InputError): Promise<FetchResult | InputError> {
    const base = {
      url,
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      etag: res.headers.get('etag') ?? undefined,
      lastModified: res.headers.get('last-modified') ?? undefined,
    };
    if (res.status === 304) return { ...base, body: new Uint8Array(), notModified: true };
    if (!res.ok) {
      await res.body?.cancel();
      return fail(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > this.options.maxBytes) {
      await res.body?.cancel();
      return fail(`response is ${mb(declared)} MB, over the ${mb(this.options.maxBytes)} MB limit`);
    }
    const body = await readCapped(res, this.options.maxBytes);
    if (!body) return fail(`response is over the ${mb(this.options.maxBytes)} MB limit`);
    return { ...base, body, notModified: false };
  }

  private async request(url: string, conditional: Conditional): Promise<Response> {
    await this.politeWait(new URL(url).host);
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent, accept: '*/*' };
    if (conditional.etag) headers['if-none-match'] = conditional.etag;
    if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
    return fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(this.options.timeoutMs) });
  }

  /** Reserve the host's next slot synchronously, so concurrent callers queue up. */
  private async politeWait(host: string): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, at + this.options.politenessMs);
    if (at > now) await sleep(at - now);
  }

  private async allowedByRobots(url: string): Promise<boolean> {
    const u = new URL(url);
    let rules = this.robots.get(u.origin);
    if (!rules) {
      rules = this.loadRobots(u.origin);
      this.robots.set(u.origin, rules);
    }
    return isAllowed(await rules, `${u.pathname}${u.search}`);
  }

  /** A missing or unreachable robots.txt allows everything. */
  private async loadRobots(origin: string): Promise<RobotsRule[]> {
    try {
      const res = await this.request(`${origin}/robots.txt`, {});
      if (!res.ok) {
        await res.body?.cancel();
        return [];
      }
      const body = await readCapped(res, 512 * 1024);
      return body ? rulesFor(parseRobots(new TextDecoder().decode(body)), ROBOTS_AGENT) : [];
    } catch {
      return [];
    }
  }
}

/** The body, or undefined once it passes the cap (the stream is cancelled there). */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function describe(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timed out after ${timeoutMs / 1000} s`;
  const cause = err.cause?.code ?? err.cause?.message;
  return `fetch failed: ${cause ?? err.message}`;
}
