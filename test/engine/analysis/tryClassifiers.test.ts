import { describe, expect, it } from 'vitest';
import { MOVES } from '../../../contract/moves.js';
import { analyse } from '../../../engine/analysis/analyse.js';
import { contextOf, loadCorpus } from '../../../scripts/classifiers/corpus.js';
import { runExperiment } from '../../../scripts/classifiers/experiment.js';
import { assignFolds } from '../../../scripts/classifiers/folds.js';

// The experiment behind npm run classifiers (scripts/try-classifiers.ts), run once on the whole
// corpus with 2 folds and 2 features per move: the same code path as the real run, at a tenth of
// its cost (natural's logistic regression dominates it, and fewer features make it cheaper). The
// AnnoMI check is left out here; annomi.test.ts covers the data.
const items = loadCorpus();
const { report } = runExperiment(items, { folds: 2, seed: 1, topK: 2 });

describe('the classifier experiment', () => {
  it('reports every move for the rules and both classifiers, with scores between 0 and 1', () => {
    for (const model of ['rules', 'bayes', 'logistic'] as const) {
      const scores = report.models[model];
      expect(Object.keys(scores.perMove).sort()).toEqual([...MOVES].sort());
      for (const m of MOVES) {
        const s = scores.perMove[m];
        for (const x of [s.precision, s.recall, s.f1]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
        // Every item is held out exactly once, so the support is the move's count in the corpus.
        expect(s.support, `${model} ${m}`).toBe(items.filter((i) => i.moves.includes(m)).length);
      }
      expect(scores.macroF1).toBeCloseTo(
        MOVES.reduce((t, m) => t + scores.perMove[m].f1, 0) / MOVES.length,
        12,
      );
    }
  });

  it('scores the rules on the held-out items as a recomputation with analyse() does', () => {
    const found = items.map((item) => analyse(item.text, contextOf(item)).moves);
    let sum = 0;
    for (const m of MOVES) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      items.forEach((item, i) => {
        const got = found[i]!.includes(m);
        const want = item.moves.includes(m);
        if (got && want) tp++;
        else if (got) fp++;
        else if (want) fn++;
      });
      expect(report.models.rules.perMove[m], m).toMatchObject({ tp, fp, fn });
      const p = tp + fp === 0 ? 0 : tp / (tp + fp);
      const r = tp + fn === 0 ? 0 : tp / (tp + fn);
      sum += p + r === 0 ? 0 : (2 * p * r) / (p + r);
    }
    expect(report.models.rules.macroF1).toBeCloseTo(sum / MOVES.length, 12);
  });

  it('gives the same report on every run', () => {
    // Twice on an eighth of the corpus (a stratified fold, so every move is still there): the
    // determinism does not depend on the corpus size, and the classifiers train eight times faster.
    const fold = assignFolds(items, 8, 1);
    const sample = items.filter((_, i) => fold[i] === 0);
    for (const m of MOVES)
      expect(sample.filter((i) => i.moves.includes(m)).length, m).toBeGreaterThanOrEqual(2);
    const options = { folds: 2, seed: 3, topK: 3 };
    expect(runExperiment(sample, options).report).toEqual(runExperiment(sample, options).report);
  });

  it('puts positives of every move in every fold', () => {
    const fold = assignFolds(items, 2, 1);
    expect(fold).toEqual(assignFolds(items, 2, 1));
    for (const m of MOVES)
      for (const f of [0, 1])
        expect(
          items.some((item, i) => fold[i] === f && item.moves.includes(m)),
          m,
        ).toBe(true);
  });

  it('lists a win exactly where a classifier is above the rules', () => {
    for (const w of report.wins) {
      expect(w.f1).toBeGreaterThan(w.rulesF1);
      expect(report.models[w.model].perMove[w.move].f1).toBe(w.f1);
      expect(report.models.rules.perMove[w.move].f1).toBe(w.rulesF1);
    }
    for (const model of ['bayes', 'logistic'] as const)
      for (const m of MOVES)
        expect(report.wins.some((w) => w.model === model && w.move === m)).toBe(
          report.models[model].perMove[m].f1 > report.models.rules.perMove[m].f1,
        );
  });
});
