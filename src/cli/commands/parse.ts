import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { ALL_DIMS, parse } from '../../dims/index.js';

interface ParseOptions {
  lang?: string;
  ref?: string;
  dims?: string;
}

function parseRef(ref: string | undefined): Date {
  if (!ref) return new Date();
  const d = new Date(ref);
  if (Number.isNaN(d.getTime())) throw new Error(`--ref "${ref}" is not an ISO datetime (e.g. 2022-01-10T12:00:00)`);
  return d;
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('find numbers, ordinals, quantities, money, percentages and times in a phrase, like Duckling')
    .argument('<text>', 'the phrase, or - to read one phrase per line from stdin')
    .option('--lang <code>', 'ar or en (detected when omitted)')
    .option('--ref <iso>', 'reference datetime for relative expressions (default: now)')
    .option('--dims <list>', `comma-separated dimensions: ${ALL_DIMS.join(',')}`)
    .action(async (text: string, opts: ParseOptions) => {
      const ref = parseRef(opts.ref);
      const dims = opts.dims ? opts.dims.split(',').map((d) => d.trim()) : undefined;
      const unknown = dims?.filter((d) => !ALL_DIMS.includes(d));
      if (unknown?.length) throw new Error(`unknown dimension ${unknown.join(', ')}; known: ${ALL_DIMS.join(', ')}`);
      const answer = (line: string) =>
        `${JSON.stringify({ text: line, results: parse(line, { lang: opts.lang, ref, dims }) })}\n`;
      if (text !== '-') {
        process.stdout.write(answer(text));
        return;
      }
      for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
        if (line.trim()) process.stdout.write(answer(line));
      }
    });
}
