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

const orientationScore = (text: string, pairs: Array<[number, number]>): number =>
  pairs.reduce((sum, [o, c]) => sum + openness(text, o) - openness(text, c), 0);

/** Quote pairs [open, close] (positions of the marks) in text[from, to). */
export function pairMarks(
  text: string,
  from: number,
  to: number,
  isFunctionWord: (word: string) => boolean,
): Array<[number, number]> {
  const marks: number[] = [];
  for (let i = from; i < to; i++) if (text[i] === '"') marks.push(i);
  let pairs = alternate(marks);
  if (marks.length % 2 === 1) {
    // Odd count: drop the one mark whose removal leaves the best-oriented pairing.
    let best = -Infinity;
    for (let k = 0; k < marks.length; k++) {
      const candidate = alternate(marks.filter((_, i) => i !== k));
      const score = orientationScore(text, candidate);
      if (score > best) {
        best = score;
        pairs = candidate;
      }
    }
  }
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
