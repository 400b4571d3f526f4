import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './log.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether dist/client is missing or older than client/. */
export function pageIsStale(root: string): boolean {
  const index = path.join(root, 'dist', 'client', 'index.html');
  return !fs.existsSync(index) || newestMtime(path.join(root, 'client')) > fs.statSync(index).mtimeMs;
}

/**
 * Builds the page with Vite when dist/client is missing or older than client/, so that
 * `npm start` on a fresh clone needs no separate build step. Returns the folder to serve.
 */
export async function ensurePageBuilt(root: string, log: Logger): Promise<string> {
  const outDir = path.join(root, 'dist', 'client');
  if (!pageIsStale(root)) return outDir;
  log.info('building the page (first start, or client/ changed)…');
  // Vite is needed only here; importing it lazily keeps it off the normal start-up path.
  const { build } = await import('vite');
  // Build beside the live folder and swap it in, so a server already serving dist/client (a test
  // run, a second instance) never sees a half-emptied folder.
  const next = `${outDir}.next-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: next, emptyOutDir: true },
  });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
  fs.renameSync(next, outDir);
  fs.rmSync(old, { recursive: true, force: true });
  return outDir;
}
