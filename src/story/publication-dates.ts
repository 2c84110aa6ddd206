import type { Doc } from '../doc.js';
import { parseTimes } from '../dims/time/index.js';

const DAY = 86_400_000;
const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);
const dayOf = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** How often each weekday is named in the report: news names the day it reports on most. */
function weekdayVotes(doc: Doc): Map<number, number> {
  const votes = new Map<number, number>();
  const probe = new Date('2000-01-01T12:00:00');
  for (const s of doc.sentences) {
    for (const t of parseTimes(doc.norm.text.slice(s.nStart, s.nEnd), doc.lang, probe)) {
      if (t.weekday !== undefined) votes.set(t.weekday, (votes.get(t.weekday) ?? 0) + 1);
    }
  }
  return votes;
}

/** The day with this weekday nearest to the middle of the story's dated reports. */
function nearestWeekday(weekday: number, middle: number): number {
  const offset = (weekday - new Date(middle).getUTCDay() + 7) % 7;
  const after = middle + offset * DAY;
  const before = after - 7 * DAY;
  return middle - before < after - middle ? before : after;
}

/**
 * Dates undated reports from their weekday words and the dated reports of their story
 * ("يوم الجمعة" in a story dated 6–10 January is Friday 7 January), and sets every doc's reference date.
 */
export function inferPublicationDates(docs: Doc[], clusters: string[][]): void {
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  for (const ids of clusters) {
    const members = ids.map((id) => byId.get(id)).filter((d): d is Doc => d !== undefined);
    const dated = members.map((d) => d.article.published).filter((p): p is string => !!p).map(dayOf).sort((a, b) => a - b);
    if (!dated.length) continue;
    const middle = dated[Math.floor((dated.length - 1) / 2)] as number;
    for (const doc of members) {
      if (doc.article.published) continue;
      const votes = [...weekdayVotes(doc)].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const top = votes[0];
      const day = top ? nearestWeekday(top[0], middle) : middle;
      doc.article.published = isoDay(day);
      doc.article.publishedInferred = true;
      doc.article.flags.push({
        kind: 'date-inferred',
        evidence: top ? `weekday ${top[0]} named ${top[1]}× in a story dated around ${isoDay(middle)}` : `no dateline or weekday: the story's middle date ${isoDay(middle)}`,
      });
    }
  }
  for (const doc of docs) doc.ref = doc.article.published;
}
