import { parseTimes, type TimeMatch } from '../dims/time/index.js';
import type { Doc } from '../doc.js';

const DAY = 86_400_000;
const WINDOW_DAYS = 7; // an undated report sits within a week of its story's dated reports
const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);
const dayOf = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** Sentences of the report that name a weekday, as canonical text. */
function weekdaySentences(doc: Doc): string[] {
  const probe = new Date('2000-01-01T12:00:00');
  return doc.sentences
    .map((s) => doc.norm.text.slice(s.nStart, s.nEnd))
    .filter((text) => parseTimes(text, doc.lang, probe).some((t) => t.weekday !== undefined));
}

/**
 * How well a candidate publication day explains the report's weekday words: a weekday that does not fall
 * where the expression puts it ("أمس الثلاثاء" read on a Tuesday) rules the day out; otherwise nearer is likelier,
 * since news names the day it reports on and the day before.
 */
function cost(sentences: string[], lang: string, day: number): number {
  let total = 0;
  const ref = new Date(`${isoDay(day)}T12:00:00`);
  for (const text of sentences) {
    for (const t of parseTimes(text, lang, ref) as TimeMatch[]) {
      if (t.weekday === undefined) continue;
      const at = dayOf(t.value);
      if (new Date(at).getUTCDay() !== t.weekday) total += 100;
      total += Math.abs(day - at) / DAY;
    }
  }
  return total;
}

/**
 * Dates undated reports from their weekday words and the dated reports of their story
 * ("يوم الجمعة" in a story dated 6–10 January is Friday 7 January), and sets every doc's reference date.
 */
export function inferPublicationDates(docs: Doc[], clusters: string[][]): void {
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  for (const ids of clusters) {
    const members = ids.map((id) => byId.get(id)).filter((d): d is Doc => d !== undefined);
    const dated = members
      .map((d) => d.article.published)
      .filter((p): p is string => !!p)
      .map(dayOf)
      .sort((a, b) => a - b);
    if (!dated.length) continue;
    const middle = Math.round(((dated[0] as number) + (dated[dated.length - 1] as number)) / 2 / DAY) * DAY;
    const first = (dated[0] as number) - WINDOW_DAYS * DAY;
    const last = (dated[dated.length - 1] as number) + WINDOW_DAYS * DAY;
    for (const doc of members) {
      if (doc.article.published) continue;
      const sentences = weekdaySentences(doc);
      let best = middle;
      let bestCost = sentences.length ? Number.POSITIVE_INFINITY : 0;
      for (let day = first; sentences.length && day <= last; day += DAY) {
        const c = cost(sentences, doc.lang, day) + Math.abs(day - middle) / DAY / 100; // ties go to the story's middle
        if (c < bestCost) {
          best = day;
          bestCost = c;
        }
      }
      doc.article.published = isoDay(best);
      doc.article.publishedInferred = true;
      doc.article.flags.push({
        kind: 'date-inferred',
        evidence: sentences.length
          ? `${sentences.length} sentences name weekdays; ${isoDay(best)} fits them best within ${isoDay(first)}…${isoDay(last)}`
          : `no dateline and no weekday: the story's middle date ${isoDay(middle)}`,
      });
    }
  }
  for (const doc of docs) doc.ref = doc.article.published;
}
