// The one module that imports natural's classifiers (its submodules, not the package root, which
// would pull in database back-ends and dotenv).
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import type Classifier from 'natural/lib/natural/classifiers/classifier.js';
import LogisticRegressionClassifier from 'natural/lib/natural/classifiers/logistic_regression_classifier.js';
import { MOVES, type Move } from '../../contract/moves.js';
import { type Prepared, selectFeatures, selectFeaturesFor, TOP_K } from './features.js';

export type ModelName = 'rules' | 'bayes' | 'logistic';
export type LearnedName = Exclude<ModelName, 'rules'>;
export const LEARNED: readonly LearnedName[] = ['bayes', 'logistic'];

/** A trained one-vs-rest model: per move, how sure it is the move is present (0–1), and its verdict. */
export interface MoveModel {
  score(feats: string[]): number;
  has(feats: string[]): boolean;
}

function newClassifier(kind: LearnedName): Classifier {
  return kind === 'bayes' ? new BayesClassifier() : new LogisticRegressionClassifier();
}

/**
 * The verdict. Bayes: the likelier of "yes" and "no" (natural's classify). Logistic regression:
 * the "yes" model's sigmoid above 0.5, the usual binary decision; natural's classify would compare
 * it with the separately trained "no" model, whose gradient descent stops at a different point.
 */
function present(kind: LearnedName, c: Classifier, feats: string[]): boolean {
  if (kind === 'bayes') return c.classify(feats) === 'yes';
  return (c.getClassifications(feats).find((x) => x.label === 'yes')?.value ?? 0) > 0.5;
}

/** P("yes") relative to P("no"), whatever scale the classifier reports in. */
function yesShare(c: Classifier, feats: string[]): number {
  const all = c.getClassifications(feats);
  const yes = all.find((x) => x.label === 'yes')?.value ?? 0;
  const no = all.find((x) => x.label === 'no')?.value ?? 0;
  return yes + no === 0 ? 0 : yes / (yes + no);
}

/**
 * Train one binary classifier per move on the given items. The vocabulary is the features seen in
 * at least two training items (computed on the training items only, so nothing leaks from the
 * held-out fold); a length bucket is always present, so no document is empty (natural drops those).
 */
export function train(
  kind: LearnedName,
  items: readonly Prepared[],
  moves: readonly Move[] = MOVES,
  topK = TOP_K,
): Map<Move, MoveModel> {
  const out = new Map<Move, MoveModel>();
  for (const move of moves) {
    const vocab = selectFeatures(items, move, topK);
    const keep = (feats: string[]) => feats.filter((f) => vocab.has(f) || f.startsWith('len:'));
    const c = newClassifier(kind);
    for (const item of items) c.addDocument(keep(item.feats), item.moves.includes(move) ? 'yes' : 'no');
    c.train();
    out.set(move, {
      score: (feats) => yesShare(c, keep(feats)),
      has: (feats) => present(kind, c, keep(feats)),
    });
  }
  return out;
}

/** Train one binary classifier for any yes/no label (the dev-corpus experiment's labels are not moves). */
export function trainBinary(
  kind: LearnedName,
  items: readonly { feats: string[]; yes: boolean }[],
  topK = TOP_K,
): MoveModel {
  const vocab = selectFeaturesFor(items, topK);
  const keep = (feats: string[]) => feats.filter((f) => vocab.has(f) || f.startsWith('len:'));
  const c = newClassifier(kind);
  for (const item of items) c.addDocument(keep(item.feats), item.yes ? 'yes' : 'no');
  c.train();
  return {
    score: (feats) => yesShare(c, keep(feats)),
    has: (feats) => present(kind, c, keep(feats)),
  };
}
