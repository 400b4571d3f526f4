import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ensurePageBuilt, pageIsStale } from '../server/buildPage.js';
import { silentLogger } from '../server/log.js';
import { ROOT } from './child.js';
import { budgeted, info, type Measure, progress } from './stats.js';

const OUT = path.join(ROOT, 'dist', 'client');

/**
 * Builds the page when dist/client is missing or older than client/ — the same rule and the same
 * build as `npm start` — so that sizes and the cold start with the page see current code.
 * Returns whether it had to build.
 */
export async function ensurePage(): Promise<boolean> {
  if (!pageIsStale(ROOT)) return false;
  progress('page: building with vite (dist/client is missing or older than client/)');
  await ensurePageBuilt(ROOT, silentLogger);
  return true;
}

interface PageSize {
  files: { file: string; bytes: number; gzipBytes: number }[];
  totalGzipBytes: number;
  budgetBytes?: number;
}

/** The project's own measure, `npm run page:size -- --json` (scripts/page-size.ts), if it is there. */
function pageSizeScript(): PageSize | undefined {
  const script = path.join(ROOT, 'scripts', 'page-size.ts');
  if (!fs.existsSync(script)) return undefined;
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  try {
    const out = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '') as PageSize;
    return Array.isArray(out.files) && typeof out.totalGzipBytes === 'number' ? out : undefined;
  } catch {
    return undefined;
  }
}

/** The same measure done here: every emitted .js file, gzipped with node:zlib at level 9. */
function measureHere(): PageSize {
  const assets = path.join(OUT, 'assets');
  const files = fs
    .readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const raw = fs.readFileSync(path.join(assets, file));
      return { file, bytes: raw.length, gzipBytes: zlib.gzipSync(raw, { level: 9 }).length };
    });
  return { files, totalGzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) };
}

/**
 * Phase 5, the page's weight: the JavaScript vite emits for the page, raw and gzipped. Uses
 * `npm run page:size` when the project has it (and its budget), else measures the same way here.
 */
export async function benchPage(): Promise<Measure[]> {
  const built = await ensurePage();
  const script = pageSizeScript();
  const size = script ?? measureHere();
  const raw = size.files.reduce((n, f) => n + f.bytes, 0);
  const note = `${size.files.length} file(s), ${script ? 'npm run page:size' : 'measured by the bench'}${built ? ', freshly built' : ''}`;
  const kB = size.totalGzipBytes / 1024;
  return [
    size.budgetBytes === undefined
      ? info('page', 'JavaScript, gzipped', kB, 'kB', note)
      : budgeted('page', 'JavaScript, gzipped', kB, 'kB', size.budgetBytes / 1024, note),
    info('page', 'JavaScript, raw', raw / 1024, 'kB'),
  ];
}
