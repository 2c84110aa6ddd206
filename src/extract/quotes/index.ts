import type { Doc } from '../../doc.js';
import type { Mention, Quote } from '../../types.js';

/** Placeholder: quotes of one document; statementId is per quote until the story stage matches them. */
export function extractQuotes(_doc: Doc, _mentions: Mention[]): Quote[] {
  return [];
}
