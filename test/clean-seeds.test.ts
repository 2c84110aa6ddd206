import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonLine } from '../src/clean/page.js';
import type { Article } from '../src/types.js';
import { repoRoot, runUpTo, seedsDir, textInput } from './helpers.js';

/** Golden folders: test/fixtures/seeds/<seed id>/expected.json, the input being ../shared/seeds/<seed id>.txt. */
interface Expected {
  title: string;
  published?: string;
  mustInclude: string[];
  mustExclude: string[];
  removedReasons: Record<string, string>;
  /** Phrases of a paragraph the seed repeats: the clean text holds them exactly once. */
  keptOnce?: string[];
}

const fixturesDir = join(repoRoot, 'test/fixtures/seeds');
const ids = readdirSync(fixturesDir).sort();
const expected = (id: string): Expected => JSON.parse(readFileSync(join(fixturesDir, id, 'expected.json'), 'utf8'));
const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

describe('clean: golden seed folders', () => {
  const articles = new Map<string, Article>();
  beforeAll(async () => {
    const ctx = await runUpTo(
      ids.map((id) => textInput(join(seedsDir, `${id}.txt`))),
      'clean',
    );
    for (const a of ctx.articles) articles.set(a.id, a);
  });

  it('has a golden folder for each of the five seeds', () => {
    expect(ids).toHaveLength(5);
  });

  for (const id of ids) {
    describe(id, () => {
      const exp = expected(id);
      const get = (): Article => articles.get(id) as Article;

      it('reads the title and the dateline', () => {
        const a = get();
        expect(a.title).toBe(exp.title);
        expect(a.published).toBe(exp.published);
        if (exp.published) {
          const span = a.publishedSpan;
          expect(span).toBeDefined();
          expect(a.original.slice(span?.start, span?.end)).toMatch(/\d/);
          expect(a.flags.some((f) => f.kind === 'no-dateline')).toBe(false);
        } else {
          expect(a.flags.some((f) => f.kind === 'no-dateline')).toBe(true);
        }
      });

      it('keeps every news paragraph', () => {
        const text = canonLine(get().text);
        for (const phrase of exp.mustInclude) expect(text, phrase).toContain(canonLine(phrase));
      });

      it('drops every boilerplate line', () => {
        const text = canonLine(get().text);
        for (const phrase of exp.mustExclude) expect(text, phrase).not.toContain(canonLine(phrase));
      });

      it('says why each line was removed', () => {
        const removed = get().removed;
        for (const [phrase, reason] of Object.entries(exp.removedReasons)) {
          const hit = removed.find((r) => canonLine(r.text).includes(canonLine(phrase)));
          expect(hit?.reason, phrase).toBe(reason);
        }
      });

      it('keeps a repeated paragraph once', () => {
        const text = canonLine(get().text);
        for (const phrase of exp.keptOnce ?? []) expect(occurrences(text, canonLine(phrase)), phrase).toBe(1);
      });

      it('points every span into the original, in order and without overlap', () => {
        const a = get();
        const spans = [...a.kept.map((s) => ({ ...s, text: undefined })), ...a.removed].sort((x, y) => x.start - y.start);
        for (let i = 1; i < spans.length; i++) expect(spans[i]?.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
        for (const r of a.removed) expect(a.original.slice(r.start, r.end)).toBe(r.text);
        expect(a.text).toBe(a.kept.map((s) => a.original.slice(s.start, s.end)).join('\n\n'));
        for (const f of a.flags) if (f.start !== undefined) expect(f.end ?? 0).toBeGreaterThan(f.start);
      });
    });
  }
});
