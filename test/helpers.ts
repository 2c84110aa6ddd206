import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Context, newContext, runPipeline, type Stage, stages } from '../src/pipeline.js';
import type { RawInput } from '../src/types.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The five sample reports, kept outside the project (CI has ../shared too). */
export const seedsDir = resolve(repoRoot, '../shared/seeds');
export const demoDir = join(repoRoot, 'demo');
/** The demo reports themselves (demo/ also holds their README and expected facts). */
export const demoReportsDir = join(demoDir, 'reports');

export const seedFiles = (): string[] =>
  readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(seedsDir, f));

/** A plain-text file as a raw input, id = file name without extension. */
export const textInput = (path: string): RawInput => ({
  id: basename(path, extname(path)),
  source: path,
  text: readFileSync(path, 'utf8'),
});

/** Run the pipeline up to and including the named stage (no store). */
export async function runUpTo(inputs: RawInput[], lastStage: string): Promise<Context> {
  const idx = stages.findIndex((s) => s.name === lastStage);
  if (idx < 0) throw new Error(`no stage ${lastStage}`);
  const list: Stage[] = stages.slice(0, idx + 1);
  return runPipeline(newContext(inputs), list);
}
