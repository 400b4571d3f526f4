import { describe, expect, it } from 'vitest';
import { MOVES } from '../../../contract/moves.js';
import { analyse } from '../../../engine/analysis/analyse.js';
import { assignFolds, loadCorpus, runExperiment } from '../../../scripts/try-classifiers.js';

// scripts/try-classifiers.ts (npm run classifiers) on 2 folds and 5 features per move: the same code
// path as the real run, cheap enough to run twice (natural's logistic regression dominates the cost).
// The AnnoMI check is left out here; annomi.test.ts covers the data.
const items = loadCorpus();
const options = { folds: 2, seed: 1, topK: 5 };
const first = runExperiment(items, options);
const second = runExperiment(items, options);

describe('the classifier experiment', () => {
  it('reports every move for the rules and both classifiers, with scores between 0 and 1', () => {
    for (const model of ['rules', 'bayes', 'logistic'] as const) {
      const report = first.report.models[model];
      expect(Object.keys(report.perMove).sort()).toEqual([...MOVES].sort());
      for (const m of MOVES) {
        const s = report.perMove[m];
        for (const x of [s.precision, s.recall, s.f1]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
        // Every item is held out exactly once, so the support is the move's count in the corpus.
        expect(s.support, `${model} ${m}`).toBe(items.filter((i) => i.moves.includes(m)).length);
      }
      expect(report.macroF1).toBeCloseTo(
        MOVES.reduce((t, m) => t + report.perMove[m].f1, 0) / MOVES.length,
        12,
      );
    }
  });

  it('scores the rules on the held-out items as a recomputation with analyse() does', () => {
    let sum = 0;
    for (const m of MOVES) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const item of items) {
        const got = analyse(item.text, {
          ...(item.previous !== undefined ? { previous: item.previous } : {}),
          ...(item.cue !== undefined ? { cue: item.cue } : {}),
        }).moves.includes(m);
        const want = item.moves.includes(m);
        if (got && want) tp++;
        else if (got) fp++;
        else if (want) fn++;
      }
      const p = tp + fp === 0 ? 0 : tp / (tp + fp);
      const r = tp + fn === 0 ? 0 : tp / (tp + fn);
      sum += p + r === 0 ? 0 : (2 * p * r) / (p + r);
    }
    expect(first.report.models.rules.macroF1).toBeCloseTo(sum / MOVES.length, 12);
  });

  it('gives the same report on every run', () => {
    expect(second.report).toEqual(first.report);
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

  it('lists a win only where a classifier is above the rules', () => {
    for (const w of first.report.wins) {
      expect(w.f1).toBeGreaterThan(w.rulesF1);
      expect(first.report.models[w.model].perMove[w.move].f1).toBe(w.f1);
    }
  });
});
