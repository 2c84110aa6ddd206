// Mentions of one document: patterns walk each sentence; then names learned in the document are found again.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../../doc.js';
import { getLanguage } from '../../lang/index.js';
import { normalise, toOriginal } from '../../text/normalise.js';
import type { Mention } from '../../types.js';
import { learnNames, rescan } from './learned.js';
import type { EntityLexicon } from './lexicon.js';
import { acronym } from './patterns/acronym.js';
import { capitalised } from './patterns/capitalised.js';
import { givenName } from './patterns/given-name.js';
import { articleDropped, knownName } from './patterns/known-names.js';
import { organisation } from './patterns/organisation.js';
import { placeHead } from './patterns/place-head.js';
import { withRegions } from './patterns/region.js';
import { speaker } from './patterns/speaker.js';
import { titled } from './patterns/title.js';
import { appositionRole } from './roles.js';
import { byPosition, type Found, lexiconSets, Scanner } from './scanner.js';
import { keepLearned, propagate, type RuleSentence, retag, tagDocument, titleStems } from './stacked.js';
import { modelFromText, type TaggerModel } from './tagger.js';
import { tokenize } from './tokens.js';
import { transliterate } from './transliterate.js';

/** The patterns at one token, most specific first; the first that fires wins. */
function matchAt(sc: Scanner, i: number): Found[] {
  const acr = acronym(sc, i);
  if (acr) return [acr];
  const t = titled(sc, i);
  if (t) return t;
  const known = knownName(sc, i);
  const org = organisation(sc, i);
  if (org && (!known || (org.to > known.to && known.type !== 'organization'))) return [org];
  if (known) return [known];
  return (
    placeHead(sc, i) ??
    [givenName(sc, i) ?? speaker(sc, i) ?? capitalised(sc, i, i === 0)].filter((f): f is Found => f !== undefined)
  );
}

/** An organisation glossed by its acronym in brackets: "منظمه الامن الجماعي (CSTO)". */
function gloss(sc: Scanner, org: Found, text: string): Found | undefined {
  const next = sc.toks[org.to];
  const last = sc.toks[org.to - 1];
  if (!next || !last || !next.latin || !next.upper || !text.slice(last.end, next.start).includes('(')) return undefined;
  const latin = next.text.toUpperCase();
  org.latin ??= latin;
  return { from: org.to, to: org.to + 1, strip: 0, type: org.type, key: org.key, latin: org.latin };
}

function scanSentence(sc: Scanner, text: string): Found[] {
  const out: Found[] = [];
  let i = 0;
  while (i < sc.length) {
    const found = matchAt(sc, i);
    if (!found.length) {
      i++;
      continue;
    }
    let next = i + 1;
    for (const f of found) {
      if (f.type === 'person' && !f.role) f.role = appositionRole(sc, f.to);
      out.push(f);
      next = Math.max(next, f.to);
      if (f.type === 'organization') {
        const g = gloss(sc, f, text);
        if (g) {
          out.push(g);
          next = g.to;
        }
      }
    }
    i = next;
  }
  return out;
}

function toMention(doc: Doc, sc: Scanner, f: Found, lex: EntityLexicon): Mention {
  const first = sc.toks[f.from];
  const last = sc.toks[f.to - 1];
  const span = toOriginal(doc.norm, (first?.start ?? 0) + f.strip, last?.end ?? 0);
  const m: Mention = {
    articleId: doc.article.id,
    start: span.start,
    end: span.end,
    text: doc.article.original.slice(span.start, span.end),
    type: f.type,
    key: f.key,
    latin: f.latin ?? transliterate(f.key, lex.transliteration),
  };
  if (f.role) {
    const a = sc.toks[f.role.from];
    const b = sc.toks[f.role.to - 1];
    if (a && b) {
      const r = toOriginal(doc.norm, a.start + f.role.strip, b.end);
      m.role = doc.article.original.slice(r.start, r.end);
    }
  }
  return m;
}

export interface RecogniseOptions {
  /** The tagger over the rules; by default the language's shipped model (none: the rules alone); null: the rules alone. */
  model?: TaggerModel | null;
}

const shipped = new WeakMap<EntityLexicon, TaggerModel | null>();

/** The language's tagger model, read once from its file (src/lang/<code>/), or null when it has none. */
export function shippedTagger(lex: EntityLexicon): TaggerModel | null {
  let model = shipped.get(lex);
  if (model !== undefined) return model;
  model = null;
  if (lex.tagger) {
    let text: string;
    try {
      text = readFileSync(lex.tagger, 'utf8');
    } catch (e) {
      throw new Error(
        `entity tagger model ${fileURLToPath(lex.tagger)} is missing (npm run build copies it): ${(e as Error).message}`,
      );
    }
    model = modelFromText(text);
  }
  shipped.set(lex, model);
  return model;
}

/** Every sentence of a document with the rules' finds, names learned in the document included. */
export function ruleSentences(doc: Doc): RuleSentence[] {
  const lex = getLanguage(doc.lang)?.entities as EntityLexicon | undefined;
  if (!lex?.stopwords) return [];
  const sets = lexiconSets(lex);
  const { text, origStart, origEnd } = doc.norm;
  const sentences = doc.sentences.map((s) => {
    const sc = new Scanner(tokenize(text, s.nStart, s.nEnd, doc.article.original, origStart, origEnd), sets);
    return { sc, found: scanSentence(sc, text) };
  });
  const learned = learnNames(sentences.flatMap((s) => s.found));
  return sentences.map(({ sc, found }) => {
    const extra = rescan(sc, found, learned);
    const kept = found.filter((f) => !extra.some((x) => x.from <= f.from && x.to >= f.to));
    return { sc, found: [...kept, ...extra].sort(byPosition) };
  });
}

/** A curated place read behind an article its name never takes. Dropped after the tagger, so the tagger's features
 * stay what the gazetteer says. */
function articleOnBareName(sc: Scanner, f: Found): boolean {
  const m = sc.entry(f.from);
  return !!f.known && f.type === 'place' && m?.value.key === f.key && articleDropped(sc, m);
}

/** Stems of the document's title (its headline), read by the same scanner as the body. */
export function documentTitle(doc: Doc): Set<string> {
  const lex = getLanguage(doc.lang)?.entities as EntityLexicon | undefined;
  const title = doc.article.title;
  if (!lex?.stopwords || !title) return new Set();
  const norm = normalise(title);
  const toks = tokenize(norm.text, 0, norm.text.length, title, norm.origStart, norm.origEnd);
  return titleStems(new Scanner(toks, lexiconSets(lex)));
}

export function recogniseWith(doc: Doc, opts: RecogniseOptions = {}): Mention[] {
  const lex = getLanguage(doc.lang)?.entities as EntityLexicon | undefined;
  if (!lex?.stopwords) return [];
  let sentences = ruleSentences(doc);
  const model = opts.model === undefined ? shippedTagger(lex) : opts.model;
  if (model) {
    const labels = tagDocument(sentences, model, documentTitle(doc));
    const rules = sentences;
    sentences = sentences.map(({ sc, found }, i) => ({ sc, found: retag(sc, found, labels[i] ?? []) }));
    sentences = propagate(keepLearned(rules, sentences), labels);
  }
  return sentences.flatMap(({ sc, found }) =>
    withRegions(
      sc,
      found.filter((f) => !articleOnBareName(sc, f)),
    ).map((f) => toMention(doc, sc, f, lex)),
  );
}

/** People, places, organisations and groups of one document, as the pipeline reads them. */
export function recogniseEntities(doc: Doc): Mention[] {
  return recogniseWith(doc);
}
