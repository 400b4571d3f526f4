/**
 * Prints bench/results.json as the Markdown table the README's Performance section carries:
 * `npx tsx bench/markdown.ts` after `npm run bench`, then paste.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Measure } from './stats.js';

interface Results {
  date: string;
  machine: { cpu: string; cores: number; memoryGB: number; node: string; loadAverage: number[] };
  measures: Measure[];
}

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
const { cpu, cores, memoryGB, node, loadAverage } = results.machine;
process.stdout.write(
  `${lines.join('\n')}\n\nMeasured ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${cpu}, ${cores} cores, ` +
    `${memoryGB} GB, Node ${node} (load average at start ${loadAverage.join(', ')}).\n`,
);
