/**
 * The classifiers against the rules on the development corpora (AnnoMI, ESConv): one binary
 * classifier per label, cross-validated with whole conversations held out, the rules scored on the
 * same held-out turns. A classifier that beats the rules here, on labels the project is measured
 * on, is the only kind that could earn a place in the scorer.
 */
import { analyse } from '../../engine/analysis/analyse.js';
import { type LabelledTurn, toAnnomi } from '../eval-annomi.js';
import { STRATEGIES, type SupporterTurn, toStrategies } from '../eval-esconv.js';
import { features } from './features.js';
import { assignGroupFolds } from './folds.js';
import { LEARNED, type LearnedName, type ModelName, trainBinary } from './models.js';
import { type MoveScore, scoreOf } from './scoring.js';

/** One turn of a dev corpus as a yes/no example for one label. */
interface DevItem {
  feats: string[];
  yes: boolean;
  /** The rules' verdict, through the same mapping eval:annomi / eval:esconv use. */
  rule: boolean;
  group: string;
}

/** One label of one corpus. */
export interface DevTask {
  corpus: 'AnnoMI' | 'ESConv';
  label: string;
  items: DevItem[];
}

/** Held-out scores of the rules and both classifiers on one label. */
export interface DevResult {
  corpus: DevTask['corpus'];
  label: string;
  support: number;
  scores: Record<ModelName, MoveScore>;
}

export interface DevReport {
  folds: number;
  seed: number;
  topK: number;
  results: DevResult[];
  /** Labels on which a classifier's held-out F1 is above the rules'. */
  wins: { corpus: string; label: string; model: LearnedName; f1: number; rulesF1: number }[];
}

const ANNOMI_LABELS = ['question', 'reflection', 'advice', 'information'] as const;

/** The labels of the dev corpora, each turn's features computed once and shared by every label. */
export function devTasks(
  annomi: readonly LabelledTurn[] = [],
  esconv: readonly SupporterTurn[] = [],
): DevTask[] {
  const tasks: DevTask[] = [];
  if (annomi.length > 0) {
    const rows = annomi.map((t) => {
      const context = t.previous !== undefined ? { previous: t.previous } : {};
      return { t, feats: features(t.text, context), pred: toAnnomi(analyse(t.text, context)) };
    });
    for (const label of ANNOMI_LABELS)
      tasks.push({
        corpus: 'AnnoMI',
        label,
        items: rows.map(({ t, feats, pred }) => ({
          feats,
          yes: t[label],
          rule: pred[label],
          group: t.transcript,
        })),
      });
  }
  if (esconv.length > 0) {
    const rows = esconv.map((t) => {
      const context = t.previous !== undefined ? { previous: t.previous } : {};
      return { t, feats: features(t.text, context), pred: toStrategies(analyse(t.text, context)) };
    });
    for (const label of STRATEGIES)
      tasks.push({
        corpus: 'ESConv',
        label,
        items: rows.map(({ t, feats, pred }) => ({
          feats,
          yes: t.strategy === label,
          rule: pred.has(label),
          group: t.conversation,
        })),
      });
  }
  return tasks;
}

function score(gold: readonly boolean[], pred: readonly boolean[]): MoveScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (g && pred[i]) tp++;
    else if (pred[i]) fp++;
    else if (g) fn++;
  });
  return scoreOf(tp, fp, fn);
}

/** Cross-validate both classifiers on every task, conversations held out whole; deterministic. */
export function runDevExperiment(
  tasks: readonly DevTask[],
  options: { folds?: number; seed?: number; topK?: number } = {},
): DevReport {
  const k = options.folds ?? 5;
  const seed = options.seed ?? 1;
  const topK = options.topK ?? 20;
  const results: DevResult[] = tasks.map((task) => {
    const fold = assignGroupFolds(
      task.items.map((i) => i.group),
      k,
      seed,
    );
    const predicted: Record<LearnedName, boolean[]> = {
      bayes: task.items.map(() => false),
      logistic: task.items.map(() => false),
    };
    for (let f = 0; f < k; f++) {
      const training = task.items.filter((i) => fold.get(i.group) !== f);
      for (const kind of LEARNED) {
        const model = trainBinary(kind, training, topK);
        task.items.forEach((item, i) => {
          if (fold.get(item.group) === f) predicted[kind][i] = model.has(item.feats);
        });
      }
    }
    const gold = task.items.map((i) => i.yes);
    return {
      corpus: task.corpus,
      label: task.label,
      support: gold.filter(Boolean).length,
      scores: {
        rules: score(
          gold,
          task.items.map((i) => i.rule),
        ),
        bayes: score(gold, predicted.bayes),
        logistic: score(gold, predicted.logistic),
      },
    };
  });
  const wins = results.flatMap((r) =>
    LEARNED.filter((m) => r.scores[m].f1 > r.scores.rules.f1).map((model) => ({
      corpus: r.corpus,
      label: r.label,
      model,
      f1: r.scores[model].f1,
      rulesF1: r.scores.rules.f1,
    })),
  );
  return { folds: k, seed, topK, results, wins };
}
