// Per story: each quote's speaker becomes an entity, and quotes of one speaker saying one thing share a statement id.
import { statementSimilarity } from '../extract/quotes/similarity.js';
import { normaliseString } from '../text/normalise.js';
import type { Entity, Quote } from '../types.js';

/** Similarity at which two quotes of one speaker are the same statement (tuned on test/corpus/statements and demo/). */
export const SAME_STATEMENT = 0.43; // just above the closest different pair of the corpus (0.42)
/** Aliases shorter than this are too ambiguous to find inside a speaker description. */
const MIN_ALIAS = 4;

const canon = (s: string): string =>
  ` ${normaliseString(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
/** Whole-word containment either way: "توكاييف" and "الرئيس توكاييف" name one speaker. */
const sameName = (a: string, b: string): boolean => {
  const x = canon(a);
  const y = canon(b);
  return x.trim() !== '' && y.trim() !== '' && (x.includes(y) || y.includes(x));
};

export function assignStatements(quotes: Quote[], entities: Entity[]): void {
  for (const q of quotes) q.speakerEntityId = speakerEntity(q, entities)?.id ?? q.speakerEntityId;
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const a = quotes[i] as Quote;
      const b = quotes[j] as Quote;
      if (find(i) === find(j) || !sameSpeaker(a, b)) continue;
      if (statementSimilarity(a.text, b.text) >= SAME_STATEMENT) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
    }
  }
  quotes.forEach((q, i) => {
    q.statementId = `s-${(quotes[find(i)] as Quote).id}`;
  });
}

function sameSpeaker(a: Quote, b: Quote): boolean {
  if (a.speakerEntityId && b.speakerEntityId) return a.speakerEntityId === b.speakerEntityId;
  return a.speaker !== undefined && b.speaker !== undefined && sameName(a.speaker, b.speaker);
}

/** The entity with a mention on the speaker span, else the one whose longest alias the speaker text contains. */
function speakerEntity(q: Quote, entities: Entity[]): Entity | undefined {
  if (q.speakerStart !== undefined && q.speakerEnd !== undefined) {
    const s = q.speakerStart;
    const e = q.speakerEnd;
    const byMention = entities.filter(
      (en) => en.type !== 'place' && en.mentions.some((m) => m.articleId === q.articleId && m.start < e && m.end > s),
    );
    if (byMention.length) return byMention.find((en) => en.type === 'person') ?? byMention[0];
  }
  if (!q.speaker) return undefined;
  const speaker = canon(q.speaker);
  // A title written alone ("الرئيس الكازاخستاني") names the one entity that holds it.
  const holders = entities.filter((en) => en.type !== 'place' && en.roles.some((r) => canon(r) === speaker));
  if (holders.length === 1 && speaker.trim().length >= MIN_ALIAS) return holders[0];
  let best: Entity | undefined;
  let bestLength = 0;
  for (const en of entities) {
    if (en.type === 'place') continue;
    for (const alias of [en.name, ...en.aliases]) {
      const a = canon(alias);
      if (a.trim().length >= MIN_ALIAS && speaker.includes(a) && a.length > bestLength) {
        best = en;
        bestLength = a.length;
      }
    }
  }
  return best;
}
