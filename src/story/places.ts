import { normaliseString } from '../text/normalise.js';
import type { Entity, Figure } from '../types.js';

/**
 * Writes each figure's place as its merged entity's name, so "ألما آتا" and "ألماتي" count together; a figure
 * placed in the story's main place (the most mentioned one) is a story total and loses its place.
 */
export function canonicalPlaces(figures: Figure[], entities: Entity[]): void {
  const places = entities.filter((e) => e.type === 'place');
  const byAlias = new Map<string, Entity>();
  for (const e of places) for (const a of [e.name, ...e.aliases, e.latin ?? '']) if (a) byAlias.set(normaliseString(a), e);
  const main = [...places].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  for (const f of figures) {
    if (!f.place) continue;
    const e = byAlias.get(normaliseString(f.place));
    if (!e) continue;
    if (e === main) delete f.place;
    else f.place = e.name;
  }
}
