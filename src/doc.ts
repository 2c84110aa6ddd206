import type { Normalised } from './text/normalise.js';
import type { Article, LangCode } from './types.js';

/** A sentence of a kept paragraph: original offsets for provenance, canonical offsets for matching. */
export interface Sentence {
  start: number;
  end: number;
  nStart: number;
  nEnd: number;
}

/** An article as the extractors see it: normalised once, split once. */
export interface Doc {
  article: Article;
  norm: Normalised;
  sentences: Sentence[];
  lang: LangCode;
  /** Reference datetime (ISO) for relative expressions: the dateline, or the date inferred for the story. */
  ref?: string;
}

export const sentenceText = (doc: Doc, s: Sentence): string => doc.norm.text.slice(s.nStart, s.nEnd);
export const originalText = (doc: Doc, start: number, end: number): string => doc.article.original.slice(start, end);
