// Reading a run of digits with separators: which comma or dot groups thousands and which marks decimals.

const THOUSANDS_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?/; // 7,939 / 1,250,000.5
const THOUSANDS_DOT = /^\d{1,3}(?:\.\d{3}){2,}/; // 1.000.000 (European grouping, only when unambiguous)
const DECIMAL_DOT = /^\d+\.\d+/; // 3.5
const DECIMAL_COMMA = /^\d+,\d{1,2}(?!\d)/; // 2,2 مليون: one or two digits after a comma cannot be grouping
const INTEGER = /^\d+/;

/** The value of the longest number reading at the start of a digit token, and how many characters it used. */
export function readDigits(token: string): { value: number; length: number } {
  let m = THOUSANDS_COMMA.exec(token);
  if (m) return { value: Number(m[0].replaceAll(',', '')), length: m[0].length };
  m = THOUSANDS_DOT.exec(token);
  if (m) return { value: Number(m[0].replaceAll('.', '')), length: m[0].length };
  m = DECIMAL_DOT.exec(token);
  if (m) return { value: Number(m[0]), length: m[0].length };
  m = DECIMAL_COMMA.exec(token);
  if (m) return { value: Number(m[0].replace(',', '.')), length: m[0].length };
  m = INTEGER.exec(token) as RegExpExecArray;
  return { value: Number(m[0]), length: m[0].length };
}

interface Tok {
  start: number;
  end: number;
  text: string;
  kind: string;
}

const PHONE_GLUE = new Set(['-', '.', '(', ')', '/']);

/**
 * Index after a phone-number-like run starting at token i (a '+' before it, a long number with a leading 0,
 * or three or more short digit groups glued by single spaces or dashes), or -1 when it is not one.
 */
export function phoneRunEnd(text: string, toks: readonly Tok[], i: number): number {
  const t = toks[i] as Tok;
  const prev = toks[i - 1];
  const plus = prev !== undefined && prev.text === '+' && prev.end === t.start;
  let j = i;
  let groups = 0;
  let digits = 0;
  while (j < toks.length) {
    const cur = toks[j] as Tok;
    if (cur.kind !== 'number' || cur.text.length > 4 || /[.,]/.test(cur.text)) {
      if (cur.kind === 'number' && j === i && (plus || isLongZero(cur.text))) return j + 1;
      break;
    }
    groups++;
    digits += cur.text.length;
    const next = toks[j + 1];
    if (!next) break;
    const gap = text.slice(cur.end, next.start);
    if (next.kind === 'number' && gap === ' ') j++;
    else if (PHONE_GLUE.has(next.text) && next.start === cur.end && toks[j + 2]?.kind === 'number' && toks[j + 2]?.start === next.end)
      j += 2;
    else break;
  }
  if ((plus && groups >= 1) || (groups >= 3 && digits >= 7)) return j + 1;
  return -1;
}

const isLongZero = (s: string): boolean => s.length >= 7 && s[0] === '0';
