// Main-text extraction: F1 on the article-extraction benchmark, and the Arabic golden pages' must-include/must-exclude phrases.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInput } from '../../src/ingest/read-input.js';
import { benchmarkDir, loadPages, marsad, scoreExtractor } from '../extract.js';
import type { EvalTask, Score } from '../types.js';

const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/html');

function fixtureScores(): Score[] {
  let included = 0;
  let mustInclude = 0;
  let excluded = 0;
  let mustExclude = 0;
  for (const slug of readdirSync(fixturesDir).sort()) {
    const html = readFileSync(join(fixturesDir, slug, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(fixturesDir, slug, 'expected.json'), 'utf8')) as {
      mustInclude: string[];
      mustExclude: string[];
    };
    const article = readInput({ id: slug, source: slug, html });
    const text = 'original' in article ? article.original : '';
    mustInclude += expected.mustInclude.length;
    mustExclude += expected.mustExclude.length;
    included += expected.mustInclude.filter((p) => text.includes(p)).length;
    excluded += expected.mustExclude.filter((p) => !text.includes(p)).length;
  }
  return [
    { name: 'extract.fixtures.mustInclude', value: included / mustInclude, support: mustInclude },
    { name: 'extract.fixtures.mustExclude', value: excluded / mustExclude, support: mustExclude },
  ];
}

export const task: EvalTask = {
  name: 'extract',
  async run() {
    const scores = fixtureScores();
    if (!existsSync(benchmarkDir)) return scores; // ../shared is missing: the benchmark cannot run here
    const s = await scoreExtractor('marsad', marsad, loadPages());
    return [
      ...scores,
      { name: 'extract.aeb.precision', value: s.precision, support: s.pages },
      { name: 'extract.aeb.recall', value: s.recall, support: s.pages },
      { name: 'extract.aeb.f1', value: s.f1, support: s.pages },
    ];
  },
};
