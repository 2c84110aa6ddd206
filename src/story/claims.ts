import type { Doc } from '../doc.js';
import { getLanguage } from '../lang/index.js';
import type { ContestedClaim, Quote } from '../types.js';

export interface ClaimLexicon {
  /** Phrases that dispute what was just claimed (رفضوا هذا الوصف، دون تقديم اي دليل، without evidence), canonical. */
  disputeMarkers: string[];
}

const compiled = new Map<ClaimLexicon, Array<[string, RegExp]>>();
function markerPatterns(lex: ClaimLexicon): Array<[string, RegExp]> {
  let list = compiled.get(lex);
  if (!list) {
    list = lex.disputeMarkers.map((m) => [m, new RegExp(`(?<![\\p{L}\\p{N}])${m}(?![\\p{L}\\p{N}])`, 'u')]);
    compiled.set(lex, list);
  }
  return list;
}

/** How far back a dispute still answers a claim: about a paragraph. */
const REACH = 700;

/**
 * Records a claim as contested when a later sentence of the same report disputes it: the claim is the latest
 * quote before that sentence, the dispute is the sentence with its marker. Both sides keep their spans.
 */
export function findContestedClaims(docs: Doc[], quotes: Quote[]): ContestedClaim[] {
  const out: ContestedClaim[] = [];
  for (const doc of docs) {
    const lex = getLanguage(doc.lang)?.claims as ClaimLexicon | undefined;
    if (!lex) continue;
    const markers = markerPatterns(lex);
    const own = quotes.filter((q) => q.articleId === doc.article.id).sort((a, b) => a.end - b.end);
    for (const s of doc.sentences) {
      const text = doc.norm.text.slice(s.nStart, s.nEnd);
      const marker = markers.find(([, rx]) => rx.test(text))?.[0];
      if (!marker) continue;
      const claim = own.filter((q) => q.end <= s.start && s.start - q.end <= REACH && q.kind === 'direct').at(-1);
      if (!claim) continue;
      out.push({
        claim: {
          quoteId: claim.id,
          speaker: claim.speaker,
          text: claim.text,
          articleId: claim.articleId,
          start: claim.start,
          end: claim.end,
        },
        dispute: {
          articleId: doc.article.id,
          start: s.start,
          end: s.end,
          sentence: doc.article.original.slice(s.start, s.end),
          marker,
        },
      });
    }
  }
  return out;
}
