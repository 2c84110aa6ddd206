// Accuracy of `parse` on the corpus files: share of rows passing, per dim and language.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DimResult, parse } from '../../src/dims/index.js';
import type { EvalTask, Score } from '../types.js';

export const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/corpus');
export const DEFAULT_REF = '2022-01-10T12:00:00';

export interface CorpusRow {
  forms: string[];
  /** Fields the result must have (only those given are compared); null: no result of the dim at all. */
  expect: Record<string, unknown> | null;
  /** The span the result must cover in every form, when the form has context around the phrase. */
  span?: [number, number];
  ref?: string;
  line: number;
}

export interface CorpusFile {
  dim: string;
  lang: string;
  path: string;
  rows: CorpusRow[];
}

/** Every test/corpus/<dim>/<lang>.jsonl file, rows in order. */
export function loadCorpus(): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const dim of readdirSync(corpusDir).sort()) {
    for (const name of readdirSync(join(corpusDir, dim)).sort()) {
      if (!name.endsWith('.jsonl')) continue;
      const path = join(corpusDir, dim, name);
      const rows = readFileSync(path, 'utf8')
        .split('\n')
        .map((text, i) => ({ text, line: i + 1 }))
        .filter(({ text }) => text.trim())
        .map(({ text, line }) => ({ ...(JSON.parse(text) as Omit<CorpusRow, 'line'>), line }));
      if (!rows.every((r) => Array.isArray(r.forms))) continue; // another stage's corpus (pairs, documents), not a dim
      files.push({ dim, lang: name.replace(/\.jsonl$/, ''), path, rows });
    }
  }
  return files;
}

const sameValue = (a: unknown, b: unknown): boolean =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : a === b;

/** Why one form fails its row, or null when it passes. */
export function checkForm(dim: string, lang: string, row: CorpusRow, form: string): string | null {
  const results = parse(form, { lang, ref: new Date(row.ref ?? DEFAULT_REF), dims: [dim] }).filter((r) => r.dim === dim);
  if (row.expect === null) return results.length ? `expected nothing, got ${show(results)}` : null;
  const lead = form.length - form.trimStart().length;
  const [start, end] = row.span ?? [lead, form.trimEnd().length];
  // The time corpus writes forms with context ("in May", "في 2019."): there the values are the specification, not the span.
  const spanMatters = dim !== 'time' || row.span !== undefined;
  const expect = row.expect;
  const ok = results.some(
    (r) =>
      (!spanMatters || (r.start === start && r.end === end)) &&
      Object.entries(expect).every(([k, v]) => sameValue((r as unknown as Record<string, unknown>)[k], v)),
  );
  return ok ? null : `expected ${JSON.stringify(expect)}${spanMatters ? ` on [${start},${end}]` : ''}, got ${show(results)}`;
}

const show = (rs: DimResult[]): string =>
  rs.length
    ? rs.map(({ body, start, end, ...rest }) => `${JSON.stringify(body)}[${start},${end}] ${JSON.stringify(rest)}`).join('; ')
    : 'nothing';

/** A row passes when every one of its forms does. */
export const rowPasses = (file: CorpusFile, row: CorpusRow): boolean =>
  row.forms.every((form) => checkForm(file.dim, file.lang, row, form) === null);

const goldDir = resolve(dirname(fileURLToPath(import.meta.url)), '../gold/facts');

interface GoldFigure {
  value: number;
  qualifier: string;
  surface: string;
}

/**
 * Held-out check on figure phrases others annotated (eval/gold/facts): does parse read the gold value from the
 * surface, and with the gold qualifier? The corpus files grew with the code; these did not.
 */
function goldFigureScores(): Score[] {
  let total = 0;
  let values = 0;
  let qualifiers = 0;
  for (const slug of existsSync(goldDir) ? readdirSync(goldDir).sort() : []) {
    const path = join(goldDir, slug, 'gold.json');
    if (!existsSync(path)) continue;
    const gold = JSON.parse(readFileSync(path, 'utf8')) as { language: string; figures?: GoldFigure[] };
    for (const f of gold.figures ?? []) {
      total++;
      const hit = parse(f.surface, { lang: gold.language, dims: ['number', 'quantity', 'money'] }).find(
        (r) => r.value === f.value,
      );
      if (hit) values++;
      if (hit?.qualifier === f.qualifier) qualifiers++;
    }
  }
  if (!total) return [];
  return [
    { name: 'parse.gold-figures.value.recall', value: values / total, support: total },
    { name: 'parse.gold-figures.qualifier.accuracy', value: qualifiers / total, support: total },
  ];
}

export const task: EvalTask = {
  name: 'parse',
  async run(): Promise<Score[]> {
    const corpus = loadCorpus().map((file) => {
      const passed = file.rows.filter((row) => rowPasses(file, row)).length;
      return {
        name: `parse.${file.dim}.${file.lang}.accuracy`,
        value: file.rows.length ? passed / file.rows.length : 1,
        support: file.rows.length,
      };
    });
    return [...corpus, ...goldFigureScores()];
  },
};
