// The one corpus runner: every form of every row in test/corpus/<dim>/<lang>.jsonl, parsed as a whole phrase.
import { describe, expect, it } from 'vitest';
import { checkForm, loadCorpus } from '../eval/tasks/parse.js';

const files = loadCorpus();

describe('corpus', () => {
  it('has the corpus files', () => {
    expect(files.length).toBeGreaterThan(0);
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
