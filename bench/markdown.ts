/**
 * Prints bench/results.json as the Markdown table the README's Performance section carries:
 * `npx tsx bench/markdown.ts` after `npm run bench`, then paste.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Machine, Results } from './results.js';

const results = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, 'results.json'), 'utf8'),
) as Results;
const cell = (s: string) => s.replace(/\|/g, '\\|');
const withUnit = (n: number, unit: string) => `${n}${unit ? ` ${unit}` : ''}`;
const lines = [
  '| Phase | Measure | Value | Budget | Result |',
  '| --- | --- | --- | --- | --- |',
  ...results.measures.map(
    (m) =>
      `| ${cell(m.phase)} | ${cell(m.measure)} | ${withUnit(m.value, m.unit)} | ${
        m.budget === undefined ? '' : `≤ ${withUnit(m.budget, m.unit)}`
      } | ${m.pass === undefined ? '' : m.pass ? 'pass' : '**fail**'} |`,
  ),
];
const when = (date: string, m: Machine) =>
  `${date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node} ` +
  `(load average at start ${m.loadAverage.join(', ')})`;
// Phases measured in separate runs each say when and where.
const runs = Object.entries(results.phaseRuns ?? {});
const sameRun = runs.every(([, r]) => r.date === runs[0]?.[1].date);
const footer = sameRun
  ? `Measured ${when(runs[0]?.[1].date ?? results.date, runs[0]?.[1].machine ?? results.machine)}.`
  : runs.map(([phase, r]) => `- ${phase}: measured ${when(r.date, r.machine)}.`).join('\n');
process.stdout.write(`${lines.join('\n')}\n\n${footer}\n`);
