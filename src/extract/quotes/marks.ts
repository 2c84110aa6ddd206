// Pairing quote marks by position: in canonical text every mark is '"', so open and close alternate.

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);

/** How much a mark at p looks like an opening mark (space before, word after) minus like a closing one. */
function openness(text: string, p: number): number {
  const prev = text[p - 1];
  const next = text[p + 1];
  let score = 0;
  if (isSpace(prev) || prev === ':' || prev === '(') score += 1;
  if (isWordChar(prev) || prev === '.' || prev === '?' || prev === '!') score -= 1;
  if (isWordChar(next)) score += 1;
  if (isSpace(next) || next === '.' || next === ',' || next === '،' || next === ';') score -= 1;
  return score;
}

function alternate(marks: number[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < marks.length; i += 2) pairs.push([marks[i] as number, marks[i + 1] as number]);
  return pairs;
}

/** Odd count: drop the one mark whose removal leaves the best-oriented pairing (prefix and suffix sums keep it linear). */
function bestWithoutOne(text: string, marks: number[]): Array<[number, number]> {
  const n = marks.length;
  const pairScore = (i: number, j: number) => openness(text, marks[i] as number) - openness(text, marks[j] as number);
  const prefix = new Array<number>(n + 1).fill(0); // prefix[j]: pairs (0,1)…(j-2,j-1), j even
  for (let j = 2; j <= n; j += 2) prefix[j] = (prefix[j - 2] as number) + pairScore(j - 2, j - 1);
  const suffix = new Array<number>(n + 2).fill(0); // suffix[j]: pairs (j,j+1)… to the end
  for (let j = n - 2; j >= 0; j--) suffix[j] = pairScore(j, j + 1) + (suffix[j + 2] as number);
  let best = -Infinity;
  let drop = n - 1;
  for (let k = 0; k < n; k++) {
    const score =
      k % 2 === 0
        ? (prefix[k] as number) + (suffix[k + 1] as number)
        : (prefix[k - 1] as number) + pairScore(k - 1, k + 1) + (suffix[k + 2] as number);
    if (score > best) {
      best = score;
      drop = k;
    }
  }
  return alternate(marks.filter((_, i) => i !== drop));
}

/** Quote pairs [open, close] (positions of the marks) in text[from, to). */
export function pairMarks(
  text: string,
  from: number,
  to: number,
  isFunctionWord: (word: string) => boolean,
): Array<[number, number]> {
  const marks: number[] = [];
  for (let i = from; i < to; i++) if (text[i] === '"') marks.push(i);
  const pairs = marks.length % 2 === 1 ? bestWithoutOne(text, marks) : alternate(marks);
  return mergeInnerQuotes(text, pairs, isFunctionWord);
}

/** `… او" التزييف "وقادرون …`: a one- or two-word gap after a part that stops on a function word was an inner quote. */
function mergeInnerQuotes(
  text: string,
  pairs: Array<[number, number]>,
  isFunctionWord: (word: string) => boolean,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const pair of pairs) {
    const last = out[out.length - 1];
    if (last) {
      const gap = text.slice(last[1] + 1, pair[0]).trim();
      const words = gap.split(/\s+/);
      const innerWord = gap !== '' && !/[.,،:;?!()]/.test(gap) && words.length <= 2 && !words.some(isFunctionWord);
      const glued = !isSpace(text[last[1] - 1]) && isSpace(text[last[1] + 1]) && isWordChar(text[pair[0] + 1]);
      // the first part must stop short (on "او", "و", "في"): `"20 الف مجرم" لديهم "خطه…"` are two quotes
      const lastWord = text.slice(last[0] + 1, last[1]).match(/[\p{L}\p{N}]+$/u)?.[0] ?? '';
      if (innerWord && glued && isFunctionWord(lastWord)) {
        last[1] = pair[1];
        continue;
      }
    }
    out.push([pair[0], pair[1]]);
  }
  return out;
}
