import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

// Chromium and a real Rapport server as child processes; no vitest here, so scripts can use it too.
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Debian's Chromium, or the one named by CHROMIUM_PATH. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  throw new Error(
    'No Chromium found for the browser tests: install one with: apt-get update && apt-get install -y chromium, or set CHROMIUM_PATH',
  );
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface ServerOptions {
  /** Reuse a data folder (to restart a server over the same sessions); a fresh one by default. */
  dataDir?: string;
  /** Listen on this port (a restart keeps the page's origin); 0 picks a free one. */
  port?: number;
  /** Turn the simulated typing pause on; off by default so tests run fast. */
  typingDelay?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  /** The server's log (stderr), for failure messages. */
  log(): string;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s). Does not remove the data folder. */
  stop(): Promise<void>;
}

/**
 * Starts a real Rapport server (`server/index.ts` under tsx, as `npm start` does) and waits for
 * the address it prints. The server builds the page first when dist/client is missing or stale.
 * tsx is loaded with --import so the signal that stops it reaches the server, not a wrapper.
 */
export function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-browser-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(opts.port ?? 0),
      HOST: '127.0.0.1',
      TYPING_DELAY: opts.typingDelay ? 'on' : 'off',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The Rapport server did not start within 60 s:\n${stderr}`));
    }, 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The Rapport server exited (${code}) before listening:\n${stderr}`));
    });
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = /Rapport is running at (http:\/\/[^\s/]+:(\d+))\/?/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve({ url: match[1]!, port: Number(match[2]), dataDir, log: () => stderr, stop });
    });
  });
}
