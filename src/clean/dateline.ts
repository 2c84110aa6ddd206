import { parseTimes } from '../dims/time/index.js';
import { normalise, toOriginal } from '../text/normalise.js';
import type { LangCode, Span } from '../types.js';
import type { BoilerplateLexicon } from './lexicon.js';

/** A line that only dates the article (plus a credit word or "published"). */
export interface Dateline {
  published: string; // YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS when the line gives the time
  date: Span; // original offsets of the date (and time)
  credit?: Span; // original offsets of a credit word beside it ("متابعات")
}

interface Hit {
  start: number;
  end: number;
  iso: string;
}

/** Datelines are short; a long line is a sentence that mentions a date. */
const MAX_DATELINE = 80;
/** Absolute dates only: no "today" needs resolving in a dateline. */
const REF = new Date(Date.UTC(2000, 0, 1));
const FINE = new Set(['day', 'hour', 'minute', 'second']);

const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t](\d{1,2}):(\d{2})(?::(\d{2}))?)?/g;
const DAY_MONTH_YEAR = /(\d{1,2})[\s\-/.]{1,3}(\p{L}+(?: \p{L}+)?)[\s\-/.,]{1,3}(\d{4})/gu;
const MONTH_DAY_YEAR = /(\p{L}+)\.?\s(\d{1,2}),?\s(\d{4})/gu;
const TIME_AFTER = /^\s{0,3}[,،\-|]?\s{0,3}(\d{1,2}):(\d{2})(?::(\d{2}))?/;
const SEPARATORS = /[\s\-|/:,.·•،()]+/u;

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(y: number, mo: number, d: number, time?: [number, number, number]): string | undefined {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (!time) return date;
  const [h, mi, s] = time;
  return h < 24 && mi < 60 && s < 60 ? `${date}T${pad(h)}:${pad(mi)}:${pad(s)}` : date;
}

/** The time parser's absolute dates of day grain or finer. */
function parsedDates(canonical: string, lang: LangCode): Hit[] {
  return parseTimes(canonical, lang, REF)
    .filter((m) => !m.relative && FINE.has(m.grain))
    .map((m) => ({ start: m.start, end: m.end, iso: m.grain === 'day' ? m.value.slice(0, 10) : m.value.slice(0, 19) }));
}

/** Fallback for the two dateline shapes of the seeds and their kin: ISO, and day-month-year with a month name. */
function fallbackDates(canonical: string, months: Record<string, number>): Hit[] {
  const hits: Hit[] = [];
  for (const m of canonical.matchAll(ISO)) {
    const time = m[4] ? ([+m[4], +(m[5] ?? 0), +(m[6] ?? 0)] as [number, number, number]) : undefined;
    const value = iso(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0), time);
    if (value) hits.push({ start: m.index, end: m.index + m[0].length, iso: value });
  }
  for (const m of canonical.matchAll(DAY_MONTH_YEAR)) {
    const value = iso(+(m[3] ?? 0), months[m[2] ?? ''] ?? 0, +(m[1] ?? 0));
    if (value) hits.push({ start: m.index, end: m.index + m[0].length, iso: value });
  }
  for (const m of canonical.matchAll(MONTH_DAY_YEAR)) {
    const value = iso(+(m[3] ?? 0), months[m[1] ?? ''] ?? 0, +(m[2] ?? 0));
    if (value) hits.push({ start: m.index, end: m.index + m[0].length, iso: value });
  }
  return hits;
}

/** A clock time right after a bare date belongs to it ("2022-01-10 17:11"). */
function withTime(canonical: string, hit: Hit): Hit {
  if (hit.iso.length > 10) return hit;
  const m = TIME_AFTER.exec(canonical.slice(hit.end));
  if (!m) return hit;
  const value = iso(+hit.iso.slice(0, 4), +hit.iso.slice(5, 7), +hit.iso.slice(8, 10), [+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0)]);
  return value ? { start: hit.start, end: hit.end + m[0].length, iso: value } : hit;
}

/** Read a dateline from one line of the original; undefined when the line says anything but the date. */
export function readDateline(line: string, offset: number, lang: LangCode, lex: BoilerplateLexicon): Dateline | undefined {
  if (line.length > MAX_DATELINE * 2) return undefined;
  const n = normalise(line);
  const canonical = n.text;
  if (canonical.trim().length > MAX_DATELINE) return undefined;
  let hits = parsedDates(canonical, lang);
  if (!hits.length) hits = fallbackDates(canonical, lex.months);
  const best = hits.map((h) => withTime(canonical, h)).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (!best) return undefined;

  const rest = `${canonical.slice(0, best.start)} ${canonical.slice(best.end)}`;
  const words = rest.split(SEPARATORS).filter(Boolean);
  const allowed = (w: string): boolean => lex.datelineWords.includes(w) || lex.creditWords.includes(w) || /^\d{1,2}$/.test(w);
  if (!words.every(allowed)) return undefined;

  const toSpan = (s: number, e: number): Span => {
    const o = toOriginal(n, s, e);
    return { start: o.start + offset, end: o.end + offset };
  };
  const creditWord = words.find((w) => lex.creditWords.includes(w));
  let credit: Span | undefined;
  if (creditWord) {
    const at = canonical.indexOf(creditWord);
    credit = toSpan(at, at + creditWord.length);
  }
  return { published: best.iso, date: toSpan(best.start, best.end), credit };
}
