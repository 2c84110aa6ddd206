import { readdirSync, readFileSync } from 'node:fs';
import { readability } from '../eval/extract.js';
import { collectInputs } from '../src/ingest/collect.js';
import { newContext, runPipeline, stages } from '../src/pipeline.js';
const dir = 'test/fixtures/html';
let leaks = 0, misses = 0, total = 0;
for (const slug of readdirSync(dir)) {
  const html = readFileSync(`${dir}/${slug}/source.html`, 'utf8');
  const exp = JSON.parse(readFileSync(`${dir}/${slug}/expected.json`, 'utf8'));
  const text = await readability(html, '');
  const l = exp.mustExclude.filter((p: string) => text.includes(p)); const m = exp.mustInclude.filter((p: string) => !text.includes(p));
  leaks += l.length; misses += m.length; total += exp.mustExclude.length;
}
console.log('plain readability: leaked', leaks, 'of', total, 'missed', misses);
const { inputs, errors } = await collectInputs([dir]);
console.log(inputs.length, errors);
const ctx = await runPipeline(newContext(inputs), stages.slice(0, stages.findIndex((s) => s.name === 'clean') + 1));
for (const a of ctx.articles) console.log(a.id, a.title.slice(0, 30), a.published, a.outlet, a.byline, a.language, a.text.length, a.original.length, a.removed.map((r) => r.reason).join(','));
