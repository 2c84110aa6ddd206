// Quotes against eval/gold/facts: a prediction counts when its span overlaps the gold text; speakers are scored on the matches.
import { newContext, runPipeline, stages } from '../../src/pipeline.js';
import { normaliseString } from '../../src/text/normalise.js';
import type { EntityType, Quote } from '../../src/types.js';
import { type FactGold, type GoldQuote, loadFactGold } from '../gold-facts.js';
import { type EvalTask, prf, type Score } from '../types.js';

const withoutStore = stages.filter((s) => s.name !== 'store');
/** The gold speaker for someone the report does not name. */
const UNNAMED = 'unnamed';

/** Quotes of one gold report, with each speaker entity's type (after the story stage links speakers). */
export async function predictQuotes(g: FactGold): Promise<{ quotes: Quote[]; entityTypes: Map<string, EntityType> }> {
  const input = { id: g.slug, source: g.source, text: g.text, published: g.published };
  const ctx = await runPipeline(newContext([input]), withoutStore);
  const entityTypes = new Map(ctx.stories.flatMap((s) => s.entities).map((e) => [e.id, e.type] as const));
  return { quotes: ctx.quotes, entityTypes };
}

const canon = (s: string): string =>
  normaliseString(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Normalised containment either way; an unnamed gold speaker matches a speaker that is no named person or organisation. */
export function speakerMatches(gold: string, q: Quote, entityTypes: Map<string, EntityType> = new Map()): boolean {
  if (gold === UNNAMED) return !q.speakerEntityId || entityTypes.get(q.speakerEntityId) === 'group';
  const a = canon(gold);
  const b = canon(q.speaker ?? '');
  return !!a && !!b && (a.includes(b) || b.includes(a));
}

export interface QuoteTally {
  tp: number;
  predicted: number;
  gold: number;
  speakerOk: number;
  kindOk: number;
  misses: string[];
}

export function matchQuotes(g: FactGold, predicted: Quote[], entityTypes: Map<string, EntityType> = new Map()): QuoteTally {
  const t: QuoteTally = { tp: 0, predicted: predicted.length, gold: g.quotes.length, speakerOk: 0, kindOk: 0, misses: [] };
  const used = new Set<Quote>();
  for (const gold of g.quotes) {
    const start = g.text.indexOf(gold.text);
    const end = start + gold.text.length;
    const overlapping = predicted.filter((p) => !used.has(p) && start >= 0 && p.start < end && start < p.end);
    const hit = overlapping.find((p) => speakerMatches(gold.speaker, p, entityTypes)) ?? overlapping[0];
    if (!hit) {
      t.misses.push(`${g.slug}: missed ${describe(gold)}`);
      continue;
    }
    used.add(hit);
    t.tp++;
    if (speakerMatches(gold.speaker, hit, entityTypes)) t.speakerOk++;
    else t.misses.push(`${g.slug}: speaker "${hit.speaker ?? '-'}" for ${describe(gold)}`);
    if (hit.kind === gold.kind) t.kindOk++;
  }
  for (const p of predicted)
    if (!used.has(p)) t.misses.push(`${g.slug}: extra ${p.kind} [${p.speaker ?? '-'}] "${p.text.slice(0, 60)}"`);
  return t;
}

const describe = (q: GoldQuote): string => `${q.kind} [${q.speaker}] "${q.text.slice(0, 60)}"`;

export const task: EvalTask = {
  name: 'quotes',
  async run(): Promise<Score[]> {
    const tallies: QuoteTally[] = [];
    for (const g of loadFactGold()) {
      if (!g.quotes.length) continue;
      const { quotes, entityTypes } = await predictQuotes(g);
      const tally = matchQuotes(g, quotes, entityTypes);
      tallies.push(tally);
      if (process.env.MARSAD_EVAL_VERBOSE) for (const m of tally.misses) process.stderr.write(`${m}\n`);
    }
    const sum = (pick: (t: QuoteTally) => number) => tallies.reduce((s, t) => s + pick(t), 0);
    const tp = sum((t) => t.tp);
    const predicted = sum((t) => t.predicted);
    const gold = sum((t) => t.gold);
    const { precision, recall, f1 } = prf(tp, predicted, gold);
    const attributed = prf(
      sum((t) => t.speakerOk),
      predicted,
      gold,
    );
    return [
      { name: 'quotes.precision', value: precision, support: predicted },
      { name: 'quotes.recall', value: recall, support: gold },
      { name: 'quotes.f1', value: f1, support: gold },
      { name: 'quotes.speaker.accuracy', value: tp ? sum((t) => t.speakerOk) / tp : 1, support: tp },
      { name: 'quotes.kind.accuracy', value: tp ? sum((t) => t.kindOk) / tp : 1, support: tp },
      { name: 'quotes.attributed.f1', value: attributed.f1, support: gold },
    ];
  },
};
