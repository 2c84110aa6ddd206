import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../src/ingest/html.js';
import { pruneFurniture } from '../src/ingest/prune.js';
const doc = parseDocument(readFileSync(process.argv[2]!, 'utf8'));
pruneFurniture(doc);
if (process.argv[3]) console.log(doc.body.innerHTML);
console.log('-----');
console.log(new Readability(doc).parse()?.content);
