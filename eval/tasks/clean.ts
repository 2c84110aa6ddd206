// Cleaning, trafilatura-style: phrases that must stay and boilerplate that must go (golden seed folders),
// plus how many gold fact surfaces of eval/gold/facts survive cleaning (in the text or the title).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonLine } from '../../src/clean/page.js';
import { newContext, runPipeline, stages } from '../../src/pipeline.js';
import type { Article, RawInput } from '../../src/types.js';
import { loadFactGold, repoRoot } from '../gold-facts.js';
import { type EvalTask, prf, type Score } from '../types.js';

interface Expected {
  title: string;
  published?: string;
  mustInclude: string[];
  mustExclude: string[];
  removedReasons: Record<string, string>;
}

const upToClean = stages.slice(0, stages.findIndex((s) => s.name === 'clean') + 1);
const fixturesDir = join(repoRoot, 'test/fixtures/seeds');
const seedsDir = join(repoRoot, '../shared/seeds');

async function clean(inputs: RawInput[]): Promise<Article[]> {
  return (await runPipeline(newContext(inputs), upToClean)).articles;
}

async function seedScores(): Promise<Score[]> {
  const ids = readdirSync(fixturesDir).sort();
  const articles = await clean(
    ids.map((id) => ({ id, source: join(seedsDir, `${id}.txt`), text: readFileSync(join(seedsDir, `${id}.txt`), 'utf8') })),
  );
  let newsKept = 0;
  let news = 0;
  let junkKept = 0;
  let reasonsOk = 0;
  let reasons = 0;
  let metaOk = 0;
  for (const a of articles) {
    const exp = JSON.parse(readFileSync(join(fixturesDir, a.id, 'expected.json'), 'utf8')) as Expected;
    const text = canonLine(a.text);
    news += exp.mustInclude.length;
    newsKept += exp.mustInclude.filter((p) => text.includes(canonLine(p))).length;
    junkKept += exp.mustExclude.filter((p) => text.includes(canonLine(p))).length;
    for (const [phrase, reason] of Object.entries(exp.removedReasons)) {
      reasons++;
      if (a.removed.find((r) => canonLine(r.text).includes(canonLine(phrase)))?.reason === reason) reasonsOk++;
    }
    metaOk += Number(a.title === exp.title) + Number(a.published === exp.published);
  }
  const { precision, recall, f1 } = prf(newsKept, newsKept + junkKept, news);
  return [
    { name: 'clean.seeds.precision', value: precision, support: newsKept + junkKept },
    { name: 'clean.seeds.recall', value: recall, support: news },
    { name: 'clean.seeds.f1', value: f1, support: news },
    { name: 'clean.seeds.reason.accuracy', value: reasons ? reasonsOk / reasons : 1, support: reasons },
    { name: 'clean.seeds.metadata.accuracy', value: metaOk / (2 * articles.length), support: 2 * articles.length },
  ];
}

/** Gold facts are news by definition: cleaning must not take any of them away. */
async function factRetention(): Promise<Score> {
  let kept = 0;
  let total = 0;
  for (const g of loadFactGold()) {
    const [a] = await clean([{ id: g.slug, source: g.source, text: g.text }]);
    if (!a) continue;
    const visible = canonLine([a.text, ...a.removed.filter((r) => r.reason === 'title').map((r) => r.text)].join('\n'));
    const surfaces = [...g.figures.map((f) => f.surface), ...g.quotes.map((q) => q.text), ...g.events.map((e) => e.trigger)];
    total += surfaces.length;
    kept += surfaces.filter((s) => visible.includes(canonLine(s))).length;
  }
  return { name: 'clean.facts.retention', value: total ? kept / total : 1, support: total };
}

export const task: EvalTask = {
  name: 'clean',
  async run() {
    return [...(await seedScores()), await factRetention()];
  },
};
