// The one API the CLI, the HTTP server and the watcher call.
import { type CollectOptions, collectInputs } from './ingest/collect.js';
import { type Context, newContext, type PipelineOptions, runPipeline } from './pipeline.js';
import type { RawInput, Report } from './types.js';

export const VERSION = '0.1.0';

export function toReport(ctx: Context): Report {
  return { generatedBy: `marsad ${VERSION}`, articles: ctx.articles, stories: ctx.stories, errors: ctx.errors };
}

/** Runs the whole pipeline on inputs that are already read. */
export async function analyzeInputs(inputs: RawInput[], options: PipelineOptions = {}): Promise<Report> {
  const ctx = await runPipeline(newContext(inputs, options));
  return toReport(ctx);
}

/** Reads files, folders and URLs, then runs the pipeline; unreadable inputs end up in `errors`. */
export async function analyzePaths(
  paths: string[],
  options: PipelineOptions = {},
  collect: CollectOptions = {},
): Promise<Report> {
  const { inputs, errors } = await collectInputs(paths, collect);
  const ctx = await runPipeline(newContext(inputs, options, errors));
  return toReport(ctx);
}
