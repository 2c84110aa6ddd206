import type { BoilerplateLexicon } from './lexicon.js';
import { isKept, type Page, removeUnit } from './page.js';

/** Lines longer than this are prose, whatever word they start with. */
const MAX_MARKER_LINE = 300;
/** Widgets are a few words ("share on …", "tags: …"). */
const MAX_WIDGET_LINE = 100;
/** One or more WordPress shortcodes and nothing else: `[name attr=…]`, `[/name]`; anchored, so linear on "[[[[". */
const SHORTCODE_LINE = /^(?:\[\/?[a-z][\w-]*(?:\s[^\]]*)?\]\s*)+$/;
/** What may follow a marker word: a word that goes on ("read the statement") is a sentence, not a teaser. */
const AFTER_MARKER = /[\s:\-|"»>.,،/]/;

/** The line starts with the marker as whole words. */
export function startsWithMarker(canon: string, marker: string): boolean {
  if (!canon.startsWith(marker)) return false;
  const next = canon[marker.length];
  return next === undefined || AFTER_MARKER.test(next);
}

/** The line without trailing punctuation, for whole-line matches ("اترك تعليقا:"). */
const bare = (canon: string): string => canon.replace(/[\s.:!*|\-"]+$/u, '');

const allCaps = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/** A capitalised label before ordinary text ("READ  Title"), not a sentence's first verb nor an all-caps headline. */
function shouted(original: string, canon: string, marker: string): boolean {
  if (!startsWithMarker(canon, marker)) return false;
  const text = original.trimStart();
  return allCaps(text.slice(0, marker.length)) && !allCaps(text.slice(marker.length));
}

/** Why one line is boilerplate, from its own words only; undefined for news. */
export function boilerplateReason(canon: string, original: string, lex: BoilerplateLexicon): string | undefined {
  if (SHORTCODE_LINE.test(canon)) return 'shortcode';
  if (canon.length > MAX_MARKER_LINE) return undefined;
  if (lex.teaserMarkers.some((m) => startsWithMarker(canon, m))) return 'read-more-teaser';
  if (lex.shoutedTeaserMarkers.some((m) => shouted(original, canon, m))) return 'read-more-teaser';
  const whole = bare(canon);
  if (lex.commentLines.includes(whole) || lex.commentPhrases.some((p) => canon.includes(p))) return 'comment-form';
  if (lex.footerPhrases.some((p) => canon.includes(p))) return 'footer';
  if (lex.widgetLines.includes(whole)) return 'widget';
  if (canon.length <= MAX_WIDGET_LINE && lex.widgetPrefixes.some((p) => startsWithMarker(canon, p))) return 'widget';
  if (lex.authorBioPrefixes.some((p) => startsWithMarker(canon, p))) return 'author-bio';
  return undefined;
}

export function markBoilerplate(page: Page, lex: BoilerplateLexicon): void {
  for (const unit of page.units) {
    if (!isKept(unit)) continue;
    const reason = boilerplateReason(unit.canon, page.article.original.slice(unit.start, unit.end), lex);
    if (reason) removeUnit(page, unit, reason);
  }
}
