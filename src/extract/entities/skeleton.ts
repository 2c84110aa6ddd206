// Spelling keys: two spellings of one foreign name share their consonants far more often than their vowels.

// Letters that write vowels in Arabic script (long vowels and the seats of hamza); dropped except at the start.
const ARABIC_VOWELS = new Set(['ا', 'و', 'ي', 'ء', 'ئ', 'ؤ', 'ه']);
// Consonant pairs that transcribe one foreign sound (ts for ц, gh / g for г, q / k).
const ARABIC_FOLD: Record<string, string> = { ق: 'ك', غ: 'ج', ث: 'س', ص: 'س', ض: 'د', ط: 'ت', ظ: 'ز', ذ: 'ز', ح: 'ه' };
const LATIN_FOLD: Record<string, string> = { p: 'b', v: 'f', w: 'f', c: 'k', q: 'k', g: 'j', x: 'ks', z: 'z' };
const LATIN_VOWELS = /[aeiouyh'\s-]/g;

/** An Arabic-script name with the letter pairs of one foreign sound folded, vowels kept (الاوروجواي = الاوروغواي). */
export function arabicFold(name: string): string {
  let out = '';
  for (const ch of name) out += ARABIC_FOLD[ch] ?? ch;
  return out;
}

/** Consonant skeleton of an Arabic-script name: جومارت and جومرت share one, الما اتا and الماتي too. */
export function arabicSkeleton(name: string): string {
  const letters = name.replace(/[\s-]+/g, '').replace(/تس/g, 'ز');
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i] as string;
    if (i > 0 && ARABIC_VOWELS.has(ch)) continue;
    const c = ARABIC_FOLD[ch] ?? ch;
    if (out.endsWith(c)) continue; // doubled letters (ييف, تت) spell one sound
    out += c;
  }
  return out;
}

/** Consonant skeleton of a Latin name: Tokayev / Tokaev / Tokayef → tkf. */
export function latinSkeleton(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/kh/g, 'h')
    .replace(/sh|zh|ch/g, 'j')
    .replace(/ts|tz/g, 'z');
  let out = '';
  for (const ch of s.replace(LATIN_VOWELS, '')) {
    if (!/[a-z]/.test(ch)) continue;
    const c = LATIN_FOLD[ch] ?? ch;
    if (out.endsWith(c)) continue;
    out += c;
  }
  return out;
}

/** Optimal-string-alignment distance (adjacent swaps count once: CTSO ~ CSTO), capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}
