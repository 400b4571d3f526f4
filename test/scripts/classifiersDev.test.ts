import { describe, expect, it } from 'vitest';
import { devTasks, runDevExperiment } from '../../scripts/classifiers/dev.js';
import { assignGroupFolds } from '../../scripts/classifiers/folds.js';
import type { LabelledTurn } from '../../scripts/eval-annomi.js';
import type { SupporterTurn } from '../../scripts/eval-esconv.js';

// A small labelled set written for this test (not dataset rows): questions, suggestions and
// reflections over eight conversations.
const lines: [string, string][] = [
  ['How have you been sleeping?', 'Question'],
  ['What happened after that?', 'Question'],
  ['You could try a warm bath before bed.', 'Providing Suggestions'],
  ['Maybe you should talk to your manager.', 'Providing Suggestions'],
  ['It sounds like you feel let down by him.', 'Reflection of feelings'],
  ['You sound really worried about the exam.', 'Reflection of feelings'],
];
const esconv: SupporterTurn[] = Array.from({ length: 48 }, (_, i) => ({
  conversation: String(i % 8),
  text: lines[i % lines.length]![0],
  previous: 'I have not slept properly for weeks.',
  strategy: lines[i % lines.length]![1],
}));
const annomi: LabelledTurn[] = esconv.map((t) => ({
  transcript: t.conversation,
  text: t.text,
  previous: t.previous!,
  question: t.strategy === 'Question',
  reflection: t.strategy === 'Reflection of feelings',
  advice: t.strategy === 'Providing Suggestions',
  information: false,
  main:
    t.strategy === 'Question'
      ? 'question'
      : t.strategy === 'Providing Suggestions'
        ? 'therapist_input'
        : 'reflection',
}));

describe('the dev-corpus classifier comparison', () => {
  const tasks = devTasks(annomi, esconv);
  const report = runDevExperiment(tasks, { folds: 2, seed: 1, topK: 3 });

  it('has a task per AnnoMI flag and per ESConv strategy', () => {
    expect(tasks.map((t) => `${t.corpus} ${t.label}`)).toEqual([
      'AnnoMI question',
      'AnnoMI reflection',
      'AnnoMI advice',
      'AnnoMI information',
      'ESConv Question',
      'ESConv Restatement or Paraphrasing',
      'ESConv Reflection of feelings',
      'ESConv Affirmation and Reassurance',
      'ESConv Providing Suggestions',
      'ESConv Information',
      'ESConv Self-disclosure',
    ]);
  });

  it('scores the rules on every turn, as the evaluations map them', () => {
    const question = report.results.find((r) => r.corpus === 'ESConv' && r.label === 'Question')!;
    expect(question.support).toBe(16);
    // Every question above is found by the rules, and nothing else asks.
    expect(question.scores.rules).toMatchObject({ tp: 16, fp: 0, fn: 0 });
  });

  it('holds whole conversations out, the same way on every run', () => {
    const fold = assignGroupFolds(
      esconv.map((t) => t.conversation),
      2,
      1,
    );
    expect(new Set(fold.values())).toEqual(new Set([0, 1]));
    expect(fold).toEqual(
      assignGroupFolds(
        esconv.map((t) => t.conversation),
        2,
        1,
      ),
    );
    expect(runDevExperiment(tasks, { folds: 2, seed: 1, topK: 3 })).toEqual(report);
  });

  it('lists a win exactly where a classifier is above the rules', () => {
    for (const r of report.results)
      for (const model of ['bayes', 'logistic'] as const)
        expect(
          report.wins.some((w) => w.corpus === r.corpus && w.label === r.label && w.model === model),
        ).toBe(r.scores[model].f1 > r.scores.rules.f1);
  });
});

describe('the ship verdict', () => {
  const scores = (f1: number) => ({ tp: 0, fp: 0, fn: 0, precision: f1, recall: f1, f1, support: 1 });
  const report = (esconvBayes: number, annomiBayes: number) => ({
    folds: 2,
    seed: 1,
    topK: 3,
    results: [
      {
        corpus: 'ESConv' as const,
        label: 'Question',
        support: 1,
        scores: { rules: scores(0.6), bayes: scores(esconvBayes), logistic: scores(0.1) },
      },
      {
        corpus: 'AnnoMI' as const,
        label: 'question',
        support: 1,
        scores: { rules: scores(0.9), bayes: scores(annomiBayes), logistic: scores(0.1) },
      },
    ],
    wins:
      esconvBayes > 0.6
        ? [{ corpus: 'ESConv', label: 'Question', model: 'bayes' as const, f1: esconvBayes, rulesF1: 0.6 }]
        : [],
  });

  it('ships nothing for a win on one corpus that the same model loses on the other', async () => {
    const { shipVerdict } = await import('../../scripts/classifiers/format.js');
    expect(shipVerdict(report(0.7, 0.5))).toMatch(/^No model ships/);
    expect(shipVerdict(report(0.7, 0.95))).toMatch(/^Would ship: bayes for ESConv Question/);
  });
});
