// Typed events of one document: one per (type, sentence), with the nearest date, a place and the actors of the sentence.
import type { Doc } from '../../doc.js';
import { getLanguage } from '../../lang/index.js';
import { toOriginal } from '../../text/normalise.js';
import type { EventMention, Mention, TimeMention } from '../../types.js';
import type { EventLexicon } from './lexicon.js';
import { findTriggers } from './triggers.js';

const ACTOR_TYPES = new Set(['person', 'organization', 'group']);

export function extractEvents(doc: Doc, times: TimeMention[], mentions: Mention[]): EventMention[] {
  const lex = getLanguage(doc.lang)?.events as EventLexicon | undefined;
  if (!lex || !Array.isArray(lex.triggers)) return [];
  const out: EventMention[] = [];
  for (const s of doc.sentences) {
    const seen = new Set<string>();
    for (const hit of findTriggers(lex, doc.norm.text, s.nStart, s.nEnd)) {
      if (seen.has(hit.type)) continue;
      seen.add(hit.type);
      const span = toOriginal(doc.norm, hit.start, hit.end);
      const inSentence = (m: { start: number; end: number }) => m.start >= s.start && m.end <= s.end;
      const own = eventTime(doc.article.original, times.filter(inSentence), span);
      const time = own ?? carriedTime(doc, times, s) ?? leadTime(doc, times);
      const place = nearest(
        mentions.filter((m) => m.type === 'place' && inSentence(m)),
        span.start,
      );
      const actors = [...new Set(mentions.filter((m) => ACTOR_TYPES.has(m.type) && inSentence(m)).map((m) => m.text))];
      const ref = doc.ref ?? doc.article.published;
      out.push({
        id: `${doc.article.id}-e${out.length + 1}`,
        articleId: doc.article.id,
        type: hit.type,
        start: span.start,
        end: span.end,
        trigger: doc.article.original.slice(span.start, span.end),
        ...(time
          ? { date: time.value.slice(0, 10), dateInferred: !own } // from a neighbouring sentence: inferred
          : ref
            ? { date: ref.slice(0, 10), dateInferred: true }
            : {}),
        place: place?.text,
        actors,
        sentence: doc.article.original.slice(s.start, s.end),
      });
    }
  }
  return out;
}

/** How far after its trigger a time still modifies the event ("المعارك التي اندلعت صباح السبت"). */
const TIME_AFTER_REACH = 60;

/** The time that follows the trigger within its clause, else the nearest one: a time before is often the report's own day. */
function eventTime(original: string, times: TimeMention[], trigger: { start: number; end: number }): TimeMention | undefined {
  const following = times
    .filter(
      (t) =>
        t.start >= trigger.end &&
        t.start - trigger.end <= TIME_AFTER_REACH &&
        !/[,،;:.]/.test(original.slice(trigger.end, t.start)),
    )
    .sort((a, b) => a.start - b.start)[0];
  return following ?? nearest(times, trigger.start);
}

/** A sentence with no time of its own continues the last dated sentence of its paragraph ("…on Sunday. Rioters stormed…"). */
function carriedTime(doc: Doc, times: TimeMention[], s: { start: number }): TimeMention | undefined {
  const para = doc.article.kept.find((k) => k.start <= s.start && s.start < k.end);
  if (!para) return undefined;
  return times.filter((t) => t.start >= para.start && t.end <= s.start && t.grain !== 'year' && t.grain !== 'month').at(-1);
}

/** The day the report's lead is about ("… on Wednesday"): what its undated sentences most often refer to. */
function leadTime(doc: Doc, times: TimeMention[]): TimeMention | undefined {
  const lead = doc.article.kept[0];
  if (!lead) return undefined;
  return times.find((t) => t.start >= lead.start && t.end <= lead.end && (t.grain === 'day' || t.grain === 'hour'));
}

/** The span closest to an offset (before or after it). */
function nearest<T extends { start: number; end: number }>(list: T[], at: number): T | undefined {
  let best: T | undefined;
  let bestGap = Infinity;
  for (const x of list) {
    const gap = x.end <= at ? at - x.end : Math.max(0, x.start - at);
    if (gap < bestGap) {
      bestGap = gap;
      best = x;
    }
  }
  return best;
}
