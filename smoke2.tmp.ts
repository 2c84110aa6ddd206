import { readFileSync, readdirSync } from 'node:fs';
import { parseTimes } from './src/dims/time/index.ts';
import { normalise } from './src/text/normalise.ts';
const dir = '/work/shared/seeds/';
for (const f of readdirSync(dir).sort()) {
  const n = normalise(readFileSync(dir + f, 'utf8'));
  const t0 = performance.now();
  const ms = parseTimes(n.text, 'ar', new Date('2022-01-10T12:00:00'));
  console.log(f, (performance.now()-t0).toFixed(1), 'ms');
  for (const m of ms) console.log('   ', m.text, '|', m.value, m.grain, m.from ?? '', m.to ?? '', m.weekday ?? '');
}
