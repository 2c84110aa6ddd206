// Events against eval/gold/facts: a prediction counts when its trigger overlaps the gold trigger and the types agree.
import { newContext, runPipeline, stages } from '../../src/pipeline.js';
import type { EventMention } from '../../src/types.js';
import { type FactGold, type GoldEvent, loadFactGold } from '../gold-facts.js';
import { type EvalTask, prf, type Score } from '../types.js';

const withoutStore = stages.filter((s) => s.name !== 'store');

export async function predictEvents(g: FactGold): Promise<EventMention[]> {
  const input = { id: g.slug, source: g.source, text: g.text, published: g.published };
  const ctx = await runPipeline(newContext([input]), withoutStore);
  return ctx.events;
}

export interface EventTally {
  tp: number;
  predicted: number;
  gold: number;
  /** Matched events whose gold has a date, and how many of those dates agree. */
  dated: number;
  dateOk: number;
  misses: string[];
}

export function matchEvents(g: FactGold, predicted: EventMention[]): EventTally {
  const t: EventTally = { tp: 0, predicted: predicted.length, gold: g.events.length, dated: 0, dateOk: 0, misses: [] };
  const used = new Set<EventMention>();
  for (const gold of g.events) {
    const start = g.text.indexOf(gold.trigger);
    const end = start + gold.trigger.length;
    const hit = predicted.find((p) => !used.has(p) && start >= 0 && p.start < end && start < p.end && p.type === gold.type);
    if (!hit) {
      t.misses.push(`${g.slug}: missed ${describe(gold)}`);
      continue;
    }
    used.add(hit);
    t.tp++;
    if (!gold.date) continue;
    t.dated++;
    if (hit.date === gold.date) t.dateOk++;
    else t.misses.push(`${g.slug}: date ${hit.date ?? '-'} for ${describe(gold)}`);
  }
  for (const p of predicted) if (!used.has(p)) t.misses.push(`${g.slug}: extra ${p.type} "${p.trigger}" ${p.date ?? ''}`);
  return t;
}

const describe = (e: GoldEvent): string => `${e.type} ${e.date ?? ''} "${e.trigger}"`;

export const task: EvalTask = {
  name: 'events',
  async run(): Promise<Score[]> {
    const tallies: EventTally[] = [];
    for (const g of loadFactGold()) {
      if (!g.events.length) continue;
      const tally = matchEvents(g, await predictEvents(g));
      tallies.push(tally);
      if (process.env.MARSAD_EVAL_VERBOSE) for (const m of tally.misses) process.stderr.write(`${m}\n`);
    }
    const sum = (pick: (t: EventTally) => number) => tallies.reduce((s, t) => s + pick(t), 0);
    const { precision, recall, f1 } = prf(
      sum((t) => t.tp),
      sum((t) => t.predicted),
      sum((t) => t.gold),
    );
    const dated = sum((t) => t.dated);
    return [
      { name: 'events.precision', value: precision, support: sum((t) => t.predicted) },
      { name: 'events.recall', value: recall, support: sum((t) => t.gold) },
      { name: 'events.f1', value: f1, support: sum((t) => t.gold) },
      { name: 'events.date.accuracy', value: dated ? sum((t) => t.dateOk) / dated : 1, support: dated },
    ];
  },
};
