/**
 * Loaded into a server under test with `--import` (never by the server itself, and only by the
 * bench). On SIGUSR2 it writes one line to stderr, which bench/child.ts reads: the event-loop
 * delay since the previous signal (how the bench tells stalls inside the server from stalls in
 * the load generator), then the process's memory after a full garbage collection (the bench
 * starts the child with --expose-gc); then it starts a new window.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let seq = 0;
process.on('SIGUSR2', () => {
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  const loop = { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) };
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, external } = process.memoryUsage();
  process.stderr.write(`BENCH_PROBE ${JSON.stringify({ seq: ++seq, loop, rss, heapUsed, external })}\n`);
  // The collection above is not counted in the next window.
  setImmediate(() => delay.reset());
});
