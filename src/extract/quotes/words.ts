// Words of canonical text with their offsets: the unit every speech rule steps over.

export interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/** The paragraphs of a canonical range: quotes pair within one line, so a stray mark cannot shift a whole article. */
export function linesIn(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === '\n') {
      if (text.slice(start, i).trim()) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

/** Sentence terminators outside quoted ranges; a full stop between digits is a decimal point. */
export function sentenceBreaks(text: string, from: number, to: number, quoted: Array<[number, number]>): number[] {
  const out: number[] = [];
  const opens = quoted.map(([o]) => o);
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (ch !== '.' && ch !== '?' && ch !== '!') continue;
    if (ch === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    if (insidePair(quoted, opens, i)) continue;
    out.push(i);
  }
  return out;
}

/** Index of the first value >= x in an ascending list (the length when there is none). */
export function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether pos lies strictly inside one of the ordered, non-overlapping quote pairs. */
export function insidePair(pairs: ReadonlyArray<readonly [number, number]>, opens: readonly number[], pos: number): boolean {
  const i = lowerBound(opens, pos) - 1;
  const pair = pairs[i];
  return pair !== undefined && pos > pair[0] && pos < pair[1];
}

/** Where the sentence holding pos starts: the line start or just after the last break before pos. */
export function sentenceStartOf(from: number, breaks: readonly number[], pos: number): number {
  const i = lowerBound(breaks, pos);
  return i > 0 ? (breaks[i - 1] as number) + 1 : from;
}
