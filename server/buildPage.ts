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
 * The built page to serve. In development it is built with Vite first when dist/client is
 * missing or older than its inputs, so that `npm start` on a fresh clone needs no separate build
 * step. In production it must already be built (`npm run build`): Vite is a development
 * dependency, absent after `npm prune --omit=dev`, so it is never imported there.
 */
export async function pageToServe(
  root: string,
  options: { production: boolean; log: Logger },
): Promise<string> {
  const outDir = path.join(root, 'dist', 'client');
  if (!options.production) return ensurePageBuilt(root, options.log);
  if (!fs.existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(
      `The page has not been built (${path.join('dist', 'client')} is missing). Run \`npm run build\` ` +
        'before starting with NODE_ENV=production, or set SERVE_PAGE=off to serve only the API.',
    );
  }
  if (pageIsStale(root)) {
    options.log.warn('the built page is older than its sources: run `npm run build` to rebuild it');
  }
  return outDir;
}

/**
 * Builds the page with Vite when dist/client is missing or older than its inputs. Returns the
 * folder to serve.
 */
export async function ensurePageBuilt(root: string, log: Logger): Promise<string> {
  const outDir = path.join(root, 'dist', 'client');
  if (!pageIsStale(root)) return outDir;
  log.info('building the page (first start, or its sources changed)…');
  // Vite is a development dependency, needed only here: imported when a build is due, never at
  // module load, so a production install without it can still load this file.
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
