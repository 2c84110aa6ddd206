import { normalise, toOriginal } from '../text/normalise.js';
import type { Flag } from '../types.js';
import type { BoilerplateLexicon } from './lexicon.js';
import { isKept, type Page, type Unit } from './page.js';

/** Signals in the text, each with the span that raised it: evidence for a reader, never a verdict. */

/** A habit seen once can be a typo; this many times is how the copy was made. */
const MIN_SPACED_COMMAS = 3;
/** Below this length the last paragraph may be a subhead or a signature, not a cut sentence. */
const MIN_TRUNCATED_PARAGRAPH = 80;
/** Enough residue words to make the point without burying the report in flags. */
const MAX_RESIDUE_FLAGS = 10;
/** A teaser sharing under this share of its words with the story points elsewhere. */
const TEASER_OVERLAP = 0.1;
/** Shorter words are mostly particles (في، على، the, and): they would make any two texts overlap. */
const MIN_CONTENT_WORD = 4;

const SPACE_BEFORE_COMMA = /\s[,،]/g;
const DOUBLE_STOP = /\.\s+\.(?!\.)/g;
const LATIN_WORD = /\p{Script=Latin}{2,}/gu;
const LETTER = /\p{L}/gu;
const FINAL = /[.!?"')\]]$/;
const ELLIPSIS = /(\.\.\.|…)$/;

const flag = (kind: string, evidence: string, start: number, end: number): Flag => ({ kind, evidence, start, end });
const text = (page: Page, u: { start: number; end: number }): string => page.article.original.slice(u.start, u.end);
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (w: string): boolean => /^\p{Script=Latin}/u.test(w);
const words = (s: string): string[] => s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= MIN_CONTENT_WORD);

/** First match of `re` across kept lines, with the number of matches. */
function firstOf(page: Page, kept: Unit[], re: RegExp): { count: number; start: number; end: number } | undefined {
  let count = 0;
  let first: { start: number; end: number } | undefined;
  for (const u of kept) {
    for (const m of text(page, u).matchAll(re)) {
      count++;
      first ??= { start: u.start + m.index, end: u.start + m.index + m[0].length };
    }
  }
  return first && { count, ...first };
}

/** Lower-case Latin-script words inside lines written mostly in another script, web addresses aside. */
function latinResidue(page: Page, kept: Unit[]): Flag[] {
  const out: Flag[] = [];
  for (const u of kept) {
    const line = text(page, u);
    const latin = [...line.matchAll(LATIN_WORD)];
    if (!latin.length) continue;
    const latinLetters = latin.reduce((n, m) => n + m[0].length, 0);
    if (latinLetters * 2 > (line.match(LETTER)?.length ?? 0)) continue;
    for (const m of latin) {
      const before = line[m.index - 1] ?? ' ';
      // Capitalised words are names and acronyms given on purpose ("CNN", "(Tokayev)"); residue is lower case.
      const isName = m[0][0] === m[0][0]?.toUpperCase();
      if (isName || /[./@:#_-]/.test(before) || /^(www|https?)$/i.test(m[0])) continue;
      if (out.length >= MAX_RESIDUE_FLAGS) return out;
      out.push(
        flag('machine-translation', `Latin word "${m[0]}" inside the text`, u.start + m.index, u.start + m.index + m[0].length),
      );
    }
  }
  return out;
}

const tellPatterns = new Map<string, RegExp>();
/** A tell as whole words at a word start: "ل ال" must not match the end of "قال الرئيس". */
function tellPattern(tell: string): RegExp {
  let re = tellPatterns.get(tell);
  if (!re) {
    re = new RegExp(`(?:^|\\s)(${tell.split(' ').map(escapeRegExp).join('\\s+')})`, 'g');
    tellPatterns.set(tell, re);
  }
  return re;
}

/** Literal-translation phrases from the lexicon, mapped back to the original (normalised again only where one occurs). */
function translationTells(page: Page, kept: Unit[], lex: BoilerplateLexicon): Flag[] {
  const out: Flag[] = [];
  for (const tell of lex.translationTells) {
    const re = tellPattern(tell);
    for (const u of kept) {
      re.lastIndex = 0;
      const found = re.test(u.canon);
      re.lastIndex = 0; // matchAll starts where test() stopped
      if (!found) continue;
      const n = normalise(text(page, u));
      for (const m of n.text.matchAll(re)) {
        const from = m.index + m[0].length - (m[1]?.length ?? 0);
        const o = toOriginal(n, from, m.index + m[0].length);
        out.push(flag('machine-translation', `literal translation "${tell}"`, u.start + o.start, u.start + o.end));
      }
    }
  }
  return out;
}

/** Quote marks that do not pair up inside a paragraph. */
function unpairedQuotes(kept: Unit[]): Flag[] {
  return kept
    .filter((u) => (u.canon.match(/"/g)?.length ?? 0) % 2 === 1)
    .map((u) => flag('machine-translation', 'odd number of quote marks in a paragraph', u.start, u.end));
}

function translationSignals(page: Page, kept: Unit[], lex: BoilerplateLexicon): Flag[] {
  const out = [...latinResidue(page, kept), ...translationTells(page, kept, lex), ...unpairedQuotes(kept)];
  const commas = firstOf(page, kept, SPACE_BEFORE_COMMA);
  if (commas && commas.count >= MIN_SPACED_COMMAS)
    out.push(flag('machine-translation', `space before comma ×${commas.count}`, commas.start, commas.end));
  const stops = firstOf(page, kept, DOUBLE_STOP);
  if (stops) out.push(flag('machine-translation', `sentence ending ". ." ×${stops.count}`, stops.start, stops.end));
  for (const u of page.units) {
    const line = text(page, u);
    const label = /^\p{Script=Latin}+/u.exec(line)?.[0] ?? '';
    const isForeignLabel = label.length > 1 && label === label.toUpperCase() && /[^\p{Script=Latin}\P{L}]/u.test(line);
    if (u.removals?.[0]?.reason === 'read-more-teaser' && isForeignLabel)
      out.push(flag('machine-translation', `untranslated "${label}" label`, u.start, u.start + label.length));
  }
  return out;
}

/** Author bios and teasers for unrelated articles: the page was assembled, not edited. */
function contentFarmSignals(page: Page, kept: Unit[], lex: BoilerplateLexicon): Flag[] {
  const out: Flag[] = [];
  for (const u of page.units)
    if (u.removals?.[0]?.reason === 'author-bio') out.push(flag('content-farm', 'random author bio at the end', u.start, u.end));
  const teasers = page.units.filter((u) => u.removals?.[0]?.reason === 'read-more-teaser');
  if (!teasers.length) return out;
  const markers = new Set([...lex.teaserMarkers, ...lex.shoutedTeaserMarkers].flatMap((m) => m.split(' ')));
  const story = new Set(kept.flatMap((u) => words(u.canon)));
  const storyWords = [...story];
  const latinStory = storyWords.filter(isLatin).length * 2 > storyWords.length;
  for (const u of teasers) {
    // Words in another script than the story's cannot overlap with it: they say nothing about relatedness.
    const own = words(u.canon).filter((w) => !markers.has(w) && isLatin(w) === latinStory);
    if (own.length && own.filter((w) => story.has(w)).length / own.length < TEASER_OVERLAP)
      out.push(flag('content-farm', 'teaser for an unrelated article', u.start, u.end));
  }
  return out.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

/** The text stops mid-sentence or on an ellipsis. */
function truncation(kept: Unit[]): Flag[] {
  const last = kept[kept.length - 1];
  if (!last) return [];
  const c = last.canon;
  if (ELLIPSIS.test(c)) return [flag('truncated', 'text ends with an ellipsis', last.start, last.end)];
  if (c.length >= MIN_TRUNCATED_PARAGRAPH && !FINAL.test(c))
    return [flag('truncated', 'last paragraph ends without final punctuation', last.start, last.end)];
  return [];
}

function duplicates(page: Page): Flag[] {
  const copies = page.units.filter((u) => u.removals?.[0]?.reason === 'duplicate-paragraph');
  const first = copies[0];
  return first ? [flag('duplicated-paragraphs', `${copies.length} repeated paragraph(s) kept once`, first.start, first.end)] : [];
}

export function qualityFlags(page: Page, lex: BoilerplateLexicon): Flag[] {
  const kept = page.units.filter(isKept);
  return [
    ...translationSignals(page, kept, lex),
    ...contentFarmSignals(page, kept, lex),
    ...truncation(kept),
    ...duplicates(page),
  ];
}
