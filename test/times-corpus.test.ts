// Runs the time corpus straight through parseTimes (the generic runner in test/corpus.test.ts goes through parse()).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTimes } from '../src/dims/time/index.js';
import { normaliseString } from '../src/text/normalise.js';
import type { TimeValue } from '../src/types.js';
import { repoRoot } from './helpers.js';

interface Row {
  forms: string[];
  expect: TimeValue | null;
  ref?: string;
}

const DEFAULT_REF = '2022-01-10T12:00:00';

const load = (lang: string): Row[] =>
  readFileSync(join(repoRoot, 'test/corpus/time', `${lang}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);

/** Why a form fails its row, or undefined when it passes. */
function check(form: string, row: Row, lang: string): string | undefined {
  const matches = parseTimes(normaliseString(form), lang, new Date(row.ref ?? DEFAULT_REF));
  const got = JSON.stringify(matches.map(({ value, grain, from, to }) => ({ value, grain, from, to })));
  if (row.expect === null) return matches.length === 0 ? undefined : `${form}: expected nothing, got ${got}`;
  const e = row.expect;
  const ok = matches.some((m) => m.value === e.value && m.grain === e.grain && m.from === e.from && m.to === e.to);
  return ok ? undefined : `${form}: expected ${JSON.stringify(e)}, got ${got}`;
}

describe.each(['ar', 'en'])('time corpus %s', (lang) => {
  const rows = load(lang);
  it('has the rows the spec asks for, negatives included', () => {
    expect(rows.length).toBeGreaterThanOrEqual(lang === 'ar' ? 200 : 100);
    expect(rows.some((r) => r.expect === null)).toBe(true);
  });
  it('parses every form of every row', () => {
    const failures = rows.flatMap((row) => row.forms.map((f) => check(f, row, lang)).filter((x) => x !== undefined));
    expect(failures).toEqual([]);
  });
});
