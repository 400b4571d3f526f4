/**
 * `npm run bench [phase…]`: measures Rapport against its budgets and against the bare transport,
 * on 127.0.0.1 only. Phases: engine, transport, concurrency, sessions-5000, postgres, page,
 * cold-start (all by default).
 * Prints a table, writes bench/results.json (always, before deciding the exit code), and exits 1
 * when any budget of this run fails. A run of some phases replaces only those phases in
 * results.json; the others keep their figures, each phase with the date and machine it ran on. Settings: BENCH_* variables (see README, Performance).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchColdStart } from './coldStart.js';
import { benchConcurrency, benchManySessions } from './concurrency.js';
import { benchEngine } from './engine.js';
import { benchPage } from './page.js';
import { benchPostgres } from './postgres.js';
import { mergeResults } from './results.js';
import { type Measure, progress, round } from './stats.js';
import { benchTransport } from './transport.js';

const PHASES: Record<string, () => Promise<Measure[]>> = {
  engine: benchEngine,
  transport: benchTransport,
  concurrency: benchConcurrency,
  'sessions-5000': benchManySessions,
  postgres: benchPostgres,
  page: benchPage,
  'cold-start': benchColdStart,
};

const requested = process.argv.slice(2);
for (const name of requested) {
  if (!(name in PHASES)) {
    process.stderr.write(`Unknown phase '${name}'. Choose from: ${Object.keys(PHASES).join(', ')}.\n`);
    process.exit(2);
  }
}
const phases = requested.length > 0 ? requested : Object.keys(PHASES);

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  loadAverage: os.loadavg().map(round),
};

const started = Date.now();
const measures: Measure[] = [];
const failures: string[] = [];
for (const name of phases) {
  const t = Date.now();
  try {
    measures.push(...(await PHASES[name]!()));
  } catch (err) {
    // A phase that cannot run is a failure, recorded like a blown budget.
    const message = err instanceof Error ? err.message : String(err);
    failures.push(`${name}: ${message}`);
    measures.push({ phase: name, measure: 'phase ran', value: 0, unit: '', pass: false, note: message });
  }
  progress(`${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

const rows = measures.map((m) => ({ ...m, value: round(m.value) }));
const pass = rows.every((m) => m.pass !== false);
const out = path.join(import.meta.dirname, 'results.json');

let previous: unknown;
try {
  previous = JSON.parse(fs.readFileSync(out, 'utf8'));
} catch {
  // No earlier results (or unreadable ones): this run stands alone.
}
const { results, kept } = mergeResults(previous, {
  date: new Date(started).toISOString(),
  durationSeconds: round((Date.now() - started) / 1000),
  machine: { ...machine, loadAverageAfter: os.loadavg().map(round) },
  settings: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('BENCH_'))),
  phases,
  allPhases: Object.keys(PHASES),
  measures: rows,
});
fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

process.stdout.write(`${table(rows)}\n`);
process.stdout.write(
  `\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}; ` +
    `load average before ${machine.loadAverage.join(' ')}, after ${results.machine.loadAverageAfter?.join(' ')}\n`,
);
for (const f of failures) process.stdout.write(`Phase failed: ${f}\n`);
const keptNote =
  kept.length > 0
    ? ` (${kept.map((p) => `${p} kept from ${results.phaseRuns[p]!.date.slice(0, 16).replace('T', ' ')}`).join('; ')})`
    : '';
process.stdout.write(
  `${pass ? 'All budgets met in this run.' : 'Some budgets FAILED in this run.'} Results in ${path.relative(process.cwd(), out)}${keptNote}\n`,
);
process.exit(pass ? 0 : 1);

function table(rows: Measure[]): string {
  const head = ['phase', 'measure', 'value', 'budget', 'result'];
  const body = rows.map((m) => [
    m.phase,
    m.measure,
    `${m.value}${m.unit ? ` ${m.unit}` : ''}`,
    m.budget === undefined ? '' : `≤ ${m.budget}${m.unit ? ` ${m.unit}` : ''}`,
    m.pass === undefined ? '' : m.pass ? 'pass' : 'FAIL',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
