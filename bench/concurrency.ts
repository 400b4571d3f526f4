import { monitorEventLoopDelay } from 'node:perf_hooks';
import { type Child, cpuMs, memoryKb, probe, sleep, spawnServer, tempDataDir } from './child.js';
import { BenchError, RapportClient } from './rapportClient.js';
import { budgeted, envInt, info, type Measure, progress, quantile } from './stats.js';
import { UTTERANCES } from './utterances.js';

/**
 * The server's memory after a full collection, its RSS read from /proc once V8 has had a second
 * to hand freed pages back (read straight after the collection, RSS still holds them).
 */
async function settled(server: Child) {
  const report = await probe(server);
  await sleep(1000);
  const rssKb = memoryKb(server.pid).rss;
  return { ...report, rss: Number.isFinite(rssKb) ? rssKb * 1024 : report.rss };
}

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
 * error. The server's memory is taken before and after the sessions open, after a full garbage
 * collection (bench/lagProbe.ts, loaded into the child with --import): the budget is held to the
 * growth of the JS heap plus external memory; RSS from /proc is reported beside it, but on a
 * 150 MB process it moves by more than 500 sessions' worth as V8 returns pages.
 */
export function benchConcurrency(): Promise<Measure[]> {
  return manySessions('concurrency', {
    sessions: envInt('BENCH_SESSIONS', 500),
    seconds: envInt('BENCH_SECONDS', 30),
    intervalMs: envInt('BENCH_INTERVAL_MS', 2000),
    rampMs: envInt('BENCH_RAMP_MS', 5000),
  });
}

/**
 * Phase sessions-5000: a large class at a trainee's pace — 5,000 sessions on one server, each
 * saying a line every 10 s (500 turns a second in all) for BENCH_MANY_SECONDS (60 s), opened
 * over BENCH_MANY_RAMP_MS (30 s). Same measures and budgets as the concurrency phase.
 */
export function benchManySessions(): Promise<Measure[]> {
  return manySessions('sessions-5000', {
    sessions: envInt('BENCH_MANY_SESSIONS', 5000),
    seconds: envInt('BENCH_MANY_SECONDS', 60),
    intervalMs: envInt('BENCH_MANY_INTERVAL_MS', 10_000),
    rampMs: envInt('BENCH_MANY_RAMP_MS', 30_000),
  });
}

async function manySessions(
  phase: string,
  {
    sessions,
    seconds,
    intervalMs,
    rampMs,
  }: { sessions: number; seconds: number; intervalMs: number; rampMs: number },
): Promise<Measure[]> {
  const data = tempDataDir();
  const server = await spawnServer(
    'server/index.ts',
    { TYPING_DELAY: 'off', SERVE_PAGE: 'off', DATA_DIR: data.dir },
    { withProbe: true },
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
    const before = await settled(server);

    progress(`${phase}: opening ${sessions} sessions over ${rampMs} ms`);
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
    // After a full collection, so the growth is what the sessions hold, not garbage.
    const afterOpen = await settled(server);
    const perSession = (bytes: number) => bytes / 1024 / sessions;
    // What the sessions hold in the process: V8's heap and the Buffers and other memory outside it.
    const retained = (m: { heapUsed: number; external: number }) => m.heapUsed + m.external;

    progress(`${phase}: ${sessions} sessions, a line every ${intervalMs} ms for ${seconds} s`);
    const latencies: number[] = [];
    let restarts = 0;
    const slow: [number, number, number][] = [];
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const rounds = Math.floor((seconds * 1000) / intervalMs);
    const t0 = performance.now() + 100;
    const cpuBefore = cpuMs(server.pid);
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
    const cpuPerTurn = (cpuMs(server.pid) - cpuBefore) / Math.max(1, latencies.length + restarts);
    const peakKb = memoryKb(server.pid).hwm;
    const afterLoad = await settled(server);
    const lost = disconnects;
    for (const c of clients) c.close();
    if (process.env.BENCH_DEBUG) progress(`server log (last 3000 characters):\n${server.log().slice(-3000)}`);
    await server.stop();
    const loop = afterLoad.loop;
    const errorCount = errors.total + lost;
    const errorNote = errorCount === 0 ? undefined : `${errors}${lost ? `, disconnects: ${lost}` : ''}`;
    const note = `${latencies.length} turns, ${restarts} sessions restarted after a walk-out`;
    return [
      info(phase, 'turn p50', quantile(latencies, 0.5), 'ms', note),
      budgeted(phase, 'turn p99', quantile(latencies, 0.99), 'ms', 50, `${sessions} sessions`),
      info(phase, 'turn max', quantile(latencies, 1), 'ms'),
      info(phase, 'server event-loop delay p99', loop.p99, 'ms', `max ${loop.max} ms, during the load`),
      info(
        phase,
        'server GC pause max',
        afterLoad.gc.maxMs,
        'ms',
        `${afterLoad.gc.count} pauses, ${afterLoad.gc.totalMs} ms in all, during the load`,
      ),
      // The trainees are simulated in the bench's own process: when it falls behind, so do the turns.
      info(
        phase,
        'load generator event-loop delay p99',
        lag.percentile(99) / 1e6,
        'ms',
        `max ${Math.round(lag.max / 1e6)} ms`,
      ),
      info(phase, 'server CPU per turn', cpuPerTurn, 'ms', 'user + system, from /proc'),
      budgeted(phase, 'errors', errorCount, '', 0, errorNote),
      info(phase, 'server RSS before sessions', before.rss / 2 ** 20, 'MB', 'after a full GC'),
      info(phase, 'server RSS after opening', afterOpen.rss / 2 ** 20, 'MB'),
      info(
        phase,
        'server RSS after load',
        afterLoad.rss / 2 ** 20,
        'MB',
        `peak ${Math.round(peakKb / 1024)} MB`,
      ),
      budgeted(
        phase,
        'memory per session',
        perSession(retained(afterOpen) - retained(before)),
        'kB',
        100,
        'JS heap + external growth after a full GC ÷ sessions',
      ),
      info(
        phase,
        'RSS growth per session',
        perSession(afterOpen.rss - before.rss),
        'kB',
        'noisy: V8 and the allocator hand pages back lazily',
      ),
      info(
        phase,
        'memory per session after load',
        perSession(retained(afterLoad) - retained(before)),
        'kB',
        'heap + external, after a full GC',
      ),
    ];
  } finally {
    for (const c of clients) c.close();
    await server.stop();
    data.remove();
  }
}
