import { readInput } from '../ingest/read-input.js';
import type { Stage } from '../pipeline.js';

/** Raw inputs (files, rows, feed items) become articles with their original text. */
export const ingestStage: Stage = {
  name: 'ingest',
  reads: ['inputs'],
  writes: ['articles', 'errors'],
  run(ctx) {
    ctx.inputs.forEach((input, i) => {
      const result = readInput(input);
      if ('message' in result) ctx.errors.push(result);
      else ctx.articles.push(result);
      ctx.options.onProgress?.('ingest', i + 1, ctx.inputs.length);
    });
  },
};
