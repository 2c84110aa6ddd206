import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import pc from 'picocolors';
import { analyzePaths } from '../../core.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderStaticHtml } from '../../report/static-html.js';
import { renderText } from '../../report/text.js';
import { progressReporter } from '../progress.js';

interface AnalyzeOptions {
  json?: boolean;
  md?: boolean;
  html?: string;
  db?: string;
  trace?: boolean;
  maxSize: string;
  fetchLinks: boolean;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('read reports (.txt .md .html .jsonl .json feeds, folders, URLs) and build their stories')
    .argument('<inputs...>', 'files, folders or URLs')
    .option('--json', 'print the JSON report on stdout')
    .option('--md', 'print the report as Markdown on stdout')
    .option('--html <file>', 'also write a self-contained HTML report')
    .option('--db <file>', 'store articles, stories and facts in this SQLite file')
    .option('--trace', 'print stage timings and traces on stderr')
    .option('--max-size <MB>', 'largest file read, in megabytes', '20')
    .option('--no-fetch-links', "use feed items' own text, never fetch their links")
    .action(async (inputs: string[], opts: AnalyzeOptions) => {
      const maxMb = Number(opts.maxSize);
      if (!(maxMb > 0)) throw new Error(`--max-size "${opts.maxSize}" is not a positive number of megabytes`);
      const report = await analyzePaths(
        inputs,
        { db: opts.db, trace: opts.trace, onProgress: progressReporter() },
        { maxBytes: maxMb * 1024 * 1024, fetchLinks: opts.fetchLinks },
      );
      for (const e of report.errors) process.stderr.write(`${pc.red('error')} ${e.source}: ${e.message}\n`);
      if (opts.html) writeFileSync(opts.html, renderStaticHtml(report));
      if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else if (opts.md) process.stdout.write(`${renderMarkdown(report)}\n`);
      else process.stdout.write(`${renderText(report)}\n`);
      if (opts.db) process.stderr.write(`stored in ${opts.db}\n`);
      // 1: some inputs failed (the rest was analysed); 2: nothing could be read.
      process.exitCode = report.errors.length ? (report.articles.length ? 1 : 2) : 0;
    });
}
