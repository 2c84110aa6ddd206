import { isKept, type Page, removeUnit, type Unit } from './page.js';

/** A bio is a handful of tag-like fragments ("Bacon ninja. Music fanatic. Coffee evangelist."). */
const MIN_FRAGMENTS = 3;
const MAX_FRAGMENTS = 8;
const MAX_FRAGMENT_WORDS = 7;
const MAX_MEAN_WORDS = 5;
const MAX_BIO = 300;
/** Share of the bio's content words the article also uses: a bio is about nobody in the story. */
const MAX_OVERLAP = 0.2;
/** Words shorter than this are particles in both scripts; only longer ones carry content. */
const MIN_CONTENT_WORD = 3;

const words = (s: string): string[] => s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= MIN_CONTENT_WORD);

/** Short period-separated fragments with almost no words in common with the rest of the article (built only if the shape fits). */
export function looksLikeAuthorBio(bio: string, rest: () => Set<string>): boolean {
  if (bio.length > MAX_BIO) return false;
  const fragments = bio
    .replace(/^["\s]+|["\s]+$/g, '')
    .split(/[.!]/)
    .map((f) => f.trim())
    .filter(Boolean);
  if (fragments.length < MIN_FRAGMENTS || fragments.length > MAX_FRAGMENTS) return false;
  const counts = fragments.map((f) => f.split(' ').length);
  if (Math.max(...counts) > MAX_FRAGMENT_WORDS) return false;
  if (counts.reduce((a, b) => a + b, 0) / counts.length > MAX_MEAN_WORDS) return false;
  const own = words(bio);
  if (!own.length) return false;
  const story = rest();
  return own.filter((w) => story.has(w)).length / own.length <= MAX_OVERLAP;
}

/** The content farm's random author bio: only ever the last kept line. */
export function markAuthorBio(page: Page): Unit | undefined {
  const kept = page.units.filter(isKept);
  const last = kept[kept.length - 1];
  if (!last || kept.length < 2) return undefined;
  const rest = (): Set<string> => new Set(kept.slice(0, -1).flatMap((u) => words(u.canon)));
  if (!looksLikeAuthorBio(last.canon, rest)) return undefined;
  removeUnit(page, last, 'author-bio');
  return last;
}
