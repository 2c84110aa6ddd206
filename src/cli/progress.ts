import cliProgress from 'cli-progress';

/** A progress bar on stderr for long runs; silent when stderr is not a terminal (CI logs stay clean). */
export function progressReporter(minItems = 20): (stage: string, done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  let bar: cliProgress.SingleBar | undefined;
  let current = '';
  return (stage, done, total) => {
    if (total < minItems) return;
    if (stage !== current) {
      bar?.stop();
      current = stage;
      bar = new cliProgress.SingleBar(
        { format: `${stage.padEnd(10)} {bar} {value}/{total} {eta_formatted}`, stream: process.stderr, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
    }
    bar?.update(done);
    if (done >= total) {
      bar?.stop();
      current = '';
    }
  };
}
