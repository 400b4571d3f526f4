import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** A server under test in its own Node process, so its memory is its own and can be read. */
export interface Child {
  url: string;
  pid: number;
  process: ChildProcess;
  /** What the process wrote to stderr so far (its log), for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/** What the probe (bench/lagProbe.ts) reports: memory in bytes after a full collection, and
 * the event-loop delay in ms since the previous report. */
export interface ProbeReport {
  rss: number;
  heapUsed: number;
  external: number;
  loop: { p50: number; p99: number; max: number };
  /** Garbage-collection pauses in the window. */
  gc: { count: number; totalMs: number; maxMs: number };
}

const probeSeq = new WeakMap<Child, number>();

/** Asks the probe in a server started with `withProbe: true` for a report (SIGUSR2) and waits for it. */
export async function probe(child: Child, timeoutMs = 5000): Promise<ProbeReport> {
  const seq = (probeSeq.get(child) ?? 0) + 1;
  probeSeq.set(child, seq);
  child.process.kill('SIGUSR2');
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    for (const m of child.log().matchAll(/BENCH_PROBE (\{.*\})/g)) {
      const report = JSON.parse(m[1]!) as ProbeReport & { seq: number };
      if (report.seq === seq) return report;
    }
    await sleep(20);
  }
  throw new Error('the server did not answer the probe (was it started withProbe?)');
}

/**
 * Spawns `node --import tsx <script>` (tsx as a loader, so the pid is the server itself) and
 * resolves once it prints "… running at http://…/" on stdout.
 */
export function spawnServer(
  script: string,
  env: Record<string, string>,
  { withProbe = false, timeoutMs = 30_000 }: { withProbe?: boolean; timeoutMs?: number } = {},
): Promise<Child> {
  // BENCH_PROFILE_DIR: write a V8 CPU profile of each server under test there (open in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE_DIR)}`]
    : [];
  const probeArgs = withProbe ? ['--expose-gc', '--import', './bench/lagProbe.ts'] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', ...probeArgs, script], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-20_000);
  });
  // 'close' rather than 'exit': the last of stderr has been read by then.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within ${timeoutMs} ms:\n${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before listening:\n${stderr}`));
    });
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = /running at (http:\/\/\S+?)\/?\n/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        pid: child.pid!,
        process: child,
        log: () => stderr,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(killer);
        },
      });
    });
  });
}

/** Resident and peak memory of a process in kB, from /proc (Linux); NaN elsewhere. */
export function memoryKb(pid: number): { rss: number; hwm: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return { rss: Number.NaN, hwm: Number.NaN };
  }
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); NaN elsewhere. */
export function cpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state; utime, stime are 12th, 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}
/** Linux's USER_HZ: /proc reports CPU time in these ticks. */
const CLOCK_TICKS = 100;

/** A fresh, empty data folder for one run; removed by the returned function. */
export function tempDataDir(): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-'));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A port free on 127.0.0.1 right now (for runs that must know the port before the server says it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
