import { describe, expect, it } from 'vitest';
import { type Machine, mergeResults } from '../../bench/results.js';
import type { Measure } from '../../bench/stats.js';

const machine = (load: number): Machine => ({
  cpu: 'Test CPU',
  cores: 2,
  memoryGB: 8,
  node: 'v20',
  platform: 'linux',
  loadAverage: [load, load, load],
});
const measure = (phase: string, value: number, pass?: boolean): Measure => ({
  phase,
  measure: `${phase} figure`,
  value,
  unit: 'ms',
  ...(pass === undefined ? {} : { budget: 1, pass }),
});
const ALL = ['engine', 'transport', 'page'];
const run = (date: string, phases: string[], measures: Measure[], load = 0) => ({
  date,
  durationSeconds: 1,
  machine: machine(load),
  settings: {},
  phases,
  allPhases: ALL,
  measures,
});

describe('folding a bench run into results.json', () => {
  it('replaces the phases it ran, keeps the others with their own date and machine', () => {
    const first = mergeResults(
      undefined,
      run('2026-01-01T10:00:00Z', ALL, [
        measure('engine', 1, true),
        measure('transport', 2, false),
        measure('page', 3),
      ]),
    ).results;
    expect(first.pass).toBe(false);
    const { results, kept } = mergeResults(
      first,
      run('2026-01-02T10:00:00Z', ['transport'], [measure('transport', 0.5, true)], 3),
    );
    expect(kept).toEqual(['engine', 'page']);
    expect(results.measures.map((m) => [m.phase, m.value])).toEqual([
      ['engine', 1],
      ['transport', 0.5],
      ['page', 3],
    ]);
    expect(results.phaseRuns.engine?.date).toBe('2026-01-01T10:00:00Z');
    expect(results.phaseRuns.transport).toEqual({ date: '2026-01-02T10:00:00Z', machine: machine(3) });
    expect(results.phases).toEqual(['transport']);
    // The file passes only when every budget in it does, kept ones included.
    expect(results.pass).toBe(true);
  });

  it('reads results written before phases were dated: all their phases ran together', () => {
    const old = {
      date: '2025-12-31T09:00:00Z',
      machine: machine(1),
      phases: ['engine', 'page'],
      measures: [measure('engine', 9, false), measure('page', 8)],
    };
    const { results } = mergeResults(old, run('2026-01-02T10:00:00Z', ['page'], [measure('page', 7)]));
    expect(results.measures.map((m) => [m.phase, m.value])).toEqual([
      ['engine', 9],
      ['page', 7],
    ]);
    expect(results.phaseRuns.engine).toEqual({ date: '2025-12-31T09:00:00Z', machine: machine(1) });
    expect(results.pass).toBe(false);
  });

  it('starts afresh from a missing or unreadable file', () => {
    for (const previous of [undefined, null, 'not json', { measures: 'nope' }]) {
      const { results, kept } = mergeResults(
        previous,
        run('2026-01-02T10:00:00Z', ['engine'], [measure('engine', 1)]),
      );
      expect(kept).toEqual([]);
      expect(results.measures).toHaveLength(1);
      expect(Object.keys(results.phaseRuns)).toEqual(['engine']);
    }
  });
});
