/** One row of the results table: a measure, its value, and the budget it is held to (if any). */
export interface Measure {
  phase: string;
  measure: string;
  value: number;
  unit: string;
  /** The value must not exceed this; undefined for figures reported without a budget. */
  budget?: number;
  pass?: boolean;
  note?: string;
}

/** A measure checked against an upper bound. */
export function budgeted(
  phase: string,
  measure: string,
  value: number,
  unit: string,
  budget: number,
  note?: string,
): Measure {
  return { phase, measure, value, unit, budget, pass: value <= budget, ...(note ? { note } : {}) };
}

/** A measure reported for information, with no budget. */
export function info(phase: string, measure: string, value: number, unit: string, note?: string): Measure {
  return { phase, measure, value, unit, ...(note ? { note } : {}) };
}

/** The q-quantile (0..1) of samples, nearest-rank; NaN for none. Sorts a copy. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = Float64Array.from(samples).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

/** Milliseconds since `start` (a process.hrtime.bigint() reading), as a float. */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Rounds for display and for results.json: enough digits to be useful, no more. */
export function round(n: number): number {
  if (!Number.isFinite(n)) return n;
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Reads an integer setting from the environment (BENCH_*), falling back to a default. */
export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got '${raw}'.`);
  return n;
}

/** Writes a line to stderr: progress, kept apart from the table on stdout. */
export function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}
