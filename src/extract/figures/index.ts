// Casualty, arrest and deployment figures of one document, each with its kind, group, source, place and date.
import { parseNumbers } from '../../dims/number/index.js';
import type { Doc, Sentence } from '../../doc.js';
import { toCanonical, toOriginal } from '../../text/normalise.js';
import type { Figure, Mention, Span, TimeMention } from '../../types.js';
import { readSource } from './attribution.js';
import { notAFigure } from './filters.js';
import { readGroup } from './groups.js';
import { readKinds } from './kinds.js';
import { matchersFor } from './matchers.js';
import { placeOf } from './place.js';
import { qualifierAfterNoun } from './qualifier.js';
import { viewSentence } from './view.js';

const DATED_GRAINS = new Set(['day', 'hour', 'minute', 'second']); // a week or a year is too coarse to date a count

export function extractFigures(doc: Doc, times: TimeMention[], mentions: Mention[]): Figure[] {
  const m = matchersFor(doc.lang);
  if (!m) return [];
  const { norm, article } = doc;
  const canonicalTimes: Span[] = times.map((t) => ({ start: toCanonical(norm, t.start), end: toCanonical(norm, t.end) }));
  const out: Figure[] = [];
  for (const s of [...titleSentences(doc), ...doc.sentences]) {
    const text = norm.text.slice(s.nStart, s.nEnd);
    const numbers = parseNumbers(text, doc.lang).map((n) => ({ ...n, start: n.start + s.nStart, end: n.end + s.nStart }));
    if (!numbers.length) continue;
    const view = viewSentence(text, s.nStart, numbers, m.clauseOpeners);
    const sentenceTimes = canonicalTimes.filter((t) => t.start < s.nEnd && s.nStart < t.end);
    const counts = view.slots.map((slot) => {
      const textBefore = norm.text.slice(Math.max(0, slot.num.start - 2), slot.num.start);
      const textAfter = norm.text.slice(slot.num.end, slot.num.end + 3);
      return !notAFigure({ ...slot, tokens: view.tokens, times: sentenceTimes, textBefore, textAfter }, m.filters);
    });
    const readings = readKinds(view, m, counts);
    view.slots.forEach((slot, idx) => {
      const reading = readings[idx];
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
        qualifier: qualifierAfterNoun(view, idx, m) ?? num.qualifier,
        surface: article.original.slice(start, end),
        group: readGroup(view, idx, reading.kind, m),
        place: placeOf(doc, s, start, mentions, m),
        attributedTo: source ? originalOf(doc, source) : undefined,
        ...when,
        sentence: article.original.slice(s.start, s.end),
        sentenceStart: s.start,
      });
    });
  }
  return out.map(dropUndefined);
}

/** The headline, which cleaning took out of the text, still states figures. */
function titleSentences(doc: Doc): Sentence[] {
  return doc.article.removed
    .filter((r) => r.reason === 'title')
    .map((r) => ({ start: r.start, end: r.end, nStart: toCanonical(doc.norm, r.start), nEnd: toCanonical(doc.norm, r.end) }));
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
