import { MOVES, type Move } from '../../contract/moves.js';
import { analyse } from '../../engine/analysis/analyse.js';
import type { LabelledTurn } from '../eval-annomi.js';
import { type AnnomiReport, annomiCheck } from './annomi.js';
import { contextOf, type Item } from './corpus.js';
import { features, TOP_K } from './features.js';
import { assignFolds } from './folds.js';
import { LEARNED, type LearnedName, type ModelName, train } from './models.js';
import { type ModelReport, scoreMoves } from './scoring.js';

/** A move on which a classifier's held-out F1 is above the rules'. */
export interface Win {
  move: Move;
  model: LearnedName;
  f1: number;
  rulesF1: number;
}

/** Everything the experiment measures; deterministic for a given corpus, fold count and seed. */
export interface Report {
  items: number;
  folds: number;
  seed: number;
  topK: number;
  models: Record<ModelName, ModelReport>;
  wins: Win[];
  annomi?: AnnomiReport;
}

/** Wall-clock costs, kept apart from the report because they differ from run to run. */
export interface Timing {
  /** Total training time over all folds (23 classifiers per fold). */
  trainMs: Record<LearnedName, number>;
  /** Scoring the held-out items with the rules. */
  rulesMs: number;
  /** The AnnoMI check, when run. */
  annomiMs?: number;
}

export interface Options {
  folds?: number;
  seed?: number;
  /** Features kept per move; default TOP_K. */
  topK?: number;
  /** Turns of the AnnoMI split to score out of domain; omitted, the check is skipped. */
  annomi?: readonly LabelledTurn[];
}

/**
 * Run the cross-validation (and the AnnoMI check when turns are given): per fold, train both
 * classifiers on the other folds and score the held-out items with them and with analyse().
 */
export function runExperiment(
  items: readonly Item[],
  options: Options = {},
): { report: Report; timing: Timing } {
  const k = options.folds ?? 5;
  const seed = options.seed ?? 1;
  const topK = options.topK ?? TOP_K;
  if (!Number.isInteger(k) || k < 2 || k > items.length) {
    throw new Error(`--folds must be a whole number from 2 to ${items.length}; got ${k}.`);
  }
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number; got ${seed}.`);
  if (!Number.isInteger(topK) || topK < 1)
    throw new Error(`--top-k must be a whole number above 0; got ${topK}.`);
  const fold = assignFolds(items, k, seed);
  const prepared = items.map((item) => ({ feats: features(item.text, contextOf(item)), moves: item.moves }));
  const predicted: Record<ModelName, Set<Move>[]> = {
    rules: items.map(() => new Set()),
    bayes: items.map(() => new Set()),
    logistic: items.map(() => new Set()),
  };
  const trainMs = { bayes: 0, logistic: 0 };
  let rulesMs = 0;
  for (let f = 0; f < k; f++) {
    const held = items.flatMap((_, i) => (fold[i] === f ? [i] : []));
    const training = prepared.filter((_, i) => fold[i] !== f);
    for (const kind of LEARNED) {
      const started = performance.now();
      const models = train(kind, training, MOVES, topK);
      trainMs[kind] += performance.now() - started;
      for (const i of held) {
        for (const [move, model] of models) if (model.has(prepared[i]!.feats)) predicted[kind][i]!.add(move);
      }
    }
    const started = performance.now();
    for (const i of held) {
      const item = items[i]!;
      predicted.rules[i] = new Set(analyse(item.text, contextOf(item)).moves);
    }
    rulesMs += performance.now() - started;
  }
  const gold = items.map((i) => i.moves);
  const models = {
    rules: scoreMoves(gold, predicted.rules),
    bayes: scoreMoves(gold, predicted.bayes),
    logistic: scoreMoves(gold, predicted.logistic),
  };
  const wins: Win[] = LEARNED.flatMap((model) =>
    MOVES.filter((m) => models[model].perMove[m].f1 > models.rules.perMove[m].f1).map((move) => ({
      move,
      model,
      f1: models[model].perMove[move].f1,
      rulesF1: models.rules.perMove[move].f1,
    })),
  );
  const report: Report = { items: items.length, folds: k, seed, topK, models, wins };
  const timing: Timing = { trainMs, rulesMs };
  if (options.annomi) {
    const started = performance.now();
    report.annomi = annomiCheck(prepared, options.annomi, topK);
    timing.annomiMs = performance.now() - started;
  }
  return { report, timing };
}
