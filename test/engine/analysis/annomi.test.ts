import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { annomiDir, annomiFile, evaluate, loadTurns, parseCsv } from '../../../scripts/eval-annomi.js';

const file = annomiFile();
if (!file) {
  console.warn(
    `AnnoMI data not found at ${annomiDir()}: skipping the AnnoMI evaluation (set ANNOMI_DIR to run it).`,
  );
}

/**
 * Kept floors on the AnnoMI development split: what the scorer reaches today, rounded down, so a
 * change that makes it worse on expert-labelled data fails here.
 */
const FLOOR = {
  mainMacroF1: 0.725,
  questionF1: 0.89,
  openClosedAccuracy: 0.82,
  reflectionF1: 0.705,
  simpleComplexAccuracy: 0.66,
  adviceF1: 0.535,
  informationF1: 0.475,
};

describe.skipIf(!file)(
  'the AnnoMI development split (skipped when ../shared/datasets/annomi-dev is absent)',
  () => {
    const report = file ? evaluate(loadTurns(file)) : undefined;

    it('reads every therapist utterance', () => {
      expect(report?.turns).toBeGreaterThan(2000);
    });

    it('stays at or above the kept floors on all seven measures', () => {
      expect(report?.mainMacroF1).toBeGreaterThanOrEqual(FLOOR.mainMacroF1);
      expect(report?.question.f1).toBeGreaterThanOrEqual(FLOOR.questionF1);
      expect(report?.openClosedAccuracy).toBeGreaterThanOrEqual(FLOOR.openClosedAccuracy);
      expect(report?.reflection.f1).toBeGreaterThanOrEqual(FLOOR.reflectionF1);
      expect(report?.simpleComplexAccuracy).toBeGreaterThanOrEqual(FLOOR.simpleComplexAccuracy);
      expect(report?.advice.f1).toBeGreaterThanOrEqual(FLOOR.adviceF1);
      expect(report?.information.f1).toBeGreaterThanOrEqual(FLOOR.informationF1);
    });
  },
);

describe('the AnnoMI evaluation script', () => {
  it('says plainly when the data are absent', async () => {
    const { spawnSync } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-annomi.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ANNOMI_DIR: '/nonexistent-annomi-dir' },
      timeout: 20_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/AnnoMI data not found/);
  });
});

/** Lower-case words of a line, apostrophes kept ("you're"). */
const wordsOf = (text: string) => text.toLowerCase().match(/[a-z']+/g) ?? [];

/** How alike two word sequences are: twice their longest common subsequence over their total length. */
function likeness(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!));
    prev = row;
  }
  return (2 * prev[b.length]!) / (a.length + b.length);
}

describe.skipIf(!file)('the corpus is our own writing (skipped when the AnnoMI split is absent)', () => {
  it('has no line of eight words or more that copies or nearly copies an AnnoMI utterance', () => {
    const dataset = parseCsv(readFileSync(file!, 'utf8')).map((r) => wordsOf(r.utterance_text ?? ''));
    const byWord = new Map<string, number[]>();
    dataset.forEach((w, i) => {
      for (const x of new Set(w)) byWord.set(x, [...(byWord.get(x) ?? []), i]);
    });
    const corpus = parse(readFileSync(new URL('../../../corpus/moves.yaml', import.meta.url), 'utf8')) as {
      text: string;
      previous?: string;
    }[];
    const copies: string[] = [];
    for (const line of corpus.flatMap((item) => [item.text, item.previous ?? ''])) {
      const w = wordsOf(line);
      if (w.length < 8) continue;
      // Only rows sharing most of the line's words can be near copies.
      const shared = new Map<number, number>();
      for (const x of new Set(w))
        for (const i of byWord.get(x) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      const distinct = new Set(w).size;
      for (const [i, n] of shared) {
        if (n / distinct < 0.6) continue;
        const score = likeness(w, dataset[i]!);
        if (score >= 0.85) copies.push(`${line} (${score.toFixed(2)} like dataset row ${i + 2})`);
      }
    }
    expect(copies).toEqual([]);
  });
});
