// Time mentions of a document, per sentence, with spans mapped back to the original text.
import { parseTimes } from '../dims/time/index.js';
import { parseIso } from '../dims/time/moment.js';
import type { Doc } from '../doc.js';
import { toOriginal } from '../text/normalise.js';
import type { TimeMention } from '../types.js';

/**
 * Without doc.ref or a publication date, relative expressions are resolved against this fixed day and kept
 * with relative: true, so a caller can tell them apart; the story stage sets doc.ref for undated articles first.
 */
export const FALLBACK_REF = '2000-01-01T12:00:00';

/** A reference string as a Date whose local fields are the written wall-clock fields (what parseTimes reads). */
function refDate(iso: string | undefined): Date {
  const t = parseIso(iso ?? '') ?? parseIso(FALLBACK_REF) ?? 0;
  const d = new Date(t);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

// Marks the normaliser drops (tanween, tatweel) still belong to the word they end: "غداً", "هـ".
const TRAILING_MARK = /[\p{M}\u0640]/u;
function withTrailingMarks(text: string, end: number): number {
  let e = end;
  while (e < text.length && TRAILING_MARK.test(text[e] as string)) e++;
  return e;
}

export function extractTimes(doc: Doc): TimeMention[] {
  const ref = refDate(doc.ref ?? doc.article.published);
  const out: TimeMention[] = [];
  for (const s of doc.sentences) {
    const canonical = doc.norm.text.slice(s.nStart, s.nEnd);
    for (const m of parseTimes(canonical, doc.lang, ref)) {
      const span = toOriginal(doc.norm, s.nStart + m.start, s.nStart + m.end);
      const start = span.start;
      const end = withTrailingMarks(doc.article.original, span.end);
      const mention: TimeMention = {
        articleId: doc.article.id,
        start,
        end,
        text: doc.article.original.slice(start, end),
        value: m.value,
        grain: m.grain,
        relative: m.relative,
      };
      if (m.from !== undefined) mention.from = m.from;
      if (m.to !== undefined) mention.to = m.to;
      if (m.weekday !== undefined) mention.weekday = m.weekday;
      out.push(mention);
    }
  }
  return out;
}
