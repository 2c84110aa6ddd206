import type { Doc } from '../../doc.js';
import type { EventMention, Mention, TimeMention } from '../../types.js';

/** Placeholder: events of one document. */
export function extractEvents(_doc: Doc, _times: TimeMention[], _mentions: Mention[]): EventMention[] {
  return [];
}
