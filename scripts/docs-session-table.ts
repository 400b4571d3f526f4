/**
 * `npx tsx scripts/docs-session-table.ts [--check]`: writes the "A whole session in numbers" table
 * of docs/personas.md (between its session-table markers) from Daniel's golden good path, so the
 * guide's figures are the engine's. `--check` exits 1 when the guide is out of date instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { sessionTable } from './docs/sessionTable.js';

const file = 'docs/personas.md';
const text = readFileSync(file, 'utf8');
const next = sessionTable(text);
if (process.argv.includes('--check')) {
  if (next !== text) {
    process.stderr.write(
      `${file}: the session table is out of date; run npx tsx scripts/docs-session-table.ts\n`,
    );
    process.exitCode = 1;
  }
} else if (next !== text) {
  writeFileSync(file, next);
  process.stdout.write(`updated the session table in ${file}\n`);
}
