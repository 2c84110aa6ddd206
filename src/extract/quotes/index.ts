// Quotes of one document: direct quotes in any quote style and reported clauses, each with its speaker.
import type { Doc } from '../../doc.js';
import { getLanguage } from '../../lang/index.js';
import { toCanonical, toOriginal } from '../../text/normalise.js';
import type { Mention, Quote } from '../../types.js';
import { governDirect, type LineFacts } from './direct.js';
import { reportedClauses } from './indirect.js';
import type { SpeechLexicon } from './lexicon.js';
import { pairMarks } from './marks.js';
import { type CanonicalSpan, findActs, type SpeechAct } from './speaker.js';
import { type Name, type SpeechTables, speechTables, verbKind } from './tables.js';
import { linesIn, lowerBound, sentenceBreaks, wordsIn } from './words.js';

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
  const functionWords = new Set([...t.lex.conjunctions, ...t.lex.stopWords]);
  const isFunctionWord = (w: string) => functionWords.has(w) || verbKind(t, w) !== undefined;
  const names = new Map<number, Name>();
  for (const m of mentions) {
    if (m.type !== 'place')
      names.set(toCanonical(doc.norm, m.start), { end: toCanonical(doc.norm, m.end), person: m.type === 'person' });
  }
  const lines: LineFacts[] = doc.article.kept.flatMap((k) =>
    linesIn(text, toCanonical(doc.norm, k.start), toCanonical(doc.norm, k.end)).map(([from, to]) => {
      const pairs = pairMarks(text, from, to, isFunctionWord);
      const acts = findActs(t, text, wordsIn(text, from, to), pairs, names);
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
    for (const r of reportedClauses(text, line, t.lex.clauseBeforeVerb)) quotes.push(base(r.start, r.end, r.act, 'indirect'));
  }
  quotes.sort((a, b) => a.start - b.start);
  return quotes.map((q, i) => {
    const id = `${doc.article.id}-q${i + 1}`;
    return { ...q, id, statementId: `s-${id}` };
  });
}

interface CanonicalMention {
  m: Mention;
  start: number;
  end: number;
}

/** Explicit speakers in reading order; a verb without one takes the person its sentence names first, else the previous speaker. */
function resolveSpeakers(doc: Doc, lines: LineFacts[], mentions: Mention[]): Map<SpeechAct, Speaker | undefined> {
  const out = new Map<SpeechAct, Speaker | undefined>();
  const canonical = mentions.map((m) => ({ m, start: toCanonical(doc.norm, m.start), end: toCanonical(doc.norm, m.end) }));
  let last: Speaker | undefined;
  for (const line of lines) {
    const starts = [line.from, ...line.breaks.map((b) => b + 1)];
    for (const act of line.acts) {
      const outlet = act.outlet ? originalOf(doc, act.outlet) : undefined;
      const sentence = lowerBound(starts, act.verbStart + 1) - 1;
      // "وامر الرئيس جوكو ويدودو بتعليق …، وقال": the sentence's own subject speaks; "She told reporters": the previous sentence's
      const from = starts[act.pronoun ? Math.max(0, sentence - 1) : sentence] as number;
      const subject = act.speaker
        ? undefined
        : canonical.find((c) => c.m.type === 'person' && c.start >= from && c.end <= act.verbStart);
      const sp = act.speaker ?? subject;
      if (sp) {
        last = named(doc, sp, canonical);
        if (outlet) last.outlet = outlet;
        out.set(act, last);
      } else out.set(act, last && outlet ? { ...last, outlet } : last);
    }
  }
  return out;
}

/** Only a comma between a title and the name that follows it. */
const APPOSITION = /^\s*[,،]\s*$/;
/** A title ("المبعوث الاممي الي السودان") takes the person named this close after it. */
const TITLE_REACH = 30;

/** The speaker as written; its span points at the name mention inside it (or named right after a bare title). */
function named(doc: Doc, sp: CanonicalSpan, mentions: CanonicalMention[]): Speaker {
  const text = doc.norm.text;
  const inside = mentions.filter((c) => c.start < sp.end && c.end > sp.start && c.m.type !== 'place');
  let end = sp.end;
  let hit = inside.find((c) => c.m.type === 'person') ?? inside[inside.length - 1];
  // "دعت وزاره الخارجيه السلطات": words after an institution's name are the verb's object, not the speaker
  if (hit && hit.m.type !== 'person') end = Math.max(...inside.map((c) => c.end));
  // "General Kenneth McKenzie, head of US Central Command, said": the person named just before the title
  const before = hit
    ? undefined
    : mentions.find((c) => c.m.type === 'person' && c.end <= sp.start && APPOSITION.test(text.slice(c.end, sp.start)));
  if (before) return { text: doc.article.original.slice(before.m.start, before.m.end), start: before.m.start, end: before.m.end };
  if (hit?.m.type !== 'person') {
    const after = mentions.find(
      (c) =>
        c.m.type === 'person' &&
        c.start >= sp.end &&
        c.start - sp.end <= TITLE_REACH &&
        /^[\s\p{L}\p{N},،]*$/u.test(text.slice(sp.end, c.start)),
    );
    const appositive =
      after && (APPOSITION.test(text.slice(sp.end, after.start)) || !/[,،]/.test(text.slice(sp.end, after.start)));
    if (after && appositive) {
      hit = after;
      end = after.end;
    }
  }
  const orig = toOriginal(doc.norm, sp.start, end);
  const written = doc.article.original.slice(orig.start, orig.end);
  return hit ? { text: written, start: hit.m.start, end: hit.m.end } : { text: written, start: orig.start, end: orig.end };
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
