import type { Doc } from '../../doc.js';
import type { Entity, Mention } from '../../types.js';

/** Placeholder: entity mentions of one document. */
export function recogniseEntities(_doc: Doc): Mention[] {
  return [];
}

/** Placeholder: mentions of one story's documents merged into entities. */
export function mergeEntities(_mentions: Mention[], _docs: Doc[]): Entity[] {
  return [];
}
