import type { Measure } from './stats.js';

/** The machine a phase was measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  loadAverage: number[];
  loadAverageAfter?: number[];
}

/** When and where one phase was last measured. */
export interface PhaseRun {
  date: string;
  machine: Machine;
}

/** bench/results.json. */
export interface Results {
  date: string;
  durationSeconds: number;
  machine: Machine;
  settings: Record<string, string | undefined>;
  /** The phases the latest run measured. */
  phases: string[];
  /** Every phase in the file, with the run it comes from. */
  phaseRuns: Record<string, PhaseRun>;
  /** All budgets in the file met (this run's and the kept phases'). */
  pass: boolean;
  measures: Measure[];
}

/**
 * Folds a run into the results already written: the phases this run measured replace theirs, the
 * others are kept as they were, each with the date and machine it ran on; measures stay in phase
 * order. `previous` is whatever results.json held (anything unreadable is ignored).
 */
export function mergeResults(
  previous: unknown,
  run: Omit<Results, 'phaseRuns' | 'pass'> & { allPhases: string[] },
): { results: Results; kept: string[] } {
  const before = (previous && typeof previous === 'object' ? previous : {}) as Partial<Results>;
  let runs = before.phaseRuns;
  // Results written before phases were dated one by one: all their phases ran together.
  if (!runs && before.date && before.machine) {
    const together = { date: before.date, machine: before.machine };
    runs = Object.fromEntries((before.phases ?? []).map((p) => [p, together]));
  }
  const oldMeasures = Array.isArray(before.measures) ? before.measures : [];
  const { allPhases, ...rest } = run;
  const kept = allPhases.filter((p) => !run.phases.includes(p) && runs?.[p]);
  const measures = allPhases.flatMap((p) =>
    run.phases.includes(p)
      ? run.measures.filter((m) => m.phase === p)
      : kept.includes(p)
        ? oldMeasures.filter((m) => m.phase === p)
        : [],
  );
  const now = { date: run.date, machine: run.machine };
  const phaseRuns: Record<string, PhaseRun> = {};
  for (const p of allPhases) {
    if (run.phases.includes(p)) phaseRuns[p] = now;
    else if (kept.includes(p)) phaseRuns[p] = runs![p]!;
  }
  return {
    results: { ...rest, phaseRuns, pass: measures.every((m) => m.pass !== false), measures },
    kept,
  };
}
