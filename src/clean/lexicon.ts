import { languages } from '../lang/index.js';

/** Markers of the lines that are not news: all entries canonical (normaliseString), matched on canonical lines. */
export interface BoilerplateLexicon {
  /** A short line starting with one of these (then a separator) links to another article. */
  teaserMarkers: string[];
  /** Teaser markers that count only when written in capitals ("READ …"): lower case they are ordinary verbs. */
  shoutedTeaserMarkers: string[];
  /** Whole lines of a comment form ("leave a comment"). */
  commentLines: string[];
  /** Phrases that only a comment form contains ("your email address will not be published"). */
  commentPhrases: string[];
  /** Phrases of a page footer (copyright). */
  footerPhrases: string[];
  /** Whole lines of share/print/ad widgets. */
  widgetLines: string[];
  /** Line starts of tag and follow-us widgets, separator included ("tags:"). */
  widgetPrefixes: string[];
  /** Starts of a photo caption placed right under the title ("photo", "جانب من"). */
  captionPrefixes: string[];
  /** Words of a staff byline ("editorial team"): "<outlet> – <marker>". */
  staffMarkers: string[];
  /** Words that open a byline ("by"), followed by a name. */
  bylinePrefixes: string[];
  /** A one-word credit line standing for the outlet's desk ("agencies"), alone or before a dateline. */
  creditWords: string[];
  /** News and photo agencies credited in parentheses at a title or caption end. */
  agencyCredits: string[];
  /** Words allowed in a dateline beside the date itself ("published", "updated"). */
  datelineWords: string[];
  /** Marks after a clock time that put it after noon ("pm"). */
  afternoonMarkers: string[];
  /** Line starts of an author bio box ("about the author"). */
  authorBioPrefixes: string[];
  /** Phrases literal machine translation produces and edited copy does not. */
  translationTells: string[];
}

const KEYS = [
  'teaserMarkers',
  'shoutedTeaserMarkers',
  'commentLines',
  'commentPhrases',
  'footerPhrases',
  'widgetLines',
  'widgetPrefixes',
  'captionPrefixes',
  'staffMarkers',
  'bylinePrefixes',
  'creditWords',
  'agencyCredits',
  'datelineWords',
  'afternoonMarkers',
  'authorBioPrefixes',
  'translationTells',
] as const;

let merged: BoilerplateLexicon | undefined;

/** Every language's markers together: pages mix languages ("READ" teasers inside Arabic copy). */
export function boilerplateLexicon(): BoilerplateLexicon {
  if (merged) return merged;
  const all = Object.values(languages).map((l) => l.boilerplate);
  merged = Object.fromEntries(KEYS.map((k) => [k, [...new Set(all.flatMap((lex) => lex[k]))]])) as unknown as BoilerplateLexicon;
  return merged;
}
