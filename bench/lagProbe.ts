/**
 * Loaded into a server under test with `--import` (never by the server itself): watches the
 * process's event loop and, as it exits, writes one line to stderr that bench/child.ts reads.
 * This is how the bench tells stalls inside the server from stalls in the load generator.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
/** Marks the start of the window to report (sent by the bench as SIGUSR2). */
process.on('SIGUSR2', () => delay.reset());
process.on('exit', () => {
  delay.disable();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  process.stderr.write(
    `BENCH_PROBE ${JSON.stringify({ p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) })}\n`,
  );
});
