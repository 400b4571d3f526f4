import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cpuMs, loopDelayFrom, memoryKb, sleep, spawnServer, tempDataDir } from './child.js';
import { BenchError, RapportClient } from './rapportClient.js';
import { budgeted, envInt, info, type Measure, progress, quantile } from './stats.js';
import { UTTERANCES } from './utterances.js';

/** Counts failures by code, so the table can say what went wrong and not only how often. */
class Errors {
  readonly byCode = new Map<string, number>();
  add(err: unknown) {
    const code = err instanceof BenchError ? err.code : err instanceof Error ? err.message : String(err);
    this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
  }
  get total() {
    let n = 0;
    for (const v of this.byCode.values()) n += v;
    return n;
  }
  toString() {
    return [...this.byCode].map(([code, n]) => `${code}: ${n}`).join(', ');
  }
}

/**
 * Phase 3, many trainees at once: N sessions (BENCH_SESSIONS, default 500) are opened, staggered
 * over BENCH_RAMP_MS, against one Rapport child process (TYPING_DELAY=off, fresh SQLite file,
 * default rate limit). Then each says a line every BENCH_INTERVAL_MS (2 s) for BENCH_SECONDS
 * (30 s), the sessions spread evenly over the interval. A session the client walks out of is
 * replaced by a new one on the same connection (what a trainee would do), not counted as an
 * error. The server's resident memory is read from /proc before and after the sessions open.
 */
export async function benchConcurrency(): Promise<Measure[]> {
  const sessions = envInt('BENCH_SESSIONS', 500);
  const seconds = envInt('BENCH_SECONDS', 30);
  const intervalMs = envInt('BENCH_INTERVAL_MS', 2000);
  const rampMs = envInt('BENCH_RAMP_MS', 5000);
  const data = tempDataDir();
  const server = await spawnServer(
    'server/index.ts',
    { TYPING_DELAY: 'off', SERVE_PAGE: 'off', DATA_DIR: data.dir },
    { probe: true },
  );
  const clients: RapportClient[] = [];
  const errors = new Errors();
  let disconnects = 0;
  try {
    const personas = (await (await fetch(`${server.url}/api/personas`)).json()) as { id: string }[];
    const personaId = personas.find((p) => p.id === 'maya')?.id ?? personas[0]?.id;
    if (!personaId) throw new Error('Rapport lists no personas');

    // Warm up once (lazy compilation, the first SQLite pages), so the baseline is a running server.
    const warm = await RapportClient.open(server.url);
    await warm.start(personaId, 1);
    for (const line of UTTERANCES.slice(0, 5)) await warm.say(line);
    warm.close();
    await sleep(500);
    const before = memoryKb(server.pid);

    progress(`concurrency: opening ${sessions} sessions over ${rampMs} ms`);
    let seed = 10_000;
    const opened = await Promise.all(
      Array.from({ length: sessions }, async (_, i) => {
        await sleep((i * rampMs) / sessions);
        try {
          const c = await RapportClient.open(server.url);
          c.socket.on('disconnect', (reason) => {
            if (reason !== 'io client disconnect') disconnects++;
          });
          clients.push(c);
          await c.start(personaId, seed++);
          return c;
        } catch (err) {
          errors.add(err);
          return undefined;
        }
      }),
    );
    await sleep(1000);
    const afterOpen = memoryKb(server.pid);
    const perSessionKb = (afterOpen.rss - before.rss) / sessions;

    progress(`concurrency: ${sessions} sessions, a line every ${intervalMs} ms for ${seconds} s`);
    const latencies: number[] = [];
    let restarts = 0;
    const slow: [number, number, number][] = [];
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const rounds = Math.floor((seconds * 1000) / intervalMs);
    const t0 = performance.now() + 100;
    const cpuBefore = cpuMs(server.pid);
    server.process.kill('SIGUSR2'); // the probe starts its window here
    await Promise.all(
      opened.map(async (c, i) => {
        if (!c) return;
        let line = i;
        for (let k = 0; k < rounds; k++) {
          const due = t0 + (i / sessions) * intervalMs + k * intervalMs;
          const wait = due - performance.now();
          if (wait > 0) await sleep(wait);
          try {
            if (c.ended) {
              await c.start(personaId, seed++);
              restarts++;
            } else {
              const sentAt = performance.now() - t0;
              const ms = (await c.say(UTTERANCES[line++ % UTTERANCES.length]!)).ms;
              latencies.push(ms);
              if (process.env.BENCH_DEBUG && ms > 50) slow.push([Math.round(sentAt), Math.round(ms), i]);
            }
          } catch (err) {
            errors.add(err);
          }
        }
      }),
    );
    lag.disable();
    if (process.env.BENCH_DEBUG) {
      const bySecond = new Map<number, number[]>();
      for (const [at, ms] of slow) {
        const b = Math.floor(at / 1000);
        bySecond.set(b, [...(bySecond.get(b) ?? []), ms]);
      }
      for (const [b, list] of bySecond)
        progress(`  second ${b}: ${list.length} slow, worst ${Math.max(...list)} ms`);
      progress(`load generator event-loop delay p99 ${lag.percentile(99) / 1e6} ms, max ${lag.max / 1e6} ms`);
    }
    const afterLoad = memoryKb(server.pid);
    const cpuPerTurn = (cpuMs(server.pid) - cpuBefore) / Math.max(1, latencies.length + restarts);
    const lost = disconnects;
    for (const c of clients) c.close();
    await server.stop();
    const loop = loopDelayFrom(server.log());
    const errorCount = errors.total + lost;
    const errorNote = errorCount === 0 ? undefined : `${errors}${lost ? `, disconnects: ${lost}` : ''}`;
    const note = `${latencies.length} turns, ${restarts} sessions restarted after a walk-out`;
    return [
      info('concurrency', 'turn p50', quantile(latencies, 0.5), 'ms', note),
      budgeted('concurrency', 'turn p99', quantile(latencies, 0.99), 'ms', 50, `${sessions} sessions`),
      info('concurrency', 'turn max', quantile(latencies, 1), 'ms'),
      info(
        'concurrency',
        'server event-loop delay p99',
        loop?.p99 ?? Number.NaN,
        'ms',
        `max ${loop?.max ?? '?'} ms`,
      ),
      info('concurrency', 'server CPU per turn', cpuPerTurn, 'ms', 'user + system, from /proc'),
      budgeted('concurrency', 'errors', errorCount, '', 0, errorNote),
      info('concurrency', 'server RSS before sessions', before.rss / 1024, 'MB'),
      info('concurrency', 'server RSS after opening', afterOpen.rss / 1024, 'MB'),
      info(
        'concurrency',
        'server RSS after load',
        afterLoad.rss / 1024,
        'MB',
        `peak ${Math.round(afterLoad.hwm / 1024)} MB`,
      ),
      budgeted(
        'concurrency',
        'memory per session',
        perSessionKb,
        'kB',
        100,
        'RSS growth on opening ÷ sessions',
      ),
      info('concurrency', 'memory per session after load', (afterLoad.rss - before.rss) / sessions, 'kB'),
    ];
  } finally {
    for (const c of clients) c.close();
    await server.stop();
    data.remove();
  }
}
