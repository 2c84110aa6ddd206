import type { Doc } from '../../doc.js';
import type { Figure, Mention, TimeMention } from '../../types.js';

/** Placeholder: figures of one document. */
export function extractFigures(_doc: Doc, _times: TimeMention[], _mentions: Mention[]): Figure[] {
  return [];
}
