// Speech acts: a speech verb, the speaker read beside it, the outlet it was told to, and where a reported clause begins.
import type { SpeechLexicon } from './lexicon.js';
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

/** A name mention in canonical offsets. */
export interface Name {
  end: number;
  person: boolean;
}

type VerbKind = 'verb' | 'object' | 'participle' | 'relay' | 'attribution';

/** Lookup tables built once per lexicon. */
export interface SpeechTables {
  lex: SpeechLexicon;
  kinds: Map<string, VerbKind>;
  multiword: Array<{ text: string; kind: VerbKind }>;
  complementisers: Set<string>;
  stops: Set<string>;
  pronouns: Set<string>;
  addressees: Set<string>;
  audience: Set<string>;
  addresseeVerbs: Set<string>;
  relaySources: Set<string>;
  relayNouns: Set<string>;
  relatives: Set<string>;
  auxiliaries: Set<string>;
}

export function speechTables(lex: SpeechLexicon): SpeechTables {
  const kinds = new Map<string, VerbKind>();
  const multiword: SpeechTables['multiword'] = [];
  const add = (list: string[], kind: VerbKind) => {
    for (const v of list) {
      if (v.includes(' ')) multiword.push({ text: v, kind });
      else kinds.set(v, kind);
    }
  };
  add(lex.verbs, 'verb');
  add(lex.objectVerbs, 'object');
  add(lex.participles, 'participle');
  add(lex.relayVerbs, 'relay');
  add(lex.attributions, 'attribution');
  return {
    lex,
    kinds,
    multiword,
    complementisers: new Set(lex.complementisers),
    stops: new Set(lex.speakerStops),
    pronouns: new Set(lex.pronouns),
    addressees: new Set(lex.addresseeMarkers),
    audience: new Set(lex.audienceWords),
    addresseeVerbs: new Set(lex.addresseeVerbs),
    relaySources: new Set(lex.relaySources),
    relayNouns: new Set(lex.relayNouns),
    relatives: new Set(lex.relatives),
    auxiliaries: new Set(lex.auxiliaries),
  };
}

/** The verb kind of a word, with one conjunction proclitic (و، ف) allowed in front. */
export function verbKind(t: SpeechTables, word: string): VerbKind | undefined {
  const direct = t.kinds.get(word);
  if (direct) return direct;
  for (const c of t.lex.conjunctions) {
    if (word.length > c.length + 2 && word.startsWith(c)) {
      const kind = t.kinds.get(word.slice(c.length));
      if (kind) return kind;
    }
  }
  return undefined;
}

/** Only spaces (and, when allowed, commas and brackets) lie between two words. */
const gapOk = (text: string, from: number, to: number, commas: boolean): boolean => {
  const gap = text.slice(from, to);
  return commas ? /^[\s,،()]*$/.test(gap) : /^\s*$/.test(gap);
};

interface Scan {
  words: Word[];
  next: number; // index of the first word not taken
}

/** Words after index i that name someone, up to the first stop. */
function nameAfter(t: SpeechTables, text: string, ws: Word[], i: number, max: number): Scan {
  const taken: Word[] = [];
  let j = i;
  while (j < ws.length && taken.length < max) {
    const w = ws[j] as Word;
    const prevEnd = j > 0 ? (ws[j - 1] as Word).end : w.start;
    if (!gapOk(text, prevEnd, w.start, false)) break;
    if (t.complementisers.has(w.text) || t.stops.has(w.text) || t.pronouns.has(w.text)) break;
    if (t.addressees.has(w.text) || t.audience.has(w.text) || t.relaySources.has(w.text) || t.relayNouns.has(w.text)) break;
    if (verbKind(t, w.text)) break;
    taken.push(w);
    j++;
  }
  return { words: taken, next: j };
}

/** Words before the verb at index i that name someone (Tokayev said; Cardinal Ranjith, urged). */
function nameBefore(t: SpeechTables, text: string, ws: Word[], i: number, max: number): { words: Word[]; pronoun?: Word } {
  const taken: Word[] = [];
  let k = i - 1;
  while (k >= 0 && t.auxiliaries.has((ws[k] as Word).text) && gapOk(text, (ws[k] as Word).end, (ws[k + 1] as Word).start, false))
    k--;
  for (; k >= 0 && taken.length < max; k--) {
    const w = ws[k] as Word;
    const gap = text.slice(w.end, (ws[k + 1] as Word).start);
    if (!/^\s*$/.test(gap) && !(k === i - 1 && /^\s*,\s*$/.test(gap))) break;
    if (t.pronouns.has(w.text)) return taken.length ? { words: taken } : { words: [], pronoun: w };
    if (t.complementisers.has(w.text) || t.stops.has(w.text) || t.relatives.has(w.text) || verbKind(t, w.text)) break;
    taken.unshift(w);
  }
  return { words: taken };
}

/** Most words an attribution after a quote may hold ("…," a shopkeeper in the Petion-Ville district said). */
const QUOTE_ATTRIBUTION_WORDS = 10;

/** Every word between a closing quote and the verb, or undefined when other punctuation intervenes. */
function wordsBackToQuote(text: string, ws: Word[], i: number): Word[] | undefined {
  const taken: Word[] = [];
  for (let k = i - 1; k >= 0 && taken.length < QUOTE_ATTRIBUTION_WORDS; k--) {
    const gap = text.slice((ws[k] as Word).end, (ws[k + 1] as Word).start);
    if (gap.includes('"')) return taken.length ? taken : undefined;
    if (!/^\s*$/.test(gap)) return undefined;
    taken.unshift(ws[k] as Word);
  }
  return undefined;
}

/** The subject before a verb in subject-first writing, past an appositive relative clause ("Gulen, 75, who has lived …, said"). */
function subjectBefore(t: SpeechTables, text: string, ws: Word[], i: number): { words: Word[]; pronoun?: Word } {
  const max = t.lex.maxSpeakerWords;
  const quoted = wordsBackToQuote(text, ws, i);
  if (quoted && !(quoted.length === 1 && t.pronouns.has((quoted[0] as Word).text))) return { words: quoted };
  const near = nameBefore(t, text, ws, i, max);
  if (i === 0 || !/^\s*,\s*$/.test(text.slice((ws[i - 1] as Word).end, (ws[i] as Word).start))) return near;
  for (let k = i - 1; k > 0; k--) {
    const gapBefore = text.slice((ws[k - 1] as Word).end, (ws[k] as Word).start);
    if (/[.!?"]/.test(gapBefore)) break;
    if (!t.relatives.has((ws[k] as Word).text) || !/^\s*,\s*$/.test(gapBefore)) continue;
    let at = k;
    // an age or number in apposition ("Bolsonaro, 67, who") sits between the name and the relative
    if (/^\d+$/.test((ws[at - 1] as Word).text) && at > 1) at--;
    const far = nameBefore(t, text, ws, at, max);
    if (far.words.length) return far;
    break;
  }
  return near;
}

const span = (words: Word[]): CanonicalSpan | undefined =>
  words.length ? { start: (words[0] as Word).start, end: (words[words.length - 1] as Word).end } : undefined;

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
    t.lex.bareClause &&
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

/** Words an object verb may put between itself and its named subject. */
const OBJECT_VERB_REACH = 6;

/** The first person named within a few words after index j, else a name starting right at j. */
function subjectName(text: string, ws: Word[], j: number, names: ReadonlyMap<number, Name>): Name | undefined {
  for (let k = j; k < ws.length && k < j + OBJECT_VERB_REACH; k++) {
    if (k > j && !gapOk(text, (ws[k - 1] as Word).end, (ws[k] as Word).start, false)) break;
    const name = names.get((ws[k] as Word).start);
    if (name?.person) return name;
  }
  const first = ws[j];
  return first ? names.get(first.start) : undefined;
}
