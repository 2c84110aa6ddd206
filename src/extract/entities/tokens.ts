// Word tokens of canonical text, with the clitic-stripped forms a name may hide behind (والماتي → الماتي).

export interface Token {
  /** Canonical offsets in doc.norm.text. */
  start: number;
  end: number;
  text: string;
  /** Latin letters only (an acronym or a foreign name inside another script). */
  latin: boolean;
  /** First letter is upper case in the original (meaningful only for cased scripts). */
  capital: boolean;
  /** All letters upper case in the original. */
  upper: boolean;
  /** The token is followed by punctuation that ends a phrase (comma, colon, bracket, quote). */
  breakAfter: boolean;
}

export interface Variant {
  form: string;
  /** Characters of the token the proclitic took. */
  strip: number;
  /** The proclitic held the definite article (بال, لل): the word itself was definite. */
  definite: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const LATIN = /^[a-z]+$/;
const BREAK = /^\s*(?:[,،:;()[\]"!?./|–—]|-\s)/;

/** Tokens of canonical text [from, to); `original` and the maps give capitalisation. */
export function tokenize(
  canonical: string,
  from: number,
  to: number,
  original: string,
  origStart: Int32Array,
  origEnd: Int32Array,
): Token[] {
  const out: Token[] = [];
  const slice = canonical.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    const surface = original.slice(origStart[start] as number, origEnd[end - 1] as number);
    const first = surface.charAt(0);
    const next = canonical.slice(end, end + 3);
    out.push({
      start,
      end,
      text: m[0],
      latin: LATIN.test(m[0]),
      capital: first !== first.toLowerCase(),
      upper: surface.length > 1 && surface === surface.toUpperCase() && surface !== surface.toLowerCase(),
      breakAfter: BREAK.test(next),
    });
  }
  return out;
}

/** The token itself, then each way of peeling a proclitic off it (longest first), leaving at least two letters. */
export function variants(
  text: string,
  proclitics: readonly string[],
  article: string,
  fused?: readonly [string, string],
): Variant[] {
  const out: Variant[] = [{ form: text, strip: 0, definite: false }];
  for (const p of proclitics) {
    if (text.length - p.length < 2 || !text.startsWith(p)) continue;
    // ل + ال is written لل: the word keeps its article
    if (fused && p.endsWith(fused[0])) out.push({ form: fused[1] + text.slice(p.length), strip: p.length, definite: false });
    const definite = (article !== '' && p.endsWith(article)) || (!!fused && p.endsWith(fused[0]));
    out.push({ form: text.slice(p.length), strip: p.length, definite });
  }
  return out;
}
