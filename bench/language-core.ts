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
const sentences: string[][] = [];
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
      for (const c of canon) sentences.push(splitSentences(c, 0, c.length).map(([a, b]) => c.slice(a, b)));
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
// The pipeline parses sentence by sentence (src/extract/times.ts, the figure and event stages): measure that too.
const perSentence: Array<[string, number]> = [
  [
    'parseNumbers/sentence',
    time(() => {
      for (const doc of sentences) for (const x of doc) parseNumbers(x, 'ar');
    }),
  ],
  [
    'parseTimes/sentence',
    time(() => {
      for (const doc of sentences) for (const x of doc) parseTimes(x, 'ar', REF);
    }),
  ],
];
const total = results.reduce((s, [, t]) => s + t, 0);
const pipelineTotal = results.slice(0, 3).reduce((s, [, t]) => s + t, 0) + perSentence.reduce((s, [, t]) => s + t, 0);

const mb = bytes / MB;
console.log(`corpus: ${mb.toFixed(1)} MB of Arabic in ${docs.length} documents; ${numbers} numbers, ${times} times found`);
console.log('component           CPU seconds     MB/s');
const rows: Array<[string, number]> = [...results, ['total', total], ...perSentence, ['total/sentence', pipelineTotal]];
for (const [name, t] of rows) console.log(`${name.padEnd(22)} ${t.toFixed(2).padStart(8)} ${(mb / t).toFixed(1).padStart(8)}`);
