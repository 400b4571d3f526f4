import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './log.js';

/**
 * What the built page is made from: its own folder (index.html, code, styles), the contract it
 * bundles (MAX_MESSAGE_LENGTH and the like), the build's configuration and the locked
 * dependencies. A change to any of them makes the page stale.
 */
export const PAGE_INPUTS = ['client', 'contract', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'];

/** Where a build records the fingerprint of the inputs it was built from (beside the page, not served). */
const stampOf = (root: string) => path.join(root, 'dist', 'client.inputs');

/** Every file under `p` (or `p` itself), relative to root, sorted; none when missing. */
function filesUnder(root: string, p: string): string[] {
  const full = path.join(root, p);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [p];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((entry) => filesUnder(root, path.join(p, entry)));
}

/**
 * A fingerprint of the page's inputs: their names and contents, not their times. Installing or
 * pruning packages rewrites package-lock.json unchanged, and a checkout resets times; neither
 * makes the page stale.
 */
export function pageInputsHash(root: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of PAGE_INPUTS.flatMap((input) => filesUnder(root, input))) {
    hash.update(`${file.split(path.sep).join('/')}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Whether dist/client is missing or was built from other inputs than those now here (see PAGE_INPUTS). */
export function pageIsStale(root: string): boolean {
  if (!fs.existsSync(path.join(root, 'dist', 'client', 'index.html'))) return true;
  try {
    return fs.readFileSync(stampOf(root), 'utf8').trim() !== pageInputsHash(root);
  } catch {
    return true;
  }
}

/**
 * Builds the page with Vite into dist/client and records what it was built from. Vite is a
 * development dependency, needed only here: imported when a build is due, never at module load,
 * so a production install without it can still load this file.
 */
export async function buildPage(root: string): Promise<string> {
  const outDir = path.join(root, 'dist', 'client');
  const inputs = pageInputsHash(root);
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
  fs.writeFileSync(stampOf(root), `${inputs}\n`);
  return outDir;
}

/** Builds the page when dist/client is missing or stale. Returns the folder to serve. */
export async function ensurePageBuilt(root: string, log: Logger): Promise<string> {
  if (!pageIsStale(root)) return path.join(root, 'dist', 'client');
  log.info('building the page (first start, or its sources changed)…');
  return buildPage(root);
}

/**
 * The built page to serve. In development it is built first when missing or stale, so that
 * `npm start` on a fresh clone needs no separate build step. In production it must already be
 * built (`npm run build`) and is served as it is: Vite is not installed there.
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
