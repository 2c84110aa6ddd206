// Stable, short article ids for inputs that have no file name.
import { createHash } from 'node:crypto';

/** "host-lastsegment-hash8": readable, and the same URL always gives the same id. */
export function urlId(url: string): string {
  const hash = createHash('sha1').update(url).digest('hex').slice(0, 8);
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter(Boolean).pop() ?? '';
    const slug = decodeURIComponent(last)
      .replace(/\.[a-z0-9]{2,5}$/i, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
    return [u.hostname.replace(/^www\./, ''), slug, hash].filter(Boolean).join('-');
  } catch {
    return `url-${hash}`;
  }
}
