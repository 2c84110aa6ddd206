import { readFileSync, readdirSync } from 'node:fs';
import { normalise } from './src/text/normalise.ts';
import { alt } from './src/dims/time/words.ts';
import { time } from './src/lang/ar/time.ts';
const dir = '/work/shared/seeds/';
const text = readdirSync(dir).sort().map(f => normalise(readFileSync(dir + f, 'utf8')).text).join('\n').repeat(20);
const wd = alt(Object.keys(time.weekdays));
const cl = alt(time.clitics);
const variants = {
  lookbehindAlt: `(?<=(?:^|[^\\p{L}\\p{N}])${cl}?)${wd}(?![\\p{L}\\p{N}])`,
  plainNeg: `(?<![\\p{L}\\p{N}])${wd}(?![\\p{L}\\p{N}])`,
  wordFirst: `${wd}(?<=(?:^|[^\\p{L}\\p{N}])${cl}?${wd})(?![\\p{L}\\p{N}])`,
  classClitic: `(?<=(?:^|[^\\p{L}\\p{N}])[وفبلك]{0,2})${wd}(?![\\p{L}\\p{N}])`,
  guarded: `(?:(?<![\\p{L}\\p{N}])|(?<=[وفبلك])(?<=(?:^|[^\\p{L}\\p{N}])${cl}))${wd}(?![\\p{L}\\p{N}])`,
};
for (const [k, v] of Object.entries(variants)) {
  const re = new RegExp(v, 'gu');
  const t0 = performance.now(); const n = [...text.matchAll(re)].length;
  console.log(k, (performance.now() - t0).toFixed(1), n);
}
