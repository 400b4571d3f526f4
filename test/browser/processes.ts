import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { startChildServer } from '../server/childServer.js';

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
  /** SESSION_MINUTES for the server (its default, 60, when not given). */
  sessionMinutes?: number;
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
 * Starts a real Rapport server that serves the page (`server/index.ts` under tsx, as `npm start`
 * does) and waits for the address it prints. The server builds the page first when dist/client
 * is missing or stale, hence the long start-up allowance.
 */
export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-browser-'));
  const server = await startChildServer(
    {
      PORT: String(opts.port ?? 0),
      TYPING_DELAY: opts.typingDelay ? 'on' : 'off',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SERVE_PAGE: 'on',
      ...(opts.sessionMinutes === undefined ? {} : { SESSION_MINUTES: String(opts.sessionMinutes) }),
    },
    60_000,
  );
  return {
    url: server.url,
    port: Number(new URL(server.url).port),
    dataDir,
    log: server.log,
    stop: async () => {
      await server.stop();
    },
  };
}
