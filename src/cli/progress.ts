import cliProgress from 'cli-progress';

/**
 * Progress of a long command on stderr: a bar on a terminal, one line per step otherwise (CI logs,
 * pipes), so stdout stays free for the command's output.
 */
export function progress(total: number) {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: '{bar} {value}/{total} {step}',
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { step: '' });
    let stopped = false;
    return {
      step: (label: string) => bar.increment(1, { step: label }),
      done: () => {
        if (!stopped) bar.stop();
        stopped = true;
      },
    };
  }
  let count = 0;
  return {
    step: (label: string) => {
      count += 1;
      process.stderr.write(`[${count}/${total}] ${label}\n`);
    },
    done: () => {},
  };
}
