import { parseTimes } from '../dims/time/index.js';
import { languages } from '../lang/index.js';
import { normalise, toOriginal } from '../text/normalise.js';
import type { LangCode, Span } from '../types.js';
import type { BoilerplateLexicon } from './lexicon.js';

/** A line that only dates the article (plus a credit word or "published"). */
export interface Dateline {
  published: string; // YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS when the line gives the time
  date: Span; // original offsets of the date (and time)
  line: Span; // original offsets of the dateline part of the line (date, time, "published")
  credit?: Span; // original offsets of an outlet or credit beside it ("متابعات", "صدى الأحداث")
}

type Word = { w: string; start: number; end: number };

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

const TIME_AFTER = /^\s{0,3}[,،\-|]?\s{0,3}(\d{1,2}):(\d{2})(?::(\d{2}))?/;
const WORD = /[\p{L}\p{N}]+(?:[./'][\p{L}\p{N}]+)*/gu;
/** An outlet and its dateline are set apart by a pipe, a spaced dash or a colon. */
const CREDIT_SEPARATOR = /(\s[-|]\s|\||:)/;
const EDGE_SEPARATORS_START = /^[\s\-|:,،]+/;
const EDGE_SEPARATORS_END = /[\s\-|:,،]+$/;
/** A credit is an outlet name or a desk, a few words at most. */
const MAX_CREDIT_WORDS = 6;

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(y: number, mo: number, d: number, time?: [number, number, number]): string | undefined {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (!time) return date;
  const [h, mi, s] = time;
  return h < 24 && mi < 60 && s < 60 ? `${date}T${pad(h)}:${pad(mi)}:${pad(s)}` : date;
}

/** The time parser's absolute dates of day grain or finer, in the article's language and then in every other one. */
function parsedDates(canonical: string, lang: LangCode): Hit[] {
  const codes = [lang, ...Object.keys(languages).filter((c) => c !== lang)];
  return codes
    .flatMap((code) => parseTimes(canonical, code, REF))
    .filter((m) => !m.relative && FINE.has(m.grain))
    .map((m) => ({ start: m.start, end: m.end, iso: m.grain === 'day' ? m.value.slice(0, 10) : m.value.slice(0, 19) }));
}

/** "11:05 pm": the 24-hour form of a morning clock reading. */
function afternoon(value: string): string {
  const hour = Number(value.slice(11, 13));
  return value.length > 10 && hour < 12 ? `${value.slice(0, 11)}${pad(hour + 12)}${value.slice(13)}` : value;
}

/** A clock time right after a bare date belongs to it ("2022-01-10 17:11"). */
function withTime(canonical: string, hit: Hit): Hit {
  if (hit.iso.length > 10) return hit;
  const m = TIME_AFTER.exec(canonical.slice(hit.end));
  if (!m) return hit;
  const value = iso(+hit.iso.slice(0, 4), +hit.iso.slice(5, 7), +hit.iso.slice(8, 10), [
    +(m[1] ?? 0),
    +(m[2] ?? 0),
    +(m[3] ?? 0),
  ]);
  return value ? { start: hit.start, end: hit.end + m[0].length, iso: value } : hit;
}

/** Split a side of the line into words with their canonical offsets. */
function wordsOf(canonical: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of canonical.slice(from, to).matchAll(WORD))
    out.push({ w: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/**
 * What stands beside the date once dateline words ("published", a weekday) are set aside: an outlet or
 * credit ("صدى الأحداث |", "By X staff |", "متابعات"); undefined when nothing, false when it reads like a sentence.
 */
function creditBeside(canonical: string, date: Hit, side: 'left' | 'right', lex: BoilerplateLexicon): Span | undefined | false {
  const allowed = (w: string): boolean => lex.datelineWords.includes(w) || /^\d{1,2}$/.test(w);
  const rest = side === 'left' ? wordsOf(canonical, 0, date.start) : wordsOf(canonical, date.end, canonical.length);
  // Dateline words touch the date; what lies beyond them is the credit.
  if (side === 'left') while (rest.length && allowed(rest[rest.length - 1]?.w ?? '')) rest.pop();
  else while (rest.length && allowed(rest[0]?.w ?? '')) rest.shift();
  const first = rest[0];
  const last = rest[rest.length - 1];
  if (!first || !last) return undefined;
  if (rest.length > MAX_CREDIT_WORDS) return false;
  const gap = side === 'left' ? canonical.slice(last.end, date.start) : canonical.slice(date.end, first.start);
  const onlyCredits = rest.every((x) => lex.creditWords.includes(x.w));
  return onlyCredits || CREDIT_SEPARATOR.test(gap) ? { start: first.start, end: last.end } : false;
}

/** Read a dateline from one line of the original; undefined when the line says anything but the date and a credit. */
export function readDateline(line: string, offset: number, lang: LangCode, lex: BoilerplateLexicon): Dateline | undefined {
  if (line.length > MAX_DATELINE * 2) return undefined;
  const n = normalise(line);
  const canonical = n.text;
  if (canonical.trim().length > MAX_DATELINE) return undefined;
  // The longest absolute date wins, so a partial reading does not cut the line.
  const hits = parsedDates(canonical, lang);
  const best = hits.map((h) => withTime(canonical, h)).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (!best) return undefined;

  const left = creditBeside(canonical, best, 'left', lex);
  const right = creditBeside(canonical, best, 'right', lex);
  if (left === false || right === false || (left && right)) return undefined;
  const credit = left || right;

  const toSpan = (s: number, e: number): Span => {
    const o = toOriginal(n, s, e);
    return { start: o.start + offset, end: o.end + offset };
  };
  const after = wordsOf(canonical, best.end, canonical.length)[0];
  const pm = best.iso.length > 10 && after !== undefined && lex.afternoonMarkers.includes(after.w);
  const published = pm ? afternoon(best.iso) : best.iso;
  const dateEnd = pm ? after.end : best.end;
  const trimmed = (s: number, e: number): Span => {
    const piece = canonical.slice(s, e);
    const lead = piece.length - piece.replace(EDGE_SEPARATORS_START, '').length;
    const trail = piece.length - piece.replace(EDGE_SEPARATORS_END, '').length;
    return toSpan(s + lead, e - trail);
  };
  const rest = !credit ? trimmed(0, canonical.length) : left ? trimmed(credit.end, canonical.length) : trimmed(0, credit.start);
  return {
    published,
    date: toSpan(best.start, dateEnd),
    line: rest,
    credit: credit ? toSpan(credit.start, credit.end) : undefined,
  };
}
