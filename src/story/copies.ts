import type { Doc } from '../doc.js';
import type { CopyLink } from '../types.js';

/** Placeholder. */
export function findCopies(_docs: Doc[]): CopyLink[] {
  return [];
}
