/**
 * Loaded into a server under test with `--import` (never by the server itself, and only by the
 * bench). On SIGUSR2 it writes one line to stderr, which bench/child.ts reads: the event-loop
 * delay since the previous signal (how the bench tells stalls inside the server from stalls in
 * the load generator), then the process's memory after a full garbage collection (the bench
 * starts the child with --expose-gc); then it starts a new window.
 */
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let seq = 0;
/** Garbage-collection pauses in the window: how many, their total and the longest, in ms. */
let gc = { count: 0, totalMs: 0, maxMs: 0 };
let collecting = false;
new PerformanceObserver((list) => {
  if (collecting) return;
  for (const e of list.getEntries()) {
    // The probe's own full collection (below) is forced, and its entry can arrive after the
    // window has been reset: it is not a pause the server took under load, so it is not counted.
    const flags = (e as { detail?: { flags?: number } }).detail?.flags ?? 0;
    if (flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) continue;
    gc.count++;
    gc.totalMs += e.duration;
    gc.maxMs = Math.max(gc.maxMs, e.duration);
  }
}).observe({ entryTypes: ['gc'] });
process.on('SIGUSR2', () => {
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  const loop = { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) };
  const pauses = { count: gc.count, totalMs: Math.round(gc.totalMs), maxMs: Math.round(gc.maxMs) };
  collecting = true;
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, external } = process.memoryUsage();
  process.stderr.write(
    `BENCH_PROBE ${JSON.stringify({ seq: ++seq, loop, gc: pauses, rss, heapUsed, external })}\n`,
  );
  gc = { count: 0, totalMs: 0, maxMs: 0 };
  // The collection above is not counted in the next window.
  setImmediate(() => {
    delay.reset();
    collecting = false;
  });
});
