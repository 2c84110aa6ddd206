// Compass word + place: "جنوب فرنسا", "northern Syria" is a region of its own, the place inside too. Read on the final
// places (after the tagger), so that the tagger's features stay those of the place alone.
import { byPosition, type Found, type Scanner } from '../scanner.js';

/** The finds of a sentence with a region around every place that a compass word opens. */
export function withRegions(sc: Scanner, found: Found[]): Found[] {
  const regions: Found[] = [];
  for (const place of found) {
    if (place.type !== 'place') continue;
    for (const at of [place.from - 2, place.from - 1]) {
      const head = at >= 0 ? sc.phrase(at, sc.s.regionHeads, 2) : undefined;
      if (!head || at + head.n !== place.from || sc.toks[place.from - 1]?.breakAfter) continue;
      // a construct: no article on the compass word (الشرق والغرب), no conjunction on the place (شرق وليبيا)
      if (head.definite || place.strip > 0) break;
      // the compass word must be free: not already inside another name
      if (found.some((f) => f !== place && f.from <= at && f.to > at)) break;
      const key = [head.form, ...sc.forms.slice(place.from, place.to)].join(' ');
      // one Latin form in both scripts (شرق ليبيا, eastern Libya), so the two are one entity
      const compass = sc.s.lex.regionHeads[head.form];
      const latin = compass && place.latin ? `${compass} ${place.latin}` : undefined;
      regions.push({ from: at, to: place.to, strip: head.strip, type: 'place', key, latin, country: place.country });
      break;
    }
  }
  return regions.length ? [...found, ...regions].sort(byPosition) : found;
}
