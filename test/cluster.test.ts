import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawInput } from '../src/types.js';
import { repoRoot, runUpTo, seedFiles, textInput } from './helpers.js';

const goldDir = join(repoRoot, 'eval/gold/facts');

/** The 30 gold reports about other crises, each dated as its gold says. */
function goldReports(): RawInput[] {
  return readdirSync(goldDir)
    .filter((slug) => /^(ar|en)-/.test(slug))
    .map((slug) => {
      const gold = JSON.parse(readFileSync(join(goldDir, slug, 'gold.json'), 'utf8')) as { published: string };
      return {
        id: slug,
        source: slug,
        published: gold.published,
        text: readFileSync(join(goldDir, slug, 'article.txt'), 'utf8'),
      };
    });
}

describe('story clustering', () => {
  it('keeps thirty reports about different crises apart, and joins the two about Sri Lanka in July 2022', async () => {
    const ctx = await runUpTo(goldReports(), 'cluster');
    const multi = ctx.clusters.filter((c) => c.length > 1).map((c) => [...c].sort());
    expect(multi).toEqual([['ar-srilanka-palace-2022', 'en-srilanka-flight-2022']]);
  });

  it('puts the seeds in one story and never mixes them with the other crises', async () => {
    const ctx = await runUpTo([...seedFiles().map(textInput), ...goldReports()], 'cluster');
    const seedIds = new Set(seedFiles().map((f) => textInput(f).id));
    const withSeeds = ctx.clusters.filter((c) => c.some((id) => seedIds.has(id)));
    expect(withSeeds).toHaveLength(1);
    expect([...(withSeeds[0] ?? [])].sort()).toEqual([...seedIds].sort());
  });
});
