import { readFileSync } from 'node:fs';
import { statementSimilarity } from '../src/extract/quotes/similarity.js';
const rows = readFileSync('test/corpus/statements/ar.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
const pos = rows.filter(r=>r.same).map(r=>statementSimilarity(r.a,r.b)).sort();
const neg = rows.filter(r=>!r.same).map(r=>statementSimilarity(r.a,r.b)).sort();
console.log('pos', pos.map(x=>x.toFixed(2)).join(' ')); console.log('neg', neg.map(x=>x.toFixed(2)).join(' '));
