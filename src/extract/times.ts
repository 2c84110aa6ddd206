import type { Doc } from '../doc.js';
import type { TimeMention } from '../types.js';

/** Placeholder: time mentions of a document, resolved against doc.ref. */
export function extractTimes(_doc: Doc): TimeMention[] {
  return [];
}
