import { parseTimes } from './src/dims/time/index.ts';
import { normaliseString } from './src/text/normalise.ts';
const ref = new Date(process.argv[2] ?? '2022-01-10T12:00:00');
for (const s of process.argv.slice(3)) {
  const lang = /[a-z]/i.test(s) ? 'en' : 'ar';
  const c = normaliseString(s);
  console.log(s, '=>', JSON.stringify(parseTimes(c, lang, ref).map(({start,end,...r})=>r)));
}
