import { detectLanguage } from '../text/langid.js';
import { startsWithMarker } from './boilerplate.js';
import { readByline, trailingCredit } from './byline.js';
import { readDateline } from './dateline.js';
import type { BoilerplateLexicon } from './lexicon.js';
import { canonLine, isKept, type Page, removeUnit, type Unit } from './page.js';

/** Title, dateline, byline and caption sit in the first few lines; past them the news starts. */
const HEADER_LINES = 6;
/** A first line longer than this is the lead paragraph, not a headline. */
const MAX_TITLE = 250;
const MAX_CAPTION = 120;
const MAX_DERIVED_TITLE = 120;
const ENDS_SENTENCE = /[.!?:]$/;

const languageOf = (page: Page): string => {
  const lang = page.article.language;
  return lang && lang !== 'und' ? lang : detectLanguage(page.article.original.slice(0, 2000));
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
  const credit = trailingCredit(unit.canon, lex);
  const cut = credit ? original.lastIndexOf('(') : -1;
  if (cut > 0) {
    const head = original.slice(0, cut).trimEnd();
    removeUnit(page, unit, 'title', [
      { start: unit.start, end: unit.start + head.length, reason: 'title' },
      { start: unit.start + cut, end: unit.end, reason: 'agency-credit' },
    ]);
    if (!page.article.title) page.article.title = head;
  } else {
    removeUnit(page, unit, 'title');
    if (!page.article.title) page.article.title = original;
  }
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

/** Read title, dateline, byline/outlet and photo caption off the top lines and take them out of the text. */
export function readHeader(page: Page, lex: BoilerplateLexicon): void {
  const { article } = page;
  const givenTitle = article.title ? canonLine(article.title) : undefined;
  const lang = languageOf(page);
  let titleDone = false;
  let datelineDone = false;
  let bylineDone = false;
  const top = page.units.filter(isKept).slice(0, HEADER_LINES);
  for (const unit of top) {
    const original = article.original.slice(unit.start, unit.end);
    const dateline = datelineDone ? undefined : readDateline(original, unit.start, lang, lex);
    if (dateline) {
      datelineDone = true;
      const parts = [{ ...dateline.date, reason: 'dateline' }];
      if (dateline.credit) {
        parts.push({ ...dateline.credit, reason: 'byline' });
        if (!article.byline) article.byline = article.original.slice(dateline.credit.start, dateline.credit.end);
      }
      removeUnit(page, unit, 'dateline', parts.sort((a, b) => a.start - b.start));
      if (!article.published) article.published = dateline.published;
      if (article.published.slice(0, 10) === dateline.published.slice(0, 10)) article.publishedSpan = dateline.date;
      continue;
    }
    const byline = bylineDone ? undefined : readByline(unit.canon, original, lex);
    if (byline) {
      bylineDone = true;
      removeUnit(page, unit, 'byline');
      article.byline ??= byline.byline;
      if (byline.outlet && !article.outlet) article.outlet = byline.outlet;
      continue;
    }
    if (!titleDone) {
      titleDone = true;
      const isTitle = givenTitle
        ? unit.canon === givenTitle
        : unit.canon.length <= MAX_TITLE && page.units.some((u) => u !== unit && isKept(u));
      if (isTitle) {
        takeTitle(page, unit, lex);
        continue;
      }
      break;
    }
    if (isCaption(unit, lex)) {
      removeUnit(page, unit, 'photo-caption');
      continue;
    }
    break;
  }
  if (!article.title) article.title = derivedTitle(page);
}
