// Throughput of the language core on one core: normalise, tokenize, sentences, numbers, times (npm run bench).
import { parseNumbers } from '../src/dims/number/index.js';
import { parseTimes } from '../src/dims/time/index.js';
import { normalise } from '../src/text/normalise.js';
import { splitSentences } from '../src/text/sentences.js';
import { tokenize } from '../src/text/tokenize.js';
import { generateCorpus } from './generate.js';

const MB = 1024 * 1024;
const TOTAL_MB = Number(process.env.BENCH_MB ?? 50);
const DOC_BYTES = 6000; // about one news article
const REF = new Date('2022-01-10T12:00:00');

const corpus = generateCorpus(TOTAL_MB * MB);
const docs: string[] = [];
for (let at = 0; at < corpus.length; ) {
  const cut = corpus.indexOf('\n\n', at + DOC_BYTES / 2); // UTF-16 units ~ half the bytes of Arabic
  const end = cut < 0 ? corpus.length : cut;
  docs.push(corpus.slice(at, end));
  at = end + 2;
}
const bytes = Buffer.byteLength(corpus);

// CPU time, not wall time: the figure should not depend on what else the machine is running.
const time = (fn: () => void): number => {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1e6;
};

const canon: string[] = [];
let numbers = 0;
let times = 0;
const results: Array<[string, number]> = [
  [
    'normalise',
    time(() => {
      for (const d of docs) canon.push(normalise(d).text);
    }),
  ],
  [
    'tokenize',
    time(() => {
      for (const c of canon) tokenize(c, 'ar');
    }),
  ],
  [
    'splitSentences',
    time(() => {
      for (const c of canon) splitSentences(c, 0, c.length);
    }),
  ],
  [
    'parseNumbers',
    time(() => {
      for (const c of canon) numbers += parseNumbers(c, 'ar').length;
    }),
  ],
  [
    'parseTimes',
    time(() => {
      for (const c of canon) times += parseTimes(c, 'ar', REF).length;
    }),
  ],
];
const total = results.reduce((s, [, t]) => s + t, 0);

const mb = bytes / MB;
console.log(`corpus: ${mb.toFixed(1)} MB of Arabic in ${docs.length} documents; ${numbers} numbers, ${times} times found`);
console.log('component    CPU seconds     MB/s');
for (const [name, t] of [...results, ['total', total] as [string, number]])
  console.log(`${name.padEnd(15)} ${t.toFixed(2).padStart(8)} ${(mb / t).toFixed(1).padStart(8)}`);
