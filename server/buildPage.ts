import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './log.js';

/**
 * What the built page is made from: its own folder (index.html, code, styles), the contract it
 * bundles (MAX_MESSAGE_LENGTH and the like), the build's configuration and the locked
 * dependencies. A change to any of them makes the page stale.
 */
export const PAGE_INPUTS = ['client', 'contract', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'];

/** The newest modification time of a file, or of any file under a folder; 0 if it is missing. */
function newestMtime(p: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Whether dist/client is missing or older than any of its inputs (see PAGE_INPUTS). */
export function pageIsStale(root: string): boolean {
  const index = path.join(root, 'dist', 'client', 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return PAGE_INPUTS.some((input) => newestMtime(path.join(root, input)) > built);
}

/**
 * Builds the page with Vite when dist/client is missing or older than its inputs, so that
 * `npm start` on a fresh clone needs no separate build step. Returns the folder to serve.
 */
export async function ensurePageBuilt(root: string, log: Logger): Promise<string> {
  const outDir = path.join(root, 'dist', 'client');
  if (!pageIsStale(root)) return outDir;
  log.info('building the page (first start, or its sources changed)…');
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
