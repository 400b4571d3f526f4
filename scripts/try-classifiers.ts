/**
 * Issue 3's experiment, reproducible: do natural's Bayes and logistic-regression classifiers beat
 * the rules on our own corpus? k-fold cross-validation over corpus/moves.yaml (stratified by each
 * item's rarest move, seeded), one binary classifier per move (one-vs-rest: items carry several
 * moves, e.g. a complex reflection that is also empathy, and the rules are scored the same way),
 * and the rule-based analyse() scored on the same held-out items. When the AnnoMI dev split is
 * present, the classifiers are also trained on the whole corpus and scored on it out of domain.
 * Usage: npm run classifiers [-- --folds 5 --seed 1 --json]
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import type Classifier from 'natural/lib/natural/classifiers/classifier.js';
import LogisticRegressionClassifier from 'natural/lib/natural/classifiers/logistic_regression_classifier.js';
import { parse } from 'yaml';
import type { AnalysisContext } from '../contract/analysis.js';
import { isMove, MOVES, type Move } from '../contract/moves.js';
import { analyse } from '../engine/analysis/analyse.js';
import { stem, words } from '../engine/analysis/nlp.js';
import { contentStems } from '../engine/analysis/rules/reflection.js';
import { annomiDir, annomiFile, type LabelledTurn, loadTurns, toAnnomi } from './eval-annomi.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One labelled corpus utterance. */
export interface Item {
  text: string;
  moves: Move[];
  previous?: string;
  cue?: string;
}

/** Read and check corpus/moves.yaml (or another file in its format). */
export function loadCorpus(file = resolve(repoRoot, 'corpus', 'moves.yaml')): Item[] {
  const raw = parse(readFileSync(file, 'utf8')) as {
    text: string;
    moves: string[];
    previous?: string;
    cue?: string;
  }[];
  return raw.map((r) => {
    const bad = r.moves.find((m) => !isMove(m));
    if (bad) throw new Error(`${file}: "${r.text}" has the unknown move "${bad}".`);
    return {
      text: r.text,
      moves: r.moves as Move[],
      ...(r.previous !== undefined ? { previous: r.previous } : {}),
      ...(r.cue !== undefined ? { cue: r.cue } : {}),
    };
  });
}

/** mulberry32: a small seeded PRNG, so the folds are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The fold of each item. Stratified by each item's rarest move (items with no move form their own
 * group), so every move has positives in every training set; shuffled within a group by the seed,
 * then dealt round-robin with one running counter so the folds stay the same size.
 */
export function assignFolds(items: readonly Item[], k: number, seed: number): number[] {
  const freq = new Map<string, number>();
  for (const item of items) for (const m of item.moves) freq.set(m, (freq.get(m) ?? 0) + 1);
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const rarest =
      [...item.moves].sort((a, b) => (freq.get(a) ?? 0) - (freq.get(b) ?? 0) || a.localeCompare(b))[0] ??
      '(none)';
    groups.set(rarest, [...(groups.get(rarest) ?? []), i]);
  });
  const rng = seeded(seed);
  const fold = new Array<number>(items.length).fill(0);
  let next = 0;
  for (const key of [...groups.keys()].sort()) {
    const members = groups.get(key) ?? [];
    // Fisher–Yates with the seeded generator.
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    for (const i of members) fold[i] = next++ % k;
  }
  return fold;
}

/**
 * The features a classifier sees: Porter stems of every word (natural's Treebank tokenizer via
 * nlp.ts, stop words kept because "what", "you" and "should" carry the move), the first word, a
 * question mark, a length bucket, how much of the client's previous line the words restate (the
 * rules' reflection evidence) and whether a cue was shown.
 */
export function features(text: string, context: AnalysisContext = {}): string[] {
  const tokens = words(text);
  const out = new Set(tokens.map((t) => `w:${stem(t)}`));
  if (tokens[0] !== undefined) out.add(`first:${stem(tokens[0])}`);
  if (text.includes('?')) out.add('has:?');
  const n = tokens.length;
  out.add(`len:${n <= 3 ? 'short' : n <= 8 ? 'mid' : n <= 20 ? 'long' : 'very-long'}`);
  if (context.previous !== undefined) {
    const mine = [...contentStems(tokens).keys()];
    const theirs = contentStems(words(context.previous));
    const shared = mine.filter((s) => theirs.has(s)).length;
    const ratio = mine.length === 0 ? 0 : shared / mine.length;
    out.add(`overlap:${ratio === 0 ? 'none' : ratio < 0.5 ? 'some' : 'most'}`);
  }
  if (context.cue !== undefined) out.add('has:cue');
  return [...out].sort();
}

function contextOf(item: { previous?: string; cue?: string }): AnalysisContext {
  return {
    ...(item.previous !== undefined ? { previous: item.previous } : {}),
    ...(item.cue !== undefined ? { cue: item.cue } : {}),
  };
}

export type ModelName = 'rules' | 'bayes' | 'logistic';
const LEARNED: readonly Exclude<ModelName, 'rules'>[] = ['bayes', 'logistic'];

/** A trained one-vs-rest model: per move, how sure it is the move is present (0–1), and its verdict. */
interface MoveModel {
  score(feats: string[]): number;
  has(feats: string[]): boolean;
}

function newClassifier(kind: Exclude<ModelName, 'rules'>): Classifier {
  return kind === 'bayes' ? new BayesClassifier() : new LogisticRegressionClassifier();
}

/**
 * The verdict. Bayes: the likelier of "yes" and "no" (natural's classify). Logistic regression:
 * the "yes" model's sigmoid above 0.5, the usual binary decision; natural's classify would compare
 * it with the separately trained "no" model, whose gradient descent stops at a different point.
 */
function present(kind: Exclude<ModelName, 'rules'>, c: Classifier, feats: string[]): boolean {
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
 * Features kept per move (see selectFeatures). 20 keeps a 5-fold run of natural's logistic
 * regression to about 20 s; more features cost training time in proportion and change no
 * conclusion (on 2 folds, 120 features gave logistic regression 0.36 macro-F1 and Bayes 0.19).
 */
export const TOP_K = 20;

/**
 * The topK features most associated with the move on the training items (chi-squared of the 2×2
 * table feature × move, features seen in at least two items, ties broken by name). Computed on the
 * training items only, so nothing leaks from the held-out fold; it also keeps natural's logistic
 * regression (dense matrices, batch gradient descent) fast enough to cross-validate.
 */
export function selectFeatures(
  items: readonly { feats: string[]; moves: readonly Move[] }[],
  move: Move,
  topK: number,
): Set<string> {
  const n = items.length;
  const pos = items.filter((i) => i.moves.includes(move)).length;
  const withF = new Map<string, { all: number; pos: number }>();
  for (const item of items) {
    const has = item.moves.includes(move);
    for (const f of item.feats) {
      const c = withF.get(f) ?? { all: 0, pos: 0 };
      c.all++;
      if (has) c.pos++;
      withF.set(f, c);
    }
  }
  const chi2 = ({ all, pos: a }: { all: number; pos: number }) => {
    const b = all - a; // feature, not move
    const c = pos - a; // move, not feature
    const d = n - all - c;
    const den = (a + b) * (c + d) * (a + c) * (b + d);
    return den === 0 ? 0 : (n * (a * d - b * c) ** 2) / den;
  };
  return new Set(
    [...withF]
      .filter(([, c]) => c.all >= 2)
      .map(([f, c]) => [f, chi2(c)] as const)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .slice(0, topK)
      .map(([f]) => f),
  );
}

/**
 * Train one binary classifier per move on the given items. The vocabulary is the features seen in
 * at least two training items (computed on the training items only, so nothing leaks from the
 * held-out fold); a length bucket is always present, so no document is empty (natural drops those).
 */
export function train(
  kind: Exclude<ModelName, 'rules'>,
  items: readonly { feats: string[]; moves: readonly Move[] }[],
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

function scoreOf(tp: number, fp: number, fn: number): MoveScore {
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

/** A move on which a classifier's held-out F1 is above the rules'. */
export interface Win {
  move: Move;
  model: Exclude<ModelName, 'rules'>;
  f1: number;
  rulesF1: number;
}

/** Out-of-domain figures on AnnoMI for one model (same definitions as npm run eval:annomi). */
export interface AnnomiScores {
  question: MoveScore;
  openClosedAccuracy: number;
  reflection: MoveScore;
  simpleComplexAccuracy: number;
  /** Rows behind simpleComplexAccuracy: true reflections with a subtype that the model flagged. */
  simpleComplexRows: number;
  input: MoveScore;
}

export interface AnnomiReport {
  turns: number;
  models: Record<ModelName, AnnomiScores>;
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
  trainMs: Record<Exclude<ModelName, 'rules'>, number>;
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

/** Run the cross-validation (and the AnnoMI check when turns are given). */
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

const ANNOMI_MOVES: readonly Move[] = [
  'open_question',
  'closed_question',
  'simple_reflection',
  'complex_reflection',
  'advice',
  'information',
];

/** A model's AnnoMI-level verdict on one turn. */
interface Flags {
  question: boolean;
  questionSubtype?: 'open' | 'closed';
  reflection: boolean;
  reflectionSubtype?: 'simple' | 'complex';
  input: boolean;
}

function annomiScores(turns: readonly LabelledTurn[], preds: readonly Flags[]): AnnomiScores {
  const flag = (gold: (t: LabelledTurn) => boolean, pred: (p: Flags) => boolean) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    turns.forEach((t, i) => {
      const g = gold(t);
      const p = pred(preds[i]!);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    });
    return scoreOf(tp, fp, fn);
  };
  // Subtype accuracy among true questions/reflections the model found, as eval:annomi measures it.
  const subtype = (key: 'questionSubtype' | 'reflectionSubtype', found: 'question' | 'reflection') => {
    const rows = turns.flatMap((t, i) =>
      t[key] !== undefined && preds[i]![found] ? [t[key] === preds[i]![key]] : [],
    );
    return { accuracy: rows.length === 0 ? 0 : rows.filter(Boolean).length / rows.length, rows: rows.length };
  };
  const simpleComplex = subtype('reflectionSubtype', 'reflection');
  return {
    question: flag(
      (t) => t.question,
      (p) => p.question,
    ),
    openClosedAccuracy: subtype('questionSubtype', 'question').accuracy,
    reflection: flag(
      (t) => t.reflection,
      (p) => p.reflection,
    ),
    simpleComplexAccuracy: simpleComplex.accuracy,
    simpleComplexRows: simpleComplex.rows,
    input: flag(
      (t) => t.advice || t.information,
      (p) => p.input,
    ),
  };
}

/**
 * Train on the whole corpus and score AnnoMI: question, reflection and input (advice or
 * information) present, and open/closed and simple/complex among the true ones found. The rules go
 * through eval-annomi's own mapping. AnnoMI rows are only read, never written anywhere.
 */
function annomiCheck(
  prepared: readonly { feats: string[]; moves: readonly Move[] }[],
  turns: readonly LabelledTurn[],
  topK: number,
): AnnomiReport {
  const feats = turns.map((t) => features(t.text, t.previous !== undefined ? { previous: t.previous } : {}));
  const models = {} as Record<ModelName, AnnomiScores>;
  models.rules = annomiScores(
    turns,
    turns.map((t) => {
      const p = toAnnomi(analyse(t.text, t.previous !== undefined ? { previous: t.previous } : {}));
      return { ...p, input: p.advice || p.information };
    }),
  );
  for (const kind of LEARNED) {
    const trained = train(kind, prepared, ANNOMI_MOVES, topK);
    const at = (m: Move) => trained.get(m)!;
    models[kind] = annomiScores(
      turns,
      feats.map((f) => {
        const open = at('open_question').score(f);
        const closed = at('closed_question').score(f);
        const simple = at('simple_reflection').score(f);
        const complex = at('complex_reflection').score(f);
        const question = at('open_question').has(f) || at('closed_question').has(f);
        const reflection = at('simple_reflection').has(f) || at('complex_reflection').has(f);
        return {
          question,
          ...(question ? { questionSubtype: open >= closed ? 'open' : 'closed' } : {}),
          reflection,
          ...(reflection ? { reflectionSubtype: complex > simple ? 'complex' : 'simple' } : {}),
          input: at('advice').has(f) || at('information').has(f),
        };
      }),
    );
  }
  return { turns: turns.length, models };
}

const fix = (x: number) => x.toFixed(2);
const prf = (s: MoveScore) => `${fix(s.precision)} ${fix(s.recall)} ${fix(s.f1)}`;

/** The human-readable report. */
export function format(report: Report, timing: Timing): string {
  const names: ModelName[] = ['rules', 'bayes', 'logistic'];
  const head = `${'move'.padEnd(20)} ${'n'.padStart(3)}  ${names.map((n) => `${n} P R F1`.padEnd(16)).join('  ')}`;
  const lines = [
    `corpus/moves.yaml: ${report.items} utterances, ${report.folds}-fold cross-validation (stratified, seed ${report.seed}), one-vs-rest per move on the ${report.topK} features most associated with it; counts pooled over the held-out folds`,
    '',
    head,
    ...MOVES.map(
      (m) =>
        `${m.padEnd(20)} ${String(report.models.rules.perMove[m].support).padStart(3)}  ${names
          .map((n) => prf(report.models[n].perMove[m]).padEnd(16))
          .join('  ')}`,
    ),
    '',
    `macro-F1 over the 23 moves: rules ${fix(report.models.rules.macroF1)}, Bayes ${fix(report.models.bayes.macroF1)}, logistic regression ${fix(report.models.logistic.macroF1)}`,
    `training time over all folds: Bayes ${Math.round(timing.trainMs.bayes)} ms, logistic regression ${Math.round(timing.trainMs.logistic)} ms (rules need none; scoring the held-out items took ${Math.round(timing.rulesMs)} ms)`,
    report.wins.length === 0
      ? 'No classifier beats the rules on any move: no model ships.'
      : `Classifier above the rules on held-out folds: ${report.wins
          .map((w) => `${w.model} on ${w.move} (${fix(w.f1)} vs ${fix(w.rulesF1)})`)
          .join('; ')}`,
  ];
  if (report.annomi) {
    const a = report.annomi;
    lines.push(
      '',
      `AnnoMI dev split, out of domain (classifiers trained on the whole corpus): ${a.turns} therapist utterances`,
      `${'model'.padEnd(10)} ${'question F1'.padEnd(12)} ${'open/closed'.padEnd(12)} ${'reflection F1'.padEnd(14)} ${'simple/complex'.padEnd(15)} input F1`,
      ...names.map((n) => {
        const s = a.models[n];
        return `${n.padEnd(10)} ${fix(s.question.f1).padEnd(12)} ${fix(s.openClosedAccuracy).padEnd(12)} ${fix(s.reflection.f1).padEnd(14)} ${`${fix(s.simpleComplexAccuracy)} (n=${s.simpleComplexRows})`.padEnd(15)} ${fix(s.input.f1)}`;
      }),
      '(open/closed and simple/complex: accuracy among the true questions/reflections each model found)',
    );
  } else lines.push('', `AnnoMI data not found at ${annomiDir()}: out-of-domain check skipped.`);
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      folds: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      'top-k': { type: 'string', default: String(TOP_K) },
      json: { type: 'boolean', default: false },
    },
  });
  const file = annomiFile();
  try {
    const { report, timing } = runExperiment(loadCorpus(), {
      folds: Number(values.folds),
      seed: Number(values.seed),
      topK: Number(values['top-k']),
      ...(file ? { annomi: loadTurns(file) } : {}),
    });
    process.stdout.write(
      values.json ? `${JSON.stringify({ report, timing }, null, 2)}\n` : format(report, timing),
    );
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
