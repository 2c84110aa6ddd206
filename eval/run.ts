// `npm run eval`: runs every task in eval/tasks/, prints the scores, and fails below the floors in eval/baseline.json.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EvalTask, Score } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const baselinePath = join(here, 'baseline.json');

function args(): { only?: string[]; ratchet: boolean } {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--task');
  return { only: i >= 0 ? argv[i + 1]?.split(',') : undefined, ratchet: argv.includes('--ratchet') };
}

async function loadTasks(only?: string[]): Promise<EvalTask[]> {
  const files = readdirSync(join(here, 'tasks'))
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const tasks: EvalTask[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(here, 'tasks', f)).href)) as { task?: EvalTask };
    if (mod.task && (!only || only.includes(mod.task.name))) tasks.push(mod.task);
  }
  return tasks;
}

async function main(): Promise<void> {
  const { only, ratchet } = args();
  const floors = JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<string, number>;
  const scores: Score[] = [];
  for (const task of await loadTasks(only)) {
    const t0 = performance.now();
    const got = await task.run();
    scores.push(...got);
    process.stdout.write(`${task.name}: ${got.length} scores in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  const failures: string[] = [];
  process.stdout.write(`\n${'score'.padEnd(44)} ${'value'.padStart(7)} ${'floor'.padStart(7)}\n`);
  for (const s of scores) {
    const floor = floors[s.name];
    const below = floor !== undefined && s.value + 1e-9 < floor;
    if (below) failures.push(`${s.name} ${s.value.toFixed(3)} < floor ${floor}`);
    const support = s.support !== undefined ? ` (n=${s.support})` : '';
    process.stdout.write(
      `${s.name.padEnd(44)} ${s.value.toFixed(3).padStart(7)} ${floor === undefined ? '      -' : floor.toFixed(3).padStart(7)}${below ? '  BELOW FLOOR' : ''}${support}\n`,
    );
  }
  const ran = new Set(scores.map((s) => s.name));
  const missing = only ? [] : Object.keys(floors).filter((k) => !ran.has(k));
  for (const m of missing) failures.push(`${m}: pinned in eval/baseline.json but no task produced it`);
  if (ratchet) {
    // Floors only move up: a score may raise its floor (rounded down a little), never lower it.
    for (const s of scores) {
      const proposed = Math.floor(s.value * 100) / 100;
      if (floors[s.name] === undefined || proposed > (floors[s.name] as number)) floors[s.name] = proposed;
    }
    writeFileSync(baselinePath, `${JSON.stringify(Object.fromEntries(Object.entries(floors).sort()), null, 2)}\n`);
    process.stdout.write('\neval/baseline.json ratcheted\n');
  }
  if (failures.length) {
    process.stderr.write(`\n${failures.length} eval failures:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(`\n${scores.length} scores, all at or above their floors\n`);
}

await main();
