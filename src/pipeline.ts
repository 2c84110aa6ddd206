// The whole contract: a context that stages fill in, and one ordered list of stages.
import type { Doc } from './doc.js';
import { cleanStage } from './stages/clean.js';
import { clusterStage } from './stages/cluster.js';
import { datesStage } from './stages/dates.js';
import { dedupeStage } from './stages/dedupe.js';
import { entitiesStage } from './stages/entities.js';
import { eventsStage } from './stages/events.js';
import { figuresStage } from './stages/figures.js';
import { ingestStage } from './stages/ingest.js';
import { normaliseStage } from './stages/normalise.js';
import { quotesStage } from './stages/quotes.js';
import { reconcileStage } from './stages/reconcile.js';
import { storeStage } from './stages/store.js';
import { timesStage } from './stages/times.js';
import type {
  Article,
  CopyLink,
  EventMention,
  Figure,
  InputError,
  Mention,
  Quote,
  RawInput,
  Story,
  TimeMention,
} from './types.js';

export interface PipelineOptions {
  /** SQLite file to store the result in; nothing is stored without it. */
  db?: string;
  /** Print stage traces to stderr. */
  trace?: boolean;
  /** Called as work advances, for progress bars. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface Context {
  options: PipelineOptions;
  inputs: RawInput[];
  errors: InputError[];
  articles: Article[];
  docs: Doc[];
  copies: CopyLink[];
  clusters: string[][];
  times: Map<string, TimeMention[]>;
  mentions: Map<string, Mention[]>;
  figures: Figure[];
  quotes: Quote[];
  events: EventMention[];
  stories: Story[];
  stored: boolean;
}

export type Key = Exclude<keyof Context, 'options'>;

export interface Stage {
  name: string;
  reads: readonly Key[];
  writes: readonly Key[];
  run(ctx: Context): void | Promise<void>;
}

/** ingest → clean → normalise → dedupe → entities → cluster → dates → times, figures, quotes, events → reconcile → store */
export const stages: readonly Stage[] = [
  ingestStage,
  cleanStage,
  normaliseStage,
  dedupeStage,
  entitiesStage,
  clusterStage,
  datesStage,
  timesStage,
  figuresStage,
  quotesStage,
  eventsStage,
  reconcileStage,
  storeStage,
];

/** Every key a stage reads must be written by an earlier stage (or be an input). */
export function checkPipeline(list: readonly Stage[], given: readonly Key[] = ['inputs', 'errors']): void {
  const written = new Set<Key>(given);
  for (const stage of list) {
    const missing = stage.reads.filter((k) => !written.has(k));
    if (missing.length) throw new Error(`stage "${stage.name}" reads ${missing.join(', ')} before any stage writes it`);
    for (const k of stage.writes) written.add(k);
  }
}

export function newContext(inputs: RawInput[], options: PipelineOptions = {}, errors: InputError[] = []): Context {
  return {
    options,
    inputs,
    errors,
    articles: [],
    docs: [],
    copies: [],
    clusters: [],
    times: new Map(),
    mentions: new Map(),
    figures: [],
    quotes: [],
    events: [],
    stories: [],
    stored: false,
  };
}

/** Run the stages in order; `list` lets tests run a prefix of the pipeline. */
export async function runPipeline(ctx: Context, list: readonly Stage[] = stages): Promise<Context> {
  checkPipeline(list);
  for (const stage of list) {
    const t0 = performance.now();
    await stage.run(ctx);
    trace(ctx, () => `${stage.name}: ${(performance.now() - t0).toFixed(1)} ms`);
  }
  return ctx;
}

/** Lazy trace: the message is built only when tracing is on. */
export function trace(ctx: Context, message: () => string): void {
  if (ctx.options.trace) process.stderr.write(`[trace] ${message()}\n`);
}
