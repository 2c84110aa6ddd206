// Create a golden HTML folder: test/fixtures/html/<slug>/{source.html, expected.json skeleton}.
// Usage: npx tsx scripts/new-fixture.ts <file.html> <slug>
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInput } from '../src/ingest/read-input.js';

const [file, slug] = process.argv.slice(2);
if (!file || !slug || !/^[a-z0-9-]+$/.test(slug)) {
  process.stderr.write('usage: tsx scripts/new-fixture.ts <file.html> <slug: lowercase letters, digits, dashes>\n');
  process.exit(2);
}
const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'test/fixtures/html', slug);
if (existsSync(dir)) {
  process.stderr.write(`${dir} exists already\n`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
copyFileSync(file, join(dir, 'source.html'));

// The skeleton holds what Marsad extracts today: edit it to what a reader would keep and drop.
const article = readInput({ id: slug, source: file, html: readFileSync(file, 'utf8') });
const blocks = 'original' in article ? article.original.split('\n\n') : [];
const expected = {
  title: 'title' in article ? article.title : '',
  published: 'published' in article ? article.published?.slice(0, 10) : undefined,
  mustInclude: blocks.filter((b) => b.length > 60).map((b) => b.slice(0, 50)),
  mustExclude: ['TODO: phrases of menus, related links, comments, footers'],
};
writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
process.stdout.write(`created ${dir} (${blocks.length} blocks extracted; edit expected.json)\n`);
