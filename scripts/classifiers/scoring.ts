import { MOVES, type Move } from '../../contract/moves.js';

/** Counts and scores of one move for one model. */
export interface MoveScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Precision, recall and F1 from true-positive, false-positive and false-negative counts. */
export function scoreOf(tp: number, fp: number, fn: number): MoveScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1, support: tp + fn };
}

/** One model's per-move scores (counts pooled over the held-out folds) and their macro-F1 over the 23 moves. */
export interface ModelReport {
  macroF1: number;
  perMove: Record<Move, MoveScore>;
}

/** Per-move scores from gold and predicted move sets, item by item. */
export function scoreMoves(
  gold: readonly (readonly Move[])[],
  predicted: readonly ReadonlySet<Move>[],
): ModelReport {
  const perMove = Object.fromEntries(
    MOVES.map((m) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      gold.forEach((g, i) => {
        const want = g.includes(m);
        const got = predicted[i]?.has(m) ?? false;
        if (want && got) tp++;
        else if (got) fp++;
        else if (want) fn++;
      });
      return [m, scoreOf(tp, fp, fn)];
    }),
  ) as Record<Move, MoveScore>;
  const macroF1 = MOVES.reduce((s, m) => s + perMove[m].f1, 0) / MOVES.length;
  return { macroF1, perMove };
}
