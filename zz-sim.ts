import { readFileSync } from 'node:fs';
import { statementSimilarity, contentRoots } from './src/extract/quotes/similarity.js';
const rows = readFileSync('test/corpus/statements/ar.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const scored = rows.map((r) => ({ ...r, s: statementSimilarity(r.a, r.b) }));
for (const r of scored.sort((x, y) => x.s - y.s)) console.log(r.same ? 'P' : 'n', r.s.toFixed(3), r.a.slice(0, 40), '|', r.b.slice(0, 40));
const extra = [['أعطيت الأمر لقوات إنفاذ القانون والجيش بفتح النار للقتل دون سابق إنذار','أمرت قوات الأمن والجيش بإطلاق النار بهدف القتل من دون إنذار مسبق'],['أي نوع من المفاوضات يمكن أن يكون مع المجرمين والقتلة؟','ما نوع المفاوضات التي يمكن أن نجريها مع مجرمين وقتلة؟ كان علينا التعامل مع مجرمين مسلحين ومدربين (…) يجب تدميرهم وسوف يتم ذلك قريبًا']];
for (const [a,b] of extra) console.log('SEED', statementSimilarity(a!,b!).toFixed(3), [...contentRoots(a!)].join(' '), '||', [...contentRoots(b!)].join(' '));
