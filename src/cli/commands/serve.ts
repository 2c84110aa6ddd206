import type { Command } from 'commander';
import { startServer } from '../../http/serve.js';
import { openSqliteStore } from '../../store/open.js';

export const DEFAULT_DB = '.marsad/marsad.db';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the stored stories as web pages and JSON')
    .option('--db <file>', 'SQLite file written by analyze', DEFAULT_DB)
    .option('--port <n>', 'port (0 picks a free one)', '4321')
    .option('--host <host>', 'address to bind; anything but loopback exposes untrusted article text to your network', '127.0.0.1')
    .action(async (opts: { db: string; port: string; host: string }) => {
      const store = await openSqliteStore(opts.db);
      const { url } = await startServer(store, { host: opts.host, port: Number(opts.port) });
      process.stdout.write(`Marsad is serving ${opts.db} at ${url}\n`);
    });
}
