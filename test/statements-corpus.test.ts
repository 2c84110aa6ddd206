import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { statementSimilarity } from '../src/extract/quotes/similarity.js';
import { assignStatements, SAME_STATEMENT } from '../src/story/statements.js';
import type { Entity, Quote } from '../src/types.js';
import { repoRoot } from './helpers.js';

interface Pair {
  a: string;
  b: string;
  same: boolean;
}

const pairs: Pair[] = readFileSync(join(repoRoot, 'test/corpus/statements/ar.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Pair);

test('the paraphrase corpus has both kinds of pairs', () => {
  expect(pairs.filter((p) => p.same).length).toBeGreaterThanOrEqual(20);
  expect(pairs.filter((p) => !p.same).length).toBeGreaterThanOrEqual(20);
});

test('the threshold separates paraphrases from different statements on the same topic', () => {
  const same = (p: Pair) => statementSimilarity(p.a, p.b) >= SAME_STATEMENT;
  expect(pairs.filter((p) => !p.same && same(p)).map((p) => `${p.a} | ${p.b}`)).toEqual([]);
  // one paraphrase that shares almost no words (رفع/زياده، اسعار/سعر) is a known miss
  expect(pairs.filter((p) => p.same && !same(p)).length).toBeLessThanOrEqual(1);
});

const quote = (id: string, articleId: string, text: string, speaker: string, speakerStart?: number): Quote => ({
  id,
  articleId,
  start: 0,
  end: text.length,
  text,
  kind: 'direct',
  speaker,
  speakerStart,
  speakerEnd: speakerStart === undefined ? undefined : speakerStart + 5,
  statementId: `s-${id}`,
  sentence: text,
});

test("assignStatements links speakers to entities and groups one speaker's paraphrases only", () => {
  const minister: Entity = {
    id: 'e1',
    type: 'person',
    name: 'سمير فهمي',
    aliases: ['سمير فهمي', 'فهمي'],
    roles: ['وزير الداخلية'],
    mentions: [{ articleId: 'a', start: 10, end: 15, text: 'فهمي' }],
  };
  const quotes = [
    quote('q1', 'a', 'لن نسمح بثورات ملونة في المنطقة', 'فهمي', 10),
    quote('q2', 'b', 'لن نسمح بأي ثورات ملونة في منطقتنا', 'وزير الداخلية'),
    quote('q3', 'c', 'لن نسمح بثورات ملونة في المنطقة', 'أحد المتظاهرين'),
    quote('q4', 'b', 'الوضع في العاصمة تحت السيطرة الكاملة', 'الوزير سمير فهمي'),
  ];
  assignStatements(quotes, [minister]);
  expect(quotes.map((q) => q.speakerEntityId)).toEqual(['e1', 'e1', undefined, 'e1']);
  expect(quotes.map((q) => q.statementId)).toEqual(['s-q1', 's-q1', 's-q3', 's-q4']);
});
