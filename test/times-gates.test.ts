// The anchor gates in parseTimes only skip work: gated and ungated parsing agree on real text, sentence by sentence.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTimes } from '../src/dims/time/index.js';
import { normalise } from '../src/text/normalise.js';
import { splitSentences } from '../src/text/sentences.js';
import { demoReportsDir, repoRoot, seedFiles } from './helpers.js';

const REF = new Date('2022-01-10T12:00:00');
const factsDir = join(repoRoot, 'eval/gold/facts');

const texts = (): Array<[string, string]> => [
  ...seedFiles().map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
  ...readdirSync(demoReportsDir).map((f): [string, string] => [f, readFileSync(join(demoReportsDir, f), 'utf8')]),
  ...readdirSync(factsDir)
    .filter((d) => !d.includes('.') && !d.startsWith('seed-'))
    .map((d): [string, string] => [d, readFileSync(join(factsDir, d, 'article.txt'), 'utf8')]),
  ...['ar', 'en'].map((lang): [string, string] => [
    `time/${lang}.jsonl`,
    readFileSync(join(repoRoot, 'test/corpus/time', `${lang}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .flatMap((l) => (JSON.parse(l) as { forms: string[] }).forms)
      .join('.\n'),
  ]),
];

describe('time anchor gates', () => {
  it.each(texts())('lose no time in %s', (_name, text) => {
    const canonical = normalise(text).text;
    const units = [canonical, ...splitSentences(canonical, 0, canonical.length).map(([a, b]) => canonical.slice(a, b))];
    let found = 0;
    for (const lang of ['ar', 'en']) {
      for (const u of units) {
        const gated = parseTimes(u, lang, REF);
        expect(gated).toEqual(parseTimes(u, lang, REF, { ungated: true }));
        found += gated.length;
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});
