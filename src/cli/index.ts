#!/usr/bin/env node
import { Command } from 'commander';
import { VERSION } from '../core.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerDemo } from './commands/demo.js';
import { registerParse } from './commands/parse.js';
import { registerServe } from './commands/serve.js';
import { registerWatch } from './commands/watch.js';

const program = new Command()
  .name('marsad')
  .description('News event desk: turns many reports about one event into a sourced, checkable story.')
  .version(VERSION);

registerAnalyze(program);
registerParse(program);
registerServe(program);
registerDemo(program);
registerWatch(program);

program.parseAsync().catch((err: unknown) => {
  process.stderr.write(`marsad: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});
