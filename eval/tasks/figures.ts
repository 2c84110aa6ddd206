// Figures against eval/gold/facts: a prediction counts when its span overlaps the gold surface and kind and value agree.
import { newContext, runPipeline, stages } from '../../src/pipeline.js';
import { normaliseString } from '../../src/text/normalise.js';
import type { Figure } from '../../src/types.js';
import { type FactGold, type GoldFigure, loadFactGold } from '../gold-facts.js';
import { type EvalTask, prf, type Score } from '../types.js';

const withoutStore = stages.filter((s) => s.name !== 'store');

export interface FigureTally {
  tp: number;
  predicted: number;
  gold: number;
  /** Matched pairs whose gold names a group / a source / a qualifier, and how many of those agree. */
  group: [number, number];
  source: [number, number];
  qualifier: [number, number];
  misses: string[];
}

export async function predictFigures(g: FactGold): Promise<Figure[]> {
  const input = { id: g.slug, source: g.source, text: g.text, published: g.published };
  const ctx = await runPipeline(newContext([input]), withoutStore);
  return ctx.figures;
}

const contains = (a: string, b: string): boolean => {
  const x = normaliseString(a).trim();
  const y = normaliseString(b).trim();
  return !!x && !!y && (x.includes(y) || y.includes(x));
};

export function matchFigures(g: FactGold, predicted: Figure[]): FigureTally {
  const t: FigureTally = {
    tp: 0,
    predicted: predicted.length,
    gold: g.figures.length,
    group: [0, 0],
    source: [0, 0],
    qualifier: [0, 0],
    misses: [],
  };
  const used = new Set<Figure>();
  for (const gold of g.figures) {
    const start = g.text.indexOf(gold.surface);
    const end = start + gold.surface.length;
    const hit = predicted.find(
      (p) => !used.has(p) && p.start < end && start < p.end && p.kind === gold.kind && p.value === gold.value,
    );
    if (start < 0 || !hit) {
      t.misses.push(`${g.slug}: missed ${describe(gold)}`);
      continue;
    }
    used.add(hit);
    t.tp++;
    tallyField(t.qualifier, gold.qualifier, hit.qualifier, (a, b) => a === b);
    tallyField(t.group, gold.group ?? 'people', hit.group ?? 'people', (a, b) => a === b); // no group = everyone
    if ((gold.group ?? 'people') !== (hit.group ?? 'people'))
      t.misses.push(`${g.slug}: group ${gold.group} ≠ ${hit.group} for ${describe(gold)}`);
    tallyField(t.source, gold.attributedTo, hit.attributedTo, contains);
    if (gold.attributedTo && !contains(gold.attributedTo, hit.attributedTo ?? ''))
      t.misses.push(`${g.slug}: source ${gold.attributedTo} ≠ ${hit.attributedTo}`);
  }
  for (const p of predicted) if (!used.has(p)) t.misses.push(`${g.slug}: extra ${p.kind} ${p.value} "${p.surface}"`);
  return t;
}

function tallyField(
  pair: [number, number],
  gold: string | undefined,
  got: string | undefined,
  same: (a: string, b: string) => boolean,
): void {
  if (gold === undefined) return;
  pair[1]++;
  if (got !== undefined && same(gold, got)) pair[0]++;
}

const describe = (f: GoldFigure): string => `${f.kind} ${f.value} "${f.surface}"`;

export const task: EvalTask = {
  name: 'figures',
  async run(): Promise<Score[]> {
    const golds = loadFactGold();
    const byLang = new Map<string, FigureTally[]>();
    for (const g of golds) {
      const tally = matchFigures(g, await predictFigures(g));
      byLang.set(g.language, [...(byLang.get(g.language) ?? []), tally]);
      if (process.env.MARSAD_EVAL_VERBOSE) for (const m of tally.misses) process.stderr.write(`${m}\n`);
    }
    const all = [...byLang.values()].flat();
    const scores: Score[] = [...prfScores('figures', all)];
    for (const [lang, tallies] of [...byLang].sort())
      scores.push(...prfScores(`figures.${lang}`, tallies).filter((s) => s.name.endsWith('f1')));
    const ratio = (name: string, pick: (t: FigureTally) => [number, number]): Score => {
      const [ok, n] = all.map(pick).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
      return { name, value: n ? ok / n : 1, support: n };
    };
    scores.push(ratio('figures.qualifier.accuracy', (t) => t.qualifier));
    scores.push(ratio('figures.group.accuracy', (t) => t.group));
    scores.push(ratio('figures.attribution.accuracy', (t) => t.source));
    return scores;
  },
};

function prfScores(prefix: string, tallies: FigureTally[]): Score[] {
  const tp = tallies.reduce((s, t) => s + t.tp, 0);
  const predicted = tallies.reduce((s, t) => s + t.predicted, 0);
  const gold = tallies.reduce((s, t) => s + t.gold, 0);
  const { precision, recall, f1 } = prf(tp, predicted, gold);
  return [
    { name: `${prefix}.precision`, value: precision, support: predicted },
    { name: `${prefix}.recall`, value: recall, support: gold },
    { name: `${prefix}.f1`, value: f1, support: gold },
  ];
}
