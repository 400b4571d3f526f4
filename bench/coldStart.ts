import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { ensurePage } from './page.js';
import { freePort, ROOT, sleep, tempDataDir } from './child.js';
import { budgeted, envInt, info, type Measure, median, progress } from './stats.js';

/**
 * Spawns `node --import tsx server/index.ts` on a known port and times from the spawn to the
 * first 200 from GET /healthz (polled every 5 ms), then stops it.
 */
async function timeToHealthy(env: Record<string, string>, timeoutMs = 20_000): Promise<number> {
  const port = await freePort();
  const data = tempDataDir();
  const t = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: data.dir,
      TYPING_DELAY: 'off',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-5000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    while (performance.now() - t < timeoutMs) {
      if (child.exitCode !== null)
        throw new Error(`server exited (${child.exitCode}) before healthy:\n${stderr}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.status === 200) return performance.now() - t;
      } catch {
        // Not listening yet.
      }
      await sleep(5);
    }
    throw new Error(`server not healthy within ${timeoutMs} ms:\n${stderr}`);
  } finally {
    child.kill('SIGTERM');
    await exited;
    data.remove();
  }
}

/**
 * Phase 4, cold start to healthy: the median of BENCH_COLD_RUNS starts (after one untimed start
 * that fills tsx's transform cache, as any second `npm start` finds it), API only
 * (SERVE_PAGE=off) and with the built page served.
 */
export async function benchColdStart(): Promise<Measure[]> {
  const runs = envInt('BENCH_COLD_RUNS', 5);
  progress(`cold start: ${runs} runs each, API only and with the page`);
  const first = await timeToHealthy({ SERVE_PAGE: 'off' });
  const apiOnly: number[] = [];
  for (let i = 0; i < runs; i++) apiOnly.push(await timeToHealthy({ SERVE_PAGE: 'off' }));
  await ensurePage();
  const withPage: number[] = [];
  for (let i = 0; i < runs; i++) withPage.push(await timeToHealthy({ SERVE_PAGE: 'on' }));
  const spread = (xs: number[]) =>
    `${runs} runs, ${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))} ms`;
  return [
    info('cold start', 'first start, API only', first, 'ms', 'untimed warm-up: fills tsx’s transform cache'),
    budgeted('cold start', 'to healthy, API only (median)', median(apiOnly), 'ms', 1500, spread(apiOnly)),
    budgeted('cold start', 'to healthy, with page (median)', median(withPage), 'ms', 1500, spread(withPage)),
  ];
}
