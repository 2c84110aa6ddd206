import { readFileSync } from 'node:fs';
import { readInput } from '../src/ingest/read-input.js';
const slug = process.argv[2];
const html = readFileSync(`test/fixtures/html/${slug}/source.html`, 'utf8');
const r = readInput({ id: slug!, source: slug!, html });
console.log(JSON.stringify({ ...r, original: undefined, text: undefined, kept: undefined }, null, 1));
if ('original' in r) console.log(r.original);
