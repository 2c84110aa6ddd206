import { normaliseString } from '../text/normalise.js';
import type { Article, Removal, Span } from '../types.js';

/** One non-empty line of the original: the unit every rule keeps or removes. */
export interface Unit extends Span {
  /** Index of the blank-line block the line belongs to: kept lines of one block stay one paragraph. */
  block: number;
  /** Canonical text, whitespace collapsed and trimmed. */
  canon: string;
  /** Set when the line leaves the text: one or more removed parts with their reasons. */
  removals?: Removal[];
}

export interface Page {
  article: Article;
  units: Unit[];
}

const BLANK = /^[\s\u200B-\u200F\uFEFF]*$/;
const LINE_BREAK = /\r\n|\n|\r|\u2028|\u2029/g;

/** Canonical form of a line for comparisons: folded and with runs of spaces as one. */
export const canonLine = (s: string): string => normaliseString(s).replace(/\s+/g, ' ').trim();

/** Non-empty lines with trimmed spans; each blank-line block is a paragraph, or each line when there are no blank lines. */
export function lineSpans(original: string): Array<Span & { block: number }> {
  const lines: Array<Span & { blank: boolean }> = [];
  let from = 0;
  for (const m of original.matchAll(LINE_BREAK)) {
    lines.push({ start: from, end: m.index, blank: BLANK.test(original.slice(from, m.index)) });
    from = m.index + m[0].length;
  }
  lines.push({ start: from, end: original.length, blank: BLANK.test(original.slice(from)) });
  const hasBlankLines = lines.some((l, i) => l.blank && i > 0 && i < lines.length - 1);
  const out: Array<Span & { block: number }> = [];
  let block = 0;
  let previousBlank = true;
  for (const line of lines) {
    if (line.blank) {
      previousBlank = true;
      continue;
    }
    if (previousBlank || !hasBlankLines) block++;
    previousBlank = false;
    const text = original.slice(line.start, line.end);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    out.push({ start: line.start + lead, end: line.end - trail, block });
  }
  return out;
}

/** Split an article into units; `known` holds canonical lines already computed, by line index. */
export function makePage(article: Article, known: Array<string | undefined> = []): Page {
  const units = lineSpans(article.original).map((s, i) => ({
    ...s,
    canon: known[i] ?? canonLine(article.original.slice(s.start, s.end)),
  }));
  return { article, units };
}

export const isKept = (u: Unit): boolean => u.removals === undefined;
export const keptUnits = (page: Page): Unit[] => page.units.filter(isKept);

/** Take a unit out of the text; `parts` names sub-spans when one line holds several things (credit + date). */
export function removeUnit(page: Page, unit: Unit, reason: string, parts?: Array<Span & { reason: string }>): void {
  const list = parts?.length ? parts : [{ start: unit.start, end: unit.end, reason }];
  unit.removals = list.map((p) => ({ ...p, text: page.article.original.slice(p.start, p.end) }));
}

/** kept, text and removed from the units: kept lines of one block are one paragraph span. */
export function writeBack(page: Page): void {
  const { article } = page;
  const kept: Span[] = [];
  let lastBlock = -1;
  let lastKept = false;
  for (const u of page.units) {
    if (!isKept(u)) {
      lastKept = false;
      continue;
    }
    const prev = kept[kept.length - 1];
    if (prev && lastKept && u.block === lastBlock) prev.end = u.end;
    else kept.push({ start: u.start, end: u.end });
    lastBlock = u.block;
    lastKept = true;
  }
  article.kept = kept;
  article.text = kept.map((s) => article.original.slice(s.start, s.end)).join('\n\n');
  article.removed = page.units.flatMap((u) => u.removals ?? []).sort((a, b) => a.start - b.start);
}
