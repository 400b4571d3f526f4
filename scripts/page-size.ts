import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Reports how much JavaScript the page ships, gzipped, against the 80 kB budget (no UI framework
// unless it earns its weight). Builds nothing: run `npx vite build` (or start the server) first.
// `--json` prints one JSON object instead of the table. Exit 1 when over budget or not built.
const BUDGET_BYTES = 80 * 1024;
const root = path.resolve(import.meta.dirname, '..');
const assets = path.join(root, 'dist', 'client', 'assets');
const json = process.argv.includes('--json');

if (!fs.existsSync(assets)) {
  process.stderr.write(`No built page at ${path.relative(root, assets)}: run \`npx vite build\` first.\n`);
  process.exit(1);
}

const files = fs
  .readdirSync(assets)
  .filter((f) => f.endsWith('.js'))
  .sort()
  .map((f) => {
    const raw = fs.readFileSync(path.join(assets, f));
    return { file: f, bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
  });
const total = files.reduce((n, f) => n + f.gzipBytes, 0);
const withinBudget = total <= BUDGET_BYTES;
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

if (json) {
  process.stdout.write(
    `${JSON.stringify({ files, totalGzipBytes: total, budgetBytes: BUDGET_BYTES, withinBudget })}\n`,
  );
} else {
  for (const f of files) process.stdout.write(`${f.file}  ${kB(f.bytes)} raw, ${kB(f.gzipBytes)} gzipped\n`);
  process.stdout.write(
    `page JavaScript: ${kB(total)} gzipped (budget ${kB(BUDGET_BYTES)})${withinBudget ? '' : ' — OVER BUDGET'}\n`,
  );
}
process.exit(withinBudget ? 0 : 1);
