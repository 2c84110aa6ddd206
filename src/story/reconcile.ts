import type { Conflict, CopyLink, Figure, FigureGroup } from '../types.js';

/** Placeholder: figures of one story grouped by (kind, group, place), differences classified. */
export function reconcileFigures(_figures: Figure[], _copies: CopyLink[]): { groups: FigureGroup[]; conflicts: Conflict[] } {
  return { groups: [], conflicts: [] };
}
