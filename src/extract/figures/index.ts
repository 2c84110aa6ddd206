// Casualty, arrest and deployment figures of one document, each with its kind, group, source, place and date.
import { parseNumbers } from '../../dims/number/index.js';
import type { Doc, Sentence } from '../../doc.js';
import { toCanonical, toOriginal } from '../../text/normalise.js';
import type { Figure, Mention, Span, TimeMention } from '../../types.js';
import { readSource } from './attribution.js';
import { notAFigure } from './filters.js';
import { readGroup } from './groups.js';
import { type KindReading, readKind } from './kinds.js';
import { matchersFor } from './matchers.js';
import { viewSentence } from './view.js';

const DATED_GRAINS = new Set(['day', 'hour', 'minute', 'second']); // a week or a year is too coarse to date a count

export function extractFigures(doc: Doc, times: TimeMention[], mentions: Mention[]): Figure[] {
  const m = matchersFor(doc.lang);
  if (!m) return [];
  const { norm, article } = doc;
  const canonicalTimes: Span[] = times.map((t) => ({ start: toCanonical(norm, t.start), end: toCanonical(norm, t.end) }));
  const out: Figure[] = [];
  for (const s of doc.sentences) {
    const text = norm.text.slice(s.nStart, s.nEnd);
    const numbers = parseNumbers(text, doc.lang).map((n) => ({ ...n, start: n.start + s.nStart, end: n.end + s.nStart }));
    if (!numbers.length) continue;
    const view = viewSentence(text, s.nStart, numbers);
    const sentenceTimes = canonicalTimes.filter((t) => t.start < s.nEnd && s.nStart < t.end);
    let previous: KindReading | undefined;
    view.slots.forEach((slot, idx) => {
      const charBefore = norm.text[slot.num.start - 1] ?? '';
      const textAfter = norm.text.slice(slot.num.end, slot.num.end + 3);
      const rejected = notAFigure({ ...slot, tokens: view.tokens, times: sentenceTimes, charBefore, textAfter }, m.filters);
      const reading = rejected ? undefined : readKind(view, idx, m, previous);
      previous = reading;
      if (!reading) return;
      const { num } = slot;
      const { start, end } = toOriginal(norm, num.start, num.end);
      const source = readSource(view, idx, m, sentenceTimes);
      const when = dateOf(doc, s, start, times);
      out.push({
        id: `${article.id}:fig${out.length + 1}`,
        articleId: article.id,
        start,
        end,
        kind: reading.kind,
        value: num.value,
        ...(num.min !== undefined ? { min: num.min } : {}),
        ...(num.max !== undefined ? { max: num.max } : {}),
        qualifier: num.qualifier,
        surface: article.original.slice(start, end),
        group: readGroup(view, idx, reading.kind, m),
        place: placeOf(s, start, mentions),
        attributedTo: source ? originalOf(doc, source) : undefined,
        ...when,
        sentence: article.original.slice(s.start, s.end),
        sentenceStart: s.start,
      });
    });
  }
  return out.map(dropUndefined);
}

/** The day the figure refers to: a dated expression in its sentence, else the article's reference date. */
function dateOf(doc: Doc, s: Sentence, at: number, times: TimeMention[]): { date?: string; dateInferred?: boolean } {
  const near = nearest(
    times.filter((t) => DATED_GRAINS.has(t.grain) && t.start >= s.start && t.end <= s.end),
    at,
  );
  if (near) return { date: near.value.slice(0, 10), dateInferred: near.relative && doc.article.publishedInferred };
  return doc.ref ? { date: doc.ref.slice(0, 10), dateInferred: true } : {};
}

function placeOf(s: Sentence, at: number, mentions: Mention[]): string | undefined {
  return nearest(
    mentions.filter((m) => m.type === 'place' && m.start >= s.start && m.end <= s.end),
    at,
  )?.text;
}

const nearest = <T extends Span>(spans: T[], at: number): T | undefined =>
  spans.reduce<T | undefined>((best, x) => (!best || Math.abs(x.start - at) < Math.abs(best.start - at) ? x : best), undefined);

function originalOf(doc: Doc, span: Span): string {
  const { start, end } = toOriginal(doc.norm, span.start, span.end);
  return doc.article.original.slice(start, end);
}

function dropUndefined(f: Figure): Figure {
  for (const k of Object.keys(f) as Array<keyof Figure>) if (f[k] === undefined) delete f[k];
  return f;
}
