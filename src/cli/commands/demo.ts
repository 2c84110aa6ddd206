import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { analyzePaths } from '../../core.js';
import { startServer } from '../../http/serve.js';
import { renderText } from '../../report/text.js';
import { openSqliteStore } from '../../store/open.js';

const demoDir = (): string => {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'demo', 'reports')) && existsSync(join(dir, 'package.json'))) return join(dir, 'demo', 'reports');
  }
  throw new Error('the demo corpus (demo/) was not found next to this installation');
};

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('analyse the bundled demo corpus into an embedded database and serve it')
    .option('--db <file>', 'SQLite file', '.marsad/demo.db')
    .option('--port <n>', 'port (0 picks a free one)', '4321')
    .option('--no-serve', 'analyse and print only')
    .action(async (opts: { db: string; port: string; serve: boolean }) => {
      const report = await analyzePaths([demoDir()], { db: opts.db });
      process.stdout.write(`${renderText(report)}\n\n`);
      if (!opts.serve) return;
      const { url } = await startServer(await openSqliteStore(opts.db), { port: Number(opts.port) });
      process.stdout.write(`Marsad desk: ${url}  (Ctrl+C to stop)\n`);
    });
}
