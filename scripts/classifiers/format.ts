import { MOVES } from '../../contract/moves.js';
import { annomiDir } from '../eval-annomi.js';
import type { DevReport } from './dev.js';
import type { Report, Timing } from './experiment.js';
import type { ModelName } from './models.js';
import type { MoveScore } from './scoring.js';

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
    `macro-F1 over the ${MOVES.length} moves: rules ${fix(report.models.rules.macroF1)}, Bayes ${fix(report.models.bayes.macroF1)}, logistic regression ${fix(report.models.logistic.macroF1)}`,
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

/** The dev-corpus part of the report: rules against both classifiers, label by label. */
export function formatDev(dev: DevReport | undefined, ms?: number): string {
  if (!dev) return '\nDev corpora (AnnoMI, ESConv) not found: the held-out comparison on them was skipped.\n';
  const names: ModelName[] = ['rules', 'bayes', 'logistic'];
  const lines = [
    '',
    `Dev corpora: ${dev.folds}-fold cross-validation with whole conversations held out (seed ${dev.seed}), ${dev.topK} features per label; the rules scored on the same turns`,
    `${'corpus'.padEnd(7)} ${'label'.padEnd(28)} ${'n'.padStart(4)}  ${names.map((n) => `${n} P R F1`.padEnd(16)).join('  ')}`,
    ...dev.results.map(
      (r) =>
        `${r.corpus.padEnd(7)} ${r.label.padEnd(28)} ${String(r.support).padStart(4)}  ${names
          .map((n) => prf(r.scores[n]).padEnd(16))
          .join('  ')}`,
    ),
    dev.wins.length === 0
      ? 'No classifier beats the rules on any dev label.'
      : `Classifier above the rules on held-out conversations: ${dev.wins
          .map((w) => `${w.model} on ${w.corpus} ${w.label} (${fix(w.f1)} vs ${fix(w.rulesF1)})`)
          .join('; ')}`,
    shipVerdict(dev),
    ...(ms !== undefined ? [`(the dev comparison took ${Math.round(ms / 1000)} s)`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * What ships: a model earns a place in the scorer only if it beats the rules on every dev corpus
 * that labels the moves it would emit (an ESConv strategy and its AnnoMI counterpart).
 */
export function shipVerdict(dev: DevReport): string {
  const shippable = dev.wins.filter((w) => {
    const twin = COUNTERPART[w.label];
    const other = dev.results.find((r) => r.label === twin);
    return !other || other.scores[w.model].f1 > other.scores.rules.f1;
  });
  return shippable.length === 0
    ? 'No model ships: every win above is on an ESConv label whose moves the same model finds far worse than the rules on AnnoMI.'
    : `Would ship: ${shippable.map((w) => `${w.model} for ${w.corpus} ${w.label}`).join('; ')}`;
}

/** The AnnoMI flag that scores the same moves as an ESConv strategy, and back. */
const COUNTERPART: Record<string, string> = {
  Question: 'question',
  'Restatement or Paraphrasing': 'reflection',
  'Reflection of feelings': 'reflection',
  'Providing Suggestions': 'advice',
  Information: 'information',
  question: 'Question',
  reflection: 'Restatement or Paraphrasing',
  advice: 'Providing Suggestions',
  information: 'Information',
};
