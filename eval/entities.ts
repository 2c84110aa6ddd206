// Entity recognition scored on token-tagged gold (AQMAR Wikipedia corpus, CC BY-SA 3.0, and Marsad's own news set):
// entity-level exact spans, per type. Run: npm run eval:entities
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { plainArticle } from '../src/article.js';
import type { Doc, Sentence } from '../src/doc.js';
import { phraseKey } from '../src/extract/entities/gazetteer.js';
import { recogniseEntities } from '../src/extract/entities/index.js';
import { recogniseWith } from '../src/extract/entities/recognise.js';
import { entities } from '../src/lang/ar/entities.js';
import { normalise, normaliseString, toCanonical } from '../src/text/normalise.js';
import type { EntityType, Mention } from '../src/types.js';
import { scoreCrossValidated } from './entities-tagger.js';
import { prf, type Score } from './types.js';

const here = resolve(fileURLToPath(import.meta.url), '..');
export const aqmarDir = resolve(here, '../../shared/eval/data/aqmar');
export const newsFile = join(here, 'gold/entities/news-ar.txt');
/** Written after the rules were tuned; one rule later came from its errors (see eval/gold/entities/README.md). */
export const heldoutFile = join(here, 'gold/entities/news-ar-heldout.txt');
/** Written after the tagger shipped, scored once and never tuned on: the honest news number. */
export const heldout2File = join(here, 'gold/entities/news-ar-heldout-2.txt');
export const TYPES = ['PER', 'LOC', 'ORG'] as const;
type Tag = (typeof TYPES)[number];
export const TAG_OF: Partial<Record<EntityType, Tag>> = { person: 'PER', place: 'LOC', organization: 'ORG' };

export interface GoldSentence {
  tokens: string[];
  tags: string[];
}

/** `token TAG` per line, blank line between sentences; any MIS* tag is MISC (not scored). */
export function readTagged(text: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const tokens: string[] = [];
    const tags: string[] = [];
    for (const line of block.split('\n')) {
      const parts = line.trim().split(/\s+/);
      if (parts.length < 2) continue;
      tokens.push(parts[0] as string);
      const raw = (parts[parts.length - 1] as string).replace(/^([BI])-+/, '$1-');
      tags.push(/^[BI]-(PER|LOC|ORG)$/.test(raw) ? raw : raw === 'O' || raw === 'OO' ? 'O' : `${raw[0] ?? 'O'}-MISC`);
    }
    if (tokens.length) out.push({ tokens, tags });
  }
  return out;
}

/** Spans as "sentence:first:last:TYPE". */
export function goldSpans(sents: GoldSentence[]): Set<string> {
  const out = new Set<string>();
  sents.forEach((s, si) => {
    let start = -1;
    let type = '';
    const close = (end: number): void => {
      if (start >= 0 && (TYPES as readonly string[]).includes(type)) out.add(`${si}:${start}:${end}:${type}`);
      start = -1;
    };
    s.tags.forEach((tag, i) => {
      const [bio, t] = tag.split('-') as [string, string | undefined];
      if (bio === 'B' || (bio === 'I' && t !== type)) {
        close(i - 1);
        start = i;
        type = t ?? '';
      } else if (bio !== 'I') close(i - 1);
    });
    close(s.tokens.length - 1);
  });
  return out;
}

export interface GoldDoc {
  doc: Doc;
  sentences: Sentence[];
  /** Character span of every gold token, per sentence. */
  offsets: Array<Array<[number, number]>>;
}

/** One document of the gold sentences (tokens joined by spaces, a sentence per line); `titled`: its first sentence
 * is the document's title too (an AQMAR file opens with its Wikipedia article's title). */
export function goldDoc(sents: GoldSentence[], id: string, titled = false): GoldDoc {
  const offsets: Array<Array<[number, number]>> = [];
  const lines: string[] = [];
  let pos = 0;
  for (const s of sents) {
    const spans: Array<[number, number]> = [];
    for (const t of s.tokens) {
      spans.push([pos, pos + t.length]);
      pos += t.length + 1;
    }
    offsets.push(spans);
    lines.push(s.tokens.join(' '));
  }
  const original = lines.join('\n');
  const norm = normalise(original);
  const sentences: Sentence[] = offsets.map((spans) => {
    const start = spans[0]?.[0] ?? 0;
    const end = spans.at(-1)?.[1] ?? start;
    return { start, end, nStart: toCanonical(norm, start), nEnd: toCanonical(norm, end) };
  });
  const doc: Doc = {
    article: plainArticle(id, original, { language: 'ar', title: titled ? (lines[0] ?? '') : '' }),
    norm,
    sentences,
    lang: 'ar',
  };
  return { doc, sentences, offsets };
}

/** Gold-token span "sentence:first:last" covering original characters [start, end). */
export function tokenSpan(g: GoldDoc, start: number, end: number): string | undefined {
  const si = g.sentences.findIndex((s) => start >= s.start && start < s.end + 1);
  const spans = g.offsets[si];
  if (!spans) return undefined;
  const first = spans.findIndex(([a, b]) => start < b && end > a);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < spans.length && (spans[last + 1] as [number, number])[0] < end) last++;
  return `${si}:${first}:${last}`;
}

/** Which mention a flat corpus scores where Marsad finds one inside another (a landmark and the city in it): our news
 * set tags the inner place (مطار [لاهور]), AQMAR the whole name ([جامع ابن طولون], [غوطه دمشق]). */
export type Level = 'inner' | 'outer';

/** Predicted mentions as gold-token spans. */
export function predictSpans(
  sents: GoldSentence[],
  id: string,
  recognise: (doc: Doc) => Mention[] = recogniseEntities,
  level: Level = 'inner',
  titled = false,
): Set<string> {
  const g = goldDoc(sents, id, titled);
  const mentions = recognise(g.doc).filter((m) => TAG_OF[m.type]);
  const holds = (m: Mention, o: Mention): boolean =>
    o !== m && m.start <= o.start && m.end >= o.end && m.end - m.start > o.end - o.start;
  const flat = mentions.filter((m) => !mentions.some((o) => (level === 'inner' ? holds(m, o) : holds(o, m))));
  const out = new Set<string>();
  for (const m of flat) {
    const span = tokenSpan(g, m.start, m.end);
    if (span) out.add(`${span}:${TAG_OF[m.type]}`);
  }
  return out;
}

export interface Counts {
  tp: Record<Tag, number>;
  pred: Record<Tag, number>;
  gold: Record<Tag, number>;
}

export const zero = (): Record<Tag, number> => ({ PER: 0, LOC: 0, ORG: 0 });

/** A gold file; `titled`: it opens with its title (AQMAR). */
export interface GoldFile {
  id: string;
  text: string;
  titled?: boolean;
}

export function scoreFiles(
  files: GoldFile[],
  predict: (sents: GoldSentence[], id: string, titled: boolean) => Set<string> = (sents, id, titled) =>
    predictSpans(sents, id, recogniseEntities, 'inner', titled),
): Counts {
  const c: Counts = { tp: zero(), pred: zero(), gold: zero() };
  for (const f of files) {
    const sents = readTagged(f.text);
    const gold = goldSpans(sents);
    const pred = predict(sents, f.id, !!f.titled);
    for (const g of gold) c.gold[g.split(':')[3] as Tag]++;
    for (const p of pred) {
      const t = p.split(':')[3] as Tag;
      c.pred[t]++;
      if (gold.has(p)) c.tp[t]++;
    }
  }
  return c;
}

const MIN_COUNT = 2;

/** Words of these tagged texts that are frequent and never part of an entity, minus the lexicon's name material. */
export function learnCommonWords(texts: string[]): string[] {
  const seen = new Map<string, number>();
  const named = new Set<string>();
  for (const text of texts) {
    for (const s of readTagged(text)) {
      s.tokens.forEach((tok, i) => {
        const w = normaliseString(tok);
        if (!/^\p{L}+$/u.test(w)) return;
        if (s.tags[i] === 'O') seen.set(w, (seen.get(w) ?? 0) + 1);
        else named.add(w);
      });
    }
  }
  const keep = new Set([
    ...entities.firstNames,
    ...entities.nameSuffixes,
    ...entities.nameConnectors,
    ...[...entities.persons, ...entities.places, ...entities.organizations].flatMap((e) =>
      e.names.flatMap((n) => phraseKey(n).split(' ')),
    ),
  ]);
  return [...seen]
    .filter(([w, n]) => n >= MIN_COUNT && !named.has(w) && !keep.has(w))
    .map(([w]) => w)
    .sort();
}

export function corpora(): Record<string, GoldFile[]> {
  const aqmar = readdirSync(aqmarDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, text: readFileSync(join(aqmarDir, f), 'utf8'), titled: true }));
  return {
    news: [{ id: 'news-ar', text: readFileSync(newsFile, 'utf8') }],
    heldout: [{ id: 'news-ar-heldout', text: readFileSync(heldoutFile, 'utf8') }],
    heldout2: [{ id: 'news-ar-heldout-2', text: readFileSync(heldout2File, 'utf8') }],
    aqmar,
  };
}

/** Scores named entities.<corpus>.<TYPE>.<p|r|f1> plus the micro average over the three types. */
export function entityScores(name: string, c: Counts): Score[] {
  const out: Score[] = [];
  const sum = (r: Record<Tag, number>): number => TYPES.reduce((a, t) => a + r[t], 0);
  for (const t of [...TYPES, 'ALL'] as const) {
    const [tp, pred, gold] = t === 'ALL' ? [sum(c.tp), sum(c.pred), sum(c.gold)] : [c.tp[t], c.pred[t], c.gold[t]];
    const s = prf(tp, pred, gold);
    out.push(
      { name: `entities.${name}.${t}.precision`, value: s.precision, support: pred },
      { name: `entities.${name}.${t}.recall`, value: s.recall, support: gold },
      { name: `entities.${name}.${t}.f1`, value: s.f1, support: gold },
    );
  }
  return out;
}

/** The scored corpora with the shipped recogniser (rules and tagger): AQMAR cross-validated (each fold's tagger and
 * common words learned from the other folds only); the news set is in the shipped tagger's training data, the
 * held-out set is not. */
export function allScores(): Array<[string, Score[]]> {
  const { news, heldout, heldout2, aqmar } = corpora();
  return [
    ['news', entityScores('news', scoreFiles(news ?? []))],
    ['heldout', entityScores('heldout', scoreFiles(heldout ?? []))],
    ['heldout2', entityScores('heldout2', scoreFiles(heldout2 ?? []))],
    ['aqmar', entityScores('aqmar', scoreCrossValidated(aqmar ?? [], news ?? [], true))],
  ];
}

/** The rules alone, scored the same way (`-- --rules`): what the tagger adds. */
export function ruleScores(): Array<[string, Score[]]> {
  const { news = [], heldout = [], heldout2 = [], aqmar = [] } = corpora();
  const rules = (sents: GoldSentence[], id: string, titled: boolean) =>
    predictSpans(sents, id, (doc) => recogniseWith(doc, { model: null }), 'inner', titled);
  return [
    ['news-rules', entityScores('news-rules', scoreFiles(news, rules))],
    ['held-rules', entityScores('held-rules', scoreFiles(heldout, rules))],
    ['held2-rules', entityScores('held2-rules', scoreFiles(heldout2, rules))],
    ['aqmar-rules', entityScores('aqmar-rules', scoreCrossValidated(aqmar, news, false))],
  ];
}

function main(): void {
  const rows: string[] = ['corpus        type   P      R      F1     gold'];
  const runs = process.argv.includes('--rules') ? [...ruleScores(), ...allScores()] : allScores();
  for (const [name, scores] of runs) {
    for (const t of [...TYPES, 'ALL']) {
      const get = (k: string): Score | undefined => scores.find((s) => s.name === `entities.${name}.${t}.${k}`);
      const f = (k: string): string => (get(k)?.value ?? 0).toFixed(3);
      rows.push(`${name.padEnd(13)} ${t.padEnd(6)} ${f('precision')}  ${f('recall')}  ${f('f1')}  ${get('f1')?.support ?? 0}`);
    }
  }
  console.log(rows.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
