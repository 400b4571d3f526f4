import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annomiDir, annomiFile, evaluate, loadTurns, parseCsv } from '../../../scripts/eval-annomi.js';
import { corpusLines, nearCopies } from './nearCopies.js';

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
  questionF1: 0.885,
  openClosedAccuracy: 0.815,
  reflectionF1: 0.705,
  simpleComplexAccuracy: 0.655,
  adviceF1: 0.55,
  informationF1: 0.48,
};

/** The same on each half of the transcripts (see scripts/eval/metrics.ts), a little lower. */
const HALF_FLOOR = { mainMacroF1: 0.72, adviceF1: 0.46, informationF1: 0.46 };

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

    it('stays at or above the kept floors on both halves of the transcripts', () => {
      for (const half of [report?.halves.tune, report?.halves.check]) {
        expect(half?.mainMacroF1).toBeGreaterThanOrEqual(HALF_FLOOR.mainMacroF1);
        expect(half?.advice.f1).toBeGreaterThanOrEqual(HALF_FLOOR.adviceF1);
        expect(half?.information.f1).toBeGreaterThanOrEqual(HALF_FLOOR.informationF1);
      }
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

describe.skipIf(!file)('the corpus is our own writing (skipped when the AnnoMI split is absent)', () => {
  it('has no line of eight words or more that copies or nearly copies an AnnoMI utterance', () => {
    const dataset = parseCsv(readFileSync(file!, 'utf8')).map((r) => r.utterance_text ?? '');
    expect(nearCopies(corpusLines(), dataset)).toEqual([]);
  });

  it('the near-copy check finds a copied line and a lightly edited one', () => {
    const row = parseCsv(readFileSync(file!, 'utf8'))
      .map((r) => r.utterance_text ?? '')
      .find((t) => t.split(' ').length >= 12)!;
    const edited = row.replace(/\b(\w+)\W*$/, 'indeed');
    expect(nearCopies([row, edited], [row])).toHaveLength(2);
  });
});
