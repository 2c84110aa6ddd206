import { readFileSync } from 'node:fs';
import { newContext, runPipeline, stages } from './src/pipeline.js';
const slug = process.argv[2]!;
const text = readFileSync(`eval/gold/facts/${slug}/article.txt`, 'utf8');
const ctx = await runPipeline(newContext([{ id: slug, source: 'x', text, published: '2020-01-01' }]), stages.filter((s) => s.name !== 'store'));
for (const m of ctx.mentions.get(slug) ?? []) if (m.type !== 'place') console.log(m.type, JSON.stringify(m.text), m.start, m.end, m.role ?? '');
for (const q of ctx.quotes) console.log('Q', q.kind, q.speaker, q.speakerStart, q.speakerEnd, '|', q.text.slice(0, 50));
