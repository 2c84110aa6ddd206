import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../src/ingest/read-input.js';
import type { Article } from '../src/types.js';
import { repoRoot } from './helpers.js';

interface Expected {
  title: string;
  published?: string;
  mustInclude: string[];
  mustExclude: string[];
}

const fixturesDir = join(repoRoot, 'test/fixtures/html');
const slugs = readdirSync(fixturesDir).sort();

describe('Arabic HTML golden fixtures', () => {
  it('has at least ten', () => expect(slugs.length).toBeGreaterThanOrEqual(10));

  it.each(slugs)('%s', (slug) => {
    const html = readFileSync(join(fixturesDir, slug, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(fixturesDir, slug, 'expected.json'), 'utf8')) as Expected;
    const result = readInput({ id: slug, source: slug, html });
    if ('message' in result) throw new Error(result.message);
    const article: Article = result;
    expect(article.title).toBe(expected.title);
    if (expected.published) expect(article.published?.slice(0, 10)).toBe(expected.published);
    for (const phrase of expected.mustInclude) expect(article.original, `must include: ${phrase}`).toContain(phrase);
    for (const phrase of expected.mustExclude) expect(article.original, `must exclude: ${phrase}`).not.toContain(phrase);
    expect(article.original).not.toMatch(/\n{3,}|^\s|\s$/);
  });
});
