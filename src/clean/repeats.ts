import { isKept, type Page, removeUnit, type Unit } from './page.js';

/** Shorter lines repeat legitimately (a slogan quoted twice, a subhead); only paragraphs this long count. */
const MIN_REPEAT = 60;
/** Past this many lines only exact repeats are checked, so containment stays cheap on huge inputs. */
const MAX_CONTAINMENT_UNITS = 500;

const TRAILING = new Set([' ', '.', '!', '?', ':', ';', ',', '،', '"']);

/** Compare without the final punctuation a truncated copy lacks (a loop: a regex ending in +$ is quadratic on long runs). */
function key(canon: string): string {
  let end = canon.length;
  while (end > 0 && TRAILING.has(canon[end - 1] as string)) end--;
  return canon.slice(0, end);
}

/**
 * A paragraph repeated in the same article is kept once: the later copy goes, or the shorter one
 * when one copy is a truncated part of the other. Returns the removed copies.
 */
export function markRepeats(page: Page): Unit[] {
  const removed: Unit[] = [];
  const kept: Array<{ unit: Unit; key: string }> = [];
  const exact = new Set<string>();
  const checkContainment = page.units.length <= MAX_CONTAINMENT_UNITS;
  for (const unit of page.units) {
    if (!isKept(unit)) continue;
    const k = key(unit.canon);
    if (k.length < MIN_REPEAT) continue;
    if (exact.has(k) || (checkContainment && kept.some((e) => e.key.includes(k)))) {
      removeUnit(page, unit, 'duplicate-paragraph');
      removed.push(unit);
      continue;
    }
    if (checkContainment) {
      for (const earlier of kept.filter((e) => isKept(e.unit) && k.includes(e.key))) {
        removeUnit(page, earlier.unit, 'duplicate-paragraph');
        removed.push(earlier.unit);
      }
    }
    exact.add(k);
    kept.push({ unit, key: k });
  }
  return removed;
}
