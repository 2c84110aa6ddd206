// Speech acts: a speech verb, the speaker read beside it, the outlet it was told to, and where a reported clause begins.
import { gapOk, nameAfter, nameBefore, type Scan, span, subjectBefore, subjectName } from './names.js';
import { type Name, type SpeechTables, type VerbKind, verbKind } from './tables.js';
import { insidePair, type Word } from './words.js';

export interface CanonicalSpan {
  start: number;
  end: number;
}

export interface SpeechAct {
  verb: string;
  verbStart: number;
  verbEnd: number;
  /** Where the attribution begins: the speaker when it precedes the verb, else the verb. */
  attrStart: number;
  /** Where the attribution ends: after the speaker or outlet read beside the verb. */
  attrEnd: number;
  speaker?: CanonicalSpan;
  outlet?: CanonicalSpan;
  /** Canonical offset just after the complementiser (ان، that) that opens a reported clause. */
  clauseStart?: number;
  /** The sentence pauses or ends right after the attribution ("…, officials said on Monday, as …"). */
  parenthetical?: boolean;
  /** An attribution phrase ("according to X"): what precedes it is the reported clause. */
  attribution?: boolean;
  /** The speaker is a pronoun (he said): the subject of the previous sentence speaks. */
  pronoun?: boolean;
  /** No speaker named here: the previous speaker speaks (وقال "…", مؤكدا ان). */
  carried: boolean;
}

/** How many words (time, place, addressee) may stand between a speaker and the complementiser. */
const CLAUSE_REACH = 16;
/** Fronted subjects (ان توكاييف قال، باشينيان قد اشار) are read at most this many words back. */
const FRONTED_SUBJECT_WORDS = 2;

/** The complementiser within a few words (crossing commas, not quotes or stops) opens the reported clause. */
function clauseAfter(t: SpeechTables, text: string, ws: Word[], from: number, prevEnd: number): number | undefined {
  let end = prevEnd;
  for (let j = from; j < ws.length && j < from + CLAUSE_REACH; j++) {
    const w = ws[j] as Word;
    if (!gapOk(text, end, w.start, true)) return undefined;
    if (t.complementisers.has(w.text)) return w.end;
    if (verbKind(t, w.text)) return undefined; // the clause belongs to the nearer verb
    end = w.end;
  }
  return undefined;
}

/** Every speech act among the words of one paragraph; verbs inside quoted ranges are quoted words, not acts. */
export function findActs(
  t: SpeechTables,
  text: string,
  ws: Word[],
  quoted: Array<[number, number]>,
  names: ReadonlyMap<number, Name> = new Map(),
): SpeechAct[] {
  const acts: SpeechAct[] = [];
  const opens = quoted.map(([o]) => o);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (insidePair(quoted, opens, w.start)) continue;
    let kind = verbKind(t, w.text);
    let last = i;
    if (!kind) {
      const multi = t.multiword.find(
        (m) => text.startsWith(m.text, w.start) && !/[\p{L}\p{N}]/u.test(text[w.start + m.text.length] ?? ''),
      );
      if (!multi) continue;
      kind = multi.kind;
      while (last + 1 < ws.length && (ws[last + 1] as Word).end <= w.start + multi.text.length) last++;
    }
    const verbEnd = (ws[last] as Word).end;
    acts.push(readAct(t, text, ws, i, last, kind, verbEnd, names));
    i = last;
  }
  return acts;
}

/** `names` maps the canonical start of each name mention (person, organisation, group) to its end and type. */
function readAct(
  t: SpeechTables,
  text: string,
  ws: Word[],
  i: number,
  last: number,
  kind: VerbKind,
  verbEnd: number,
  names: ReadonlyMap<number, Name>,
): SpeechAct {
  const w = ws[i] as Word;
  const act: SpeechAct = {
    verb: text.slice(w.start, verbEnd),
    verbStart: w.start,
    verbEnd,
    attrStart: w.start,
    attrEnd: verbEnd,
    carried: true,
  };
  let after = last + 1;
  if (kind === 'relay') {
    const src = ws.findIndex((x, j) => j > last && j <= last + 8 && t.relaySources.has(x.text));
    if (src > 0 && /^[^"':.?!;()]*$/.test(text.slice(verbEnd, (ws[src] as Word).start))) {
      act.outlet = span(ws.slice(last + 1, src));
      const named = nameAfter(t, text, ws, src + 1, 12);
      act.speaker = span(named.words);
      after = named.next;
      if (t.relayNouns.has(ws[after]?.text ?? '')) after++;
    }
  } else if (kind === 'verb') {
    let named: Scan = { words: [], next: last + 1 };
    const afterRelative = i > 0 && t.relatives.has((ws[i - 1] as Word).text);
    const subject = afterRelative ? subjectName(text, ws, last + 1, names) : undefined;
    if (afterRelative) {
      // "الذي اعلن حاله الطوارئ": the antecedent speaks, unless a name follows ("التي قال الوزير فلان فيها")
      if (subject) act.speaker = { start: (ws[last + 1] as Word).start, end: subject.end };
      while (subject && after < ws.length && (ws[after] as Word).end <= subject.end) after++;
      named.next = after;
    } else if (t.lex.subjectFirst) {
      const before = subjectBefore(t, text, ws, i);
      act.pronoun = before.pronoun !== undefined;
      if (before.words.length) {
        act.speaker = span(before.words);
        act.attrStart = (before.words[0] as Word).start;
      }
      if (before.pronoun) act.attrStart = before.pronoun.start;
      const introducedByQuote = /["'،,]\s*$/.test(text.slice(Math.max(0, w.start - 3), w.start));
      if (!before.words.length && !before.pronoun && introducedByQuote)
        named = nameAfter(t, text, ws, last + 1, t.lex.maxSpeakerWords);
    } else {
      named = nameAfter(t, text, ws, last + 1, t.lex.maxSpeakerWords);
      const bare = t.kinds.has(w.text); // no conjunction: a subject may stand before the verb
      const before = !named.words.length && bare ? nameBefore(t, text, ws, i, FRONTED_SUBJECT_WORDS) : undefined;
      if (before?.words.length) {
        act.speaker = span(before.words);
        act.attrStart = (before.words[0] as Word).start;
      }
    }
    if (named.words.length) act.speaker = span(named.words);
    after = named.next;
    const outletFrom = t.addresseeVerbs.has(w.text) ? after : t.addressees.has(ws[after]?.text ?? '') ? after + 1 : -1;
    if (outletFrom >= 0) {
      const outlet = nameAfter(t, text, ws, outletFrom, 3);
      act.outlet = span(outlet.words.length ? outlet.words : ws.slice(after, after + 1));
      after = Math.max(outlet.next, after + 1);
    }
  } else if (kind === 'attribution') {
    const named = nameAfter(t, text, ws, last + 1, t.lex.maxSpeakerWords);
    act.speaker = span(named.words);
    act.attribution = true;
    after = named.next;
  } else if (kind === 'object') {
    // "ادانت الخارجيه البريطانيه اعمال العنف", "ودان الامين العام … غوتيريش": a name soon after the verb is its subject
    const subject = subjectName(text, ws, last + 1, names);
    if (subject) {
      act.speaker = { start: (ws[last + 1] as Word).start, end: subject.end };
      while (after < ws.length && (ws[after] as Word).end <= subject.end) after++;
    }
  }
  act.carried = act.speaker === undefined;
  const attrEndWord = ws[after - 1];
  if (attrEndWord && attrEndWord.end > act.attrEnd) act.attrEnd = attrEndWord.end;
  const follow = ws[after];
  act.parenthetical = !follow || /[,.;:!?]/.test(text.slice(act.attrEnd, follow.start)) || t.stops.has(follow.text);
  const next = ws[after];
  // "The ministry said 1,462 people had been arrested": the clause may follow the verb with no complementiser
  const bareClause =
    t.bareClauseVerbs.has(w.text) &&
    kind !== 'relay' &&
    next &&
    gapOk(text, ws[after - 1]?.end ?? verbEnd, next.start, false) &&
    !t.stops.has(next.text);
  act.clauseStart =
    bareClause && !verbKind(t, next.text) && !t.complementisers.has(next.text)
      ? next.start
      : clauseAfter(t, text, ws, after, ws[after - 1]?.end ?? verbEnd);
  return act;
}
