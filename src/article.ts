import type { Article } from './types.js';

/** An article whose whole text is still kept: what ingest hands to cleaning. */
export function plainArticle(id: string, original: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    source: id,
    title: '',
    publishedInferred: false,
    language: 'und',
    original,
    kept: [{ start: 0, end: original.length }],
    text: original,
    removed: [],
    flags: [],
    ...fields,
  };
}
