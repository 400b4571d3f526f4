import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Reports how much JavaScript the trainee's page ships, gzipped, against the 80 kB budget (no UI
// framework unless it earns its weight), and the educator's room beside it (a page of its own,
// which trainees never load). Each page's JavaScript is what its index.html loads: its script and
// the chunks it preloads. Builds nothing: run `npx vite build` (or start the server) first.
// `--json` prints one JSON object instead of the table. Exit 1 when over budget or not built.
const BUDGET_BYTES = 80 * 1024;
const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist', 'client');
const json = process.argv.includes('--json');

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  process.stderr.write(`No built page at ${path.relative(root, dist)}: run \`npx vite build\` first.\n`);
  process.exit(1);
}

/** The JavaScript files a built page loads, sized. */
function pageJs(html: string) {
  const text = fs.readFileSync(path.join(dist, html), 'utf8');
  const srcs = [
    ...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g),
  ];
  return [...new Set(srcs.map((m) => m[1]!))].sort().map((f) => {
    const raw = fs.readFileSync(path.join(dist, f));
    return { file: path.basename(f), bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
  });
}

const files = pageJs('index.html');
const total = files.reduce((n, f) => n + f.gzipBytes, 0);
const room = fs.existsSync(path.join(dist, 'educator', 'index.html')) ? pageJs('educator/index.html') : [];
const roomTotal = room.reduce((n, f) => n + f.gzipBytes, 0);
const withinBudget = total <= BUDGET_BYTES;
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

if (json) {
  process.stdout.write(
    `${JSON.stringify({
      files,
      totalGzipBytes: total,
      budgetBytes: BUDGET_BYTES,
      withinBudget,
      educator: { files: room, totalGzipBytes: roomTotal },
    })}\n`,
  );
} else {
  for (const f of files) process.stdout.write(`${f.file}  ${kB(f.bytes)} raw, ${kB(f.gzipBytes)} gzipped\n`);
  process.stdout.write(
    `page JavaScript: ${kB(total)} gzipped (budget ${kB(BUDGET_BYTES)})${withinBudget ? '' : ' — OVER BUDGET'}\n`,
  );
  if (room.length > 0) {
    process.stdout.write(
      `educator's room JavaScript (its own page, shared chunks counted again): ${kB(roomTotal)} gzipped\n`,
    );
  }
}
process.exit(withinBudget ? 0 : 1);
