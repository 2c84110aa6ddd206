// Story clustering (pairwise F1), copy detection and publication dates against eval/gold/stories.json.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePaths } from '../../src/core.js';
import { type EvalTask, prf, type Score } from '../types.js';

interface GoldSet {
  name: string;
  paths: string[];
  stories: string[][];
  copies: Array<[string, string]>;
  published: Record<string, string>;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function pairs(groups: string[][]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    const s = [...g].sort();
    for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) out.add(`${s[i]}|${s[j]}`);
  }
  return out;
}

async function scoreSet(set: GoldSet): Promise<Score[]> {
  const report = await analyzePaths(set.paths.map((p) => join(root, p)));
  const gold = pairs(set.stories);
  const got = pairs(report.stories.map((s) => s.articleIds));
  const cluster = prf([...got].filter((p) => gold.has(p)).length, got.size, gold.size);
  const goldCopies = new Set(set.copies.map(([a, b]) => `${a}|${b}`));
  const gotCopies = new Set(report.stories.flatMap((s) => s.copies.map((c) => `${c.articleId}|${c.copyOf}`)));
  const copies = prf([...gotCopies].filter((p) => goldCopies.has(p)).length, gotCopies.size, goldCopies.size);
  const dated = Object.entries(set.published);
  const right = dated.filter(([id, day]) => report.articles.find((a) => a.id === id)?.published?.slice(0, 10) === day).length;
  return [
    { name: `stories.${set.name}.cluster.f1`, value: cluster.f1, support: gold.size },
    { name: `stories.${set.name}.copies.f1`, value: copies.f1, support: goldCopies.size },
    { name: `stories.${set.name}.published.accuracy`, value: dated.length ? right / dated.length : 1, support: dated.length },
  ];
}

export const task: EvalTask = {
  name: 'stories',
  async run() {
    const gold = JSON.parse(readFileSync(join(root, 'eval/gold/stories.json'), 'utf8')) as { sets: GoldSet[] };
    const scores: Score[] = [];
    for (const set of gold.sets) scores.push(...(await scoreSet(set)));
    return scores;
  },
};
