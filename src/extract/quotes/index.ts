// Quotes of one document: direct quotes in any quote style and reported clauses, each with its speaker.
import type { Doc } from '../../doc.js';
import { getLanguage } from '../../lang/index.js';
import { toCanonical, toOriginal } from '../../text/normalise.js';
import type { Mention, Quote } from '../../types.js';
import { governDirect, type LineFacts } from './direct.js';
import { reportedClauses } from './indirect.js';
import type { SpeechLexicon } from './lexicon.js';
import { pairMarks } from './marks.js';
import { type CanonicalSpan, findActs, type SpeechAct, type SpeechTables, speechTables, verbKind } from './speaker.js';
import { linesIn, sentenceBreaks, wordsIn } from './words.js';

interface Speaker {
  text: string;
  start: number;
  end: number;
  outlet?: string;
}

const tablesCache = new WeakMap<SpeechLexicon, SpeechTables>();

export function tablesFor(lang: string): SpeechTables | undefined {
  const lex = getLanguage(lang)?.speech as SpeechLexicon | undefined;
  if (!lex || !Array.isArray(lex.verbs)) return undefined;
  let t = tablesCache.get(lex);
  if (!t) {
    t = speechTables(lex);
    tablesCache.set(lex, t);
  }
  return t;
}

export function extractQuotes(doc: Doc, mentions: Mention[]): Quote[] {
  const t = tablesFor(doc.lang);
  if (!t) return [];
  const text = doc.norm.text;
  const conjunctionOnly = new Set([...t.lex.conjunctions, ...t.lex.stopWords.filter((w) => w.length <= 2)]);
  const keepsApart = (w: string) => conjunctionOnly.has(w) || verbKind(t, w) !== undefined;
  const lines: LineFacts[] = doc.article.kept.flatMap((k) =>
    linesIn(text, toCanonical(doc.norm, k.start), toCanonical(doc.norm, k.end)).map(([from, to]) => {
      const pairs = pairMarks(text, from, to, keepsApart);
      const acts = findActs(t, text, wordsIn(text, from, to), pairs);
      return { from, to, pairs, acts, breaks: sentenceBreaks(text, from, to, pairs) };
    }),
  );
  const speakers = resolveSpeakers(doc, lines, mentions);
  const quotes: Array<Omit<Quote, 'id' | 'statementId'>> = [];
  const base = (start: number, end: number, act: SpeechAct, kind: Quote['kind']) => {
    const orig = toOriginal(doc.norm, start, end);
    const who = speakers.get(act);
    return {
      articleId: doc.article.id,
      start: orig.start,
      end: orig.end,
      text: doc.article.original.slice(orig.start, orig.end),
      kind,
      verb: originalOf(doc, { start: act.verbStart, end: act.verbEnd }),
      speaker: who?.text,
      speakerStart: who?.start,
      speakerEnd: who?.end,
      speakerOutlet: who?.outlet,
      sentence: sentenceAround(doc, orig.start),
    };
  };
  for (const line of lines) {
    for (const q of governDirect(text, line)) {
      const [s, e] = trimmed(text, q.open + 1, q.close);
      quotes.push(base(s, e, q.act, 'direct'));
    }
    for (const r of reportedClauses(text, line)) quotes.push(base(r.start, r.end, r.act, 'indirect'));
  }
  quotes.sort((a, b) => a.start - b.start);
  return quotes.map((q, i) => {
    const id = `${doc.article.id}-q${i + 1}`;
    return { ...q, id, statementId: `s-${id}` };
  });
}

/** Explicit speakers in reading order; a verb without one takes the previous speaker of the article. */
function resolveSpeakers(doc: Doc, lines: LineFacts[], mentions: Mention[]): Map<SpeechAct, Speaker | undefined> {
  const out = new Map<SpeechAct, Speaker | undefined>();
  const canonical = mentions.map((m) => ({ m, start: toCanonical(doc.norm, m.start), end: toCanonical(doc.norm, m.end) }));
  let last: Speaker | undefined;
  for (const act of lines.flatMap((l) => l.acts)) {
    const outlet = act.outlet ? originalOf(doc, act.outlet) : undefined;
    if (act.speaker) {
      last = named(doc, act.speaker, canonical);
      if (outlet) last.outlet = outlet;
      out.set(act, last);
    } else out.set(act, last && outlet ? { ...last, outlet } : last);
  }
  return out;
}

/** The speaker as written; its span points at the name mention inside it when there is one. */
function named(doc: Doc, sp: CanonicalSpan, mentions: Array<{ m: Mention; start: number; end: number }>): Speaker {
  const hit = mentions.find((c) => c.start < sp.end && c.end > sp.start && c.m.type !== 'place');
  const orig = toOriginal(doc.norm, sp.start, hit ? Math.max(sp.end, hit.end) : sp.end);
  const text = doc.article.original.slice(orig.start, orig.end);
  return hit ? { text, start: hit.m.start, end: hit.m.end } : { text, start: orig.start, end: orig.end };
}

const originalOf = (doc: Doc, sp: CanonicalSpan): string => {
  const o = toOriginal(doc.norm, sp.start, sp.end);
  return doc.article.original.slice(o.start, o.end);
};

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return [s, e];
}

function sentenceAround(doc: Doc, start: number): string {
  const s = doc.sentences.find((x) => x.start <= start && start < x.end);
  if (s) return doc.article.original.slice(s.start, s.end);
  const para = doc.article.kept.find((k) => k.start <= start && start < k.end);
  return para ? doc.article.original.slice(para.start, para.end) : '';
}
