import type { Command } from 'commander';
import pc from 'picocolors';
import { analyzeInputs } from '../../core.js';
import { watchFeeds } from '../../ingest/watch.js';

interface WatchCommandOptions {
  interval: string;
  db?: string;
  once?: boolean;
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom/JSON feeds and analyse new items as they appear')
    .argument('<feeds...>', 'feed URLs')
    .option('--interval <seconds>', 'seconds between polls of one feed', '300')
    .option('--db <file>', 'store results in this SQLite file (seen items are kept in <file>.watch.json)')
    .option('--once', 'poll each feed once and exit')
    .action(async (feeds: string[], opts: WatchCommandOptions) => {
      const interval = Number(opts.interval);
      if (!Number.isFinite(interval) || interval <= 0) throw new Error(`--interval must be a positive number of seconds`);
      const controller = new AbortController();
      process.once('SIGINT', () => controller.abort());
      await watchFeeds(feeds, {
        intervalSeconds: interval,
        once: opts.once,
        statePath: opts.db ? `${opts.db}.watch.json` : undefined,
        signal: controller.signal,
        onItems: async (inputs) => {
          const report = await analyzeInputs(inputs, { db: opts.db });
          process.stdout.write(
            `${inputs.length} new item(s): ${report.articles.length} read, ${report.stories.length} stories\n`,
          );
        },
        onError: (e) => process.stderr.write(`${pc.red('error')} ${e.source}: ${e.message}\n`),
        log: (m) => process.stderr.write(`${m}\n`),
      });
    });
}
