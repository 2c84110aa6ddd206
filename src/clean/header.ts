import { detectLanguage } from '../text/langid.js';
import type { Article } from '../types.js';
import { startsWithMarker } from './boilerplate.js';
import { readByline, trailingCredit } from './byline.js';
import { type Dateline, readDateline } from './dateline.js';
import type { BoilerplateLexicon } from './lexicon.js';
import { canonLine, isKept, type Page, removeUnit, type Unit } from './page.js';

/** Title, dateline, byline and caption sit in the first few lines; past them the news starts. */
const HEADER_LINES = 6;
/** A first line longer than this is the lead paragraph, not a headline. */
const MAX_TITLE = 250;
const MAX_CAPTION = 120;
/** A line between two header lines this short is the outlet's or author's name. */
const MAX_NAME_LINE = 40;
/** Right under the title, only a bare name this short counts: longer lines there are decks or leads. */
const MAX_NAME_WORDS = 3;
const MAX_DERIVED_TITLE = 120;
const ENDS_SENTENCE = /[.!?:]$/;
const HEADER_REASONS = new Set(['title', 'dateline', 'byline']);

const languageOf = (article: Article): string => {
  const lang = article.language;
  return lang && lang !== 'und' ? lang : detectLanguage(article.original.slice(0, 2000));
};

/** A short verbless line right under the title that describes a photo ("جانب من …", "Photo: …", "… (Reuters)"). */
function isCaption(unit: Unit, lex: BoilerplateLexicon): boolean {
  const c = unit.canon;
  if (c.length > MAX_CAPTION || ENDS_SENTENCE.test(c)) return false;
  const opening = c.startsWith('(') ? c.slice(1) : c;
  return lex.captionPrefixes.some((p) => startsWithMarker(opening, p)) || trailingCredit(c, lex) !== undefined;
}

/** Remove the title line, keeping an agency credit at its end as its own removed part. */
function takeTitle(page: Page, unit: Unit, lex: BoilerplateLexicon): void {
  const original = page.article.original.slice(unit.start, unit.end);
  const cut = trailingCredit(unit.canon, lex) ? original.lastIndexOf('(') : -1;
  const head = cut > 0 ? original.slice(0, cut).trimEnd() : original;
  removeUnit(
    page,
    unit,
    'title',
    cut > 0
      ? [
          { start: unit.start, end: unit.start + head.length, reason: 'title' },
          { start: unit.start + cut, end: unit.end, reason: 'agency-credit' },
        ]
      : undefined,
  );
  if (!page.article.title) page.article.title = head;
}

function takeDateline(page: Page, unit: Unit, dateline: Dateline, lex: BoilerplateLexicon): void {
  const { article } = page;
  const parts = [{ ...dateline.line, reason: 'dateline' }];
  if (dateline.credit) {
    parts.push({ ...dateline.credit, reason: 'byline' });
    const text = article.original.slice(dateline.credit.start, dateline.credit.end);
    const byline = readByline(canonLine(text), text, lex);
    article.byline ??= byline?.byline ?? text;
    if (!article.outlet) article.outlet = byline ? byline.outlet : text.split(/\s[-–—|]\s/)[0];
  }
  removeUnit(
    page,
    unit,
    'dateline',
    parts.sort((a, b) => a.start - b.start),
  );
  if (!article.published) article.published = dateline.published;
  if (article.published.slice(0, 10) === dateline.published.slice(0, 10)) article.publishedSpan = dateline.date;
}

/** Title from the first kept line's first sentence when no line is a headline; nothing is removed. */
function derivedTitle(page: Page): string {
  const first = page.units.find(isKept);
  if (!first) return '';
  const text = page.article.original.slice(first.start, first.end);
  const end = text.search(/[.!?؟](\s|$)/);
  const sentence = end > 0 ? text.slice(0, end + 1) : text;
  return sentence.length > MAX_DERIVED_TITLE ? `${sentence.slice(0, MAX_DERIVED_TITLE).trimEnd()}…` : sentence;
}

const isHeader = (u: Unit | undefined): boolean => HEADER_REASONS.has(u?.removals?.[0]?.reason ?? '');

const reasonOf = (u: Unit | undefined): string | undefined => u?.removals?.[0]?.reason;

/**
 * A short name line in the header belongs to it: squeezed between two header lines ("title / Outlet 24 /
 * published …"), or a bare name of a few words right under the title with the body below ("title / Desert Dispatch").
 */
function takeNameLines(page: Page, top: Unit[]): void {
  top.forEach((unit, i) => {
    if (!isKept(unit) || !isNameLike(unit)) return;
    const between = isHeader(top[i - 1]) && isHeader(top[i + 1]);
    const next = top[i + 1];
    const underTitle =
      reasonOf(top[i - 1]) === 'title' &&
      unit.canon.split(' ').length <= MAX_NAME_WORDS &&
      !/\d/.test(unit.canon) &&
      next !== undefined &&
      isKept(next) &&
      !isNameLike(next);
    if (!between && !underTitle) return;
    removeUnit(page, unit, 'byline');
    page.article.byline ??= page.article.original.slice(unit.start, unit.end);
  });
}

/** A short line without final punctuation: a name (outlet, author) may stand between header lines. */
const isNameLike = (u: Unit): boolean => u.canon.length <= MAX_NAME_LINE && !ENDS_SENTENCE.test(u.canon);

/**
 * Read title, dateline, byline/outlet and photo caption off the top lines and take them out of the text.
 * The title leaves `kept` (reason 'title': the report shows it apart, extractors may still read it there);
 * short subheads inside the body stay, as paragraphs of their own.
 */
export function readHeader(page: Page, lex: BoilerplateLexicon): void {
  const { article } = page;
  const givenTitle = article.title ? canonLine(article.title) : undefined;
  const lang = languageOf(article);
  let titleSeen = false;
  let datelineDone = false;
  let bylineDone = false;
  let previousWasHeader = false;
  const top = page.units.filter(isKept).slice(0, HEADER_LINES);
  for (const unit of top) {
    const original = article.original.slice(unit.start, unit.end);
    const dateline = datelineDone ? undefined : readDateline(original, unit.start, lang, lex);
    const byline = dateline || bylineDone ? undefined : readByline(unit.canon, original, lex);
    if (dateline) {
      datelineDone = true;
      takeDateline(page, unit, dateline, lex);
    } else if (byline) {
      bylineDone = true;
      removeUnit(page, unit, 'byline');
      article.byline ??= byline.byline;
      if (byline.outlet && !article.outlet) article.outlet = byline.outlet;
    } else if (!titleSeen) {
      titleSeen = true;
      const isTitle = givenTitle ? unit.canon === givenTitle : unit.canon.length <= MAX_TITLE && top.length > 1;
      if (!isTitle) break; // the text opens with its body
      takeTitle(page, unit, lex);
    } else if (previousWasHeader && isCaption(unit, lex)) {
      removeUnit(page, unit, 'photo-caption');
    } else if (!isNameLike(unit)) {
      break; // the body has started: no header line below this
    }
    previousWasHeader = !isKept(unit);
  }
  takeNameLines(page, top);
  if (!article.title) article.title = derivedTitle(page);
}

/** A credit closing the text ("(وكالات)", "(Reuters)") names the source; it is not a paragraph. */
export function readFooter(page: Page, lex: BoilerplateLexicon): void {
  const kept = page.units.filter(isKept);
  const last = kept[kept.length - 1];
  if (!last || kept.length < 2) return;
  const inner = /^\((.{1,40})\)\.?$/.exec(last.canon)?.[1]?.trim();
  if (!inner || !(lex.creditWords.includes(inner) || lex.agencyCredits.includes(inner))) return;
  removeUnit(page, last, 'agency-credit');
}
