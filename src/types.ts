// The data that flows between pipeline stages and out into the report.
// Every span (start, end) is a UTF-16 offset into `Article.original` unless a name says otherwise.

export type LangCode = string; // ISO 639-1: 'ar', 'en', 'fa', 'ur', 'fr', 'ru', …

export interface Span {
  start: number;
  end: number;
}

/** One input before reading: a file, a JSONL row, a feed item or a fetched URL. */
export interface RawInput {
  id: string;
  source: string; // path, "path#line", or URL: what error messages name
  url?: string;
  title?: string;
  published?: string;
  outlet?: string;
  language?: LangCode; // when the source declares it (JSONL field, feed language)
  text?: string;
  html?: string;
}

/** A problem with one input: the batch goes on without it. */
export interface InputError {
  source: string;
  message: string;
}

export interface Removal extends Span {
  text: string;
  reason: string; // 'read-more-teaser' | 'comment-form' | 'shortcode' | 'author-bio' | 'duplicate-paragraph' | …
}

export interface Flag {
  kind: string; // 'machine-translation' | 'content-farm' | 'truncated' | 'no-dateline' | …
  evidence: string;
  start?: number;
  end?: number;
}

export interface Article {
  id: string;
  source: string;
  url?: string;
  outlet?: string;
  byline?: string;
  title: string;
  published?: string; // ISO date (YYYY-MM-DD) or datetime
  publishedInferred: boolean;
  publishedSpan?: Span; // the dateline in `original`, when read from the text
  language: LangCode;
  /** The text every span points into: the file's text, or the main text Readability took from HTML. */
  original: string;
  /** Kept paragraphs of `original`, in order, after boilerplate and repeats are dropped. */
  kept: Span[];
  /** The cleaned main text: the kept paragraphs joined by blank lines. */
  text: string;
  removed: Removal[];
  flags: Flag[];
}

export type TimeGrain = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

export interface TimeValue {
  value: string; // ISO datetime of the start
  grain: TimeGrain;
  from?: string;
  to?: string;
}

export type EntityType = 'person' | 'place' | 'organization' | 'group' | 'other';

export interface Mention extends Span {
  articleId: string;
  text: string; // original surface
  type: EntityType;
  key: string; // canonical form used for merging
  role?: string; // title or apposition read beside the mention
  latin?: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  latin?: string;
  aliases: string[];
  roles: string[];
  country?: string;
  coordinates?: [number, number]; // [longitude, latitude]
  mentions: Array<{ articleId: string; start: number; end: number; text: string }>;
}

export type FigureKind =
  | 'killed'
  | 'injured'
  | 'arrested'
  | 'deployed'
  | 'missing'
  | 'displaced'
  | 'detained-released'
  | 'evacuated'
  | 'other';

export type Qualifier = 'exact' | 'more-than' | 'at-least' | 'about' | 'up-to' | 'range';

export interface Figure extends Span {
  id: string;
  articleId: string;
  kind: FigureKind;
  value: number;
  min?: number;
  max?: number;
  qualifier: Qualifier;
  surface: string; // the number phrase as written
  group?: string; // who is counted: 'police', 'civilians', 'armed criminals', …
  place?: string;
  attributedTo?: string; // who gave the figure, as written
  date?: string; // ISO date the figure refers to
  dateInferred?: boolean;
  sentence: string;
  sentenceStart: number;
}

export interface Quote extends Span {
  id: string;
  articleId: string;
  text: string; // the words inside the quote marks (or the reported clause)
  kind: 'direct' | 'indirect';
  verb?: string;
  speaker?: string; // as written, or a description ('unnamed protester')
  speakerStart?: number;
  speakerEnd?: number;
  speakerEntityId?: string;
  speakerOutlet?: string;
  statementId: string;
  sentence: string;
}

export type EventType =
  | 'protest'
  | 'riot'
  | 'violence-against-civilians'
  | 'armed-clash'
  | 'arrests'
  | 'looting'
  | 'foreign-deployment'
  | 'dismissal'
  | 'appointment'
  | 'resignation'
  | 'state-of-emergency'
  | 'curfew'
  | 'internet-shutdown'
  | 'statement'
  | 'sanction'
  | 'other';

export interface EventMention extends Span {
  id: string;
  articleId: string;
  type: EventType;
  trigger: string;
  date?: string;
  dateInferred?: boolean;
  place?: string;
  actors: string[];
  sentence: string;
}

export interface TimelineEntry {
  date: string; // ISO date the entry refers to
  dateInferred: boolean;
  text: string;
  kind: 'event' | 'figure' | 'publication';
  articleIds: string[];
  sources: Array<{ articleId: string; start: number; end: number }>;
}

export type ConflictClass = 'evolution' | 'conflict' | 'different-scope' | 'consistent';

export interface FigureGroup {
  key: string; // kind|group|place
  kind: FigureKind;
  group?: string;
  place?: string;
  latest?: { value: number; qualifier: Qualifier; date?: string; figureId: string };
  range: [number, number];
  figureIds: string[];
}

export interface Conflict {
  groupKey: string;
  classification: ConflictClass;
  explanation: string;
  figures: Array<{
    figureId: string;
    articleId: string;
    value: number;
    qualifier: Qualifier;
    date?: string;
    attributedTo?: string;
  }>;
}

export interface CopyLink {
  articleId: string;
  copyOf: string;
  similarity: number;
  kind: 'duplicate' | 'near-duplicate' | 'translation';
}

/** A claim one party made and the text that disputes it ("… rejected this description", "without evidence"). */
export interface ContestedClaim {
  claim: { quoteId: string; speaker?: string; text: string; articleId: string; start: number; end: number };
  dispute: { articleId: string; start: number; end: number; sentence: string; marker: string };
}

export interface Story {
  id: string;
  title: string;
  articleIds: string[];
  summary: string;
  dateRange?: [string, string];
  timeline: TimelineEntry[];
  entities: Entity[];
  figures: Figure[];
  figureGroups: FigureGroup[];
  conflicts: Conflict[];
  contested: ContestedClaim[];
  quotes: Quote[];
  events: EventMention[];
  copies: CopyLink[];
}

export interface Report {
  generatedBy: string;
  articles: Article[];
  stories: Story[];
  errors: InputError[];
}

/** A time expression found in an article, resolved against the article's reference date. */
export interface TimeMention extends Span, TimeValue {
  articleId: string;
  text: string;
  weekday?: number; // 0 = Sunday … 6 = Saturday, when the expression names one
  relative: boolean; // true when the value depends on the reference date
}
