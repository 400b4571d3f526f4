/**
 * Issue 3's experiment, reproducible: do natural's Bayes and logistic-regression classifiers beat
 * the rules on our own corpus? k-fold cross-validation over corpus/moves.yaml (stratified by each
 * item's rarest move, seeded), one binary classifier per move (one-vs-rest: items carry several
 * moves, e.g. a complex reflection that is also empathy, and the rules are scored the same way),
 * and the rule-based analyse() scored on the same held-out items. When the AnnoMI dev split is
 * present, the classifiers are also trained on the whole corpus and scored on it out of domain.
 * When the dev corpora (AnnoMI, ESConv) are present, the classifiers are also trained on them and
 * compared with the rules on held-out conversations (scripts/classifiers/dev.ts).
 * The pieces live in scripts/classifiers/; this file only reads the arguments and prints.
 * Usage: npm run classifiers [-- --folds 5 --seed 1 --top-k 20 --json --no-dev]
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from './classifiers/corpus.js';
import { devTasks, runDevExperiment } from './classifiers/dev.js';
import { runExperiment } from './classifiers/experiment.js';
import { TOP_K } from './classifiers/features.js';
import { format, formatDev } from './classifiers/format.js';
import { annomiFile, loadTurns } from './eval-annomi.js';
import { esconvFile, loadSupporterTurns } from './eval-esconv.js';

const { values } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'top-k': { type: 'string', default: String(TOP_K) },
    json: { type: 'boolean', default: false },
    'no-dev': { type: 'boolean', default: false },
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
  const esconv = esconvFile();
  const tasks =
    values['no-dev'] || (!file && !esconv)
      ? []
      : devTasks(file ? loadTurns(file) : [], esconv ? loadSupporterTurns(esconv) : []);
  const started = performance.now();
  const dev =
    tasks.length > 0
      ? runDevExperiment(tasks, {
          folds: Number(values.folds),
          seed: Number(values.seed),
          topK: Number(values['top-k']),
        })
      : undefined;
  const devMs = performance.now() - started;
  process.stdout.write(
    values.json
      ? `${JSON.stringify({ report, dev, timing: { ...timing, devMs } }, null, 2)}\n`
      : format(report, timing) + formatDev(dev, dev ? devMs : undefined),
  );
} catch (err) {
  // A bad argument or corpus file: the message says what to fix, no stack trace.
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
