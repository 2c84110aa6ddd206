// The one corpus runner: every form of every row in test/corpus/<dim>/<lang>.jsonl, parsed as a whole phrase.
import { describe, expect, it } from 'vitest';
import { checkForm, loadCorpus } from '../eval/tasks/parse.js';

const files = loadCorpus();

describe('corpus', () => {
  it('holds the rows the spec asks for, negatives included', () => {
    const numberDims = new Set(['number', 'ordinal', 'quantity', 'money', 'percent']);
    const rows = (lang: string) => files.filter((f) => f.lang === lang && numberDims.has(f.dim)).flatMap((f) => f.rows);
    expect(rows('ar').length).toBeGreaterThanOrEqual(300);
    expect(rows('en').length).toBeGreaterThanOrEqual(100);
    for (const f of files.filter((f) => numberDims.has(f.dim))) expect(f.rows.some((r) => r.expect === null)).toBe(true);
  });
  for (const file of files) {
    describe(`${file.dim}/${file.lang}`, () => {
      for (const row of file.rows) {
        it(`line ${row.line}: ${row.forms[0]}`, () => {
          const failures = row.forms
            .map((form) => ({ form, why: checkForm(file.dim, file.lang, row, form) }))
            .filter((f) => f.why !== null)
            .map((f) => `${f.form}: ${f.why}`);
          expect(failures).toEqual([]);
        });
      }
    });
  }
});
