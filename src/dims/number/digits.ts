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

const PHONE_GAP = /^[ ()\-./]{1,3}$/; // what separates the digit groups of a phone number
const isLongZero = (s: string): boolean => s.length >= 7 && s[0] === '0';

/**
 * Index after a phone-number-like run starting at token i (a '+' before it, a long number with a leading 0,
 * or three or more short digit groups summing to 7+ digits), or -1 when it is not one.
 */
export function phoneRunEnd(text: string, toks: readonly Tok[], i: number): number {
  const first = toks[i] as Tok;
  let k = first.start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '(')) k--;
  const plus = text[k] === '+';
  if (isLongZero(first.text) || (plus && /^\d+$/.test(first.text) && first.text.length >= 7)) return i + 1;
  let j = i;
  let groups = 0;
  let digits = 0;
  for (;;) {
    const cur = toks[j] as Tok;
    if (!/^\d{1,4}$/.test(cur.text)) break;
    groups++;
    digits += cur.text.length;
    let n = j + 1;
    while (toks[n]?.kind === 'symbol' && PHONE_GAP.test(toks[n]?.text ?? '')) n++;
    const next = toks[n];
    if (next?.kind !== 'number' || !PHONE_GAP.test(text.slice(cur.end, next.start))) break;
    j = n;
  }
  if ((plus && groups >= 2) || (groups >= 3 && digits >= 7)) return j + 1;
  return -1;
}
