/**
 * Score the scorer against ESConv's development split (emotional-support chats, every supporter
 * turn labelled with one helping strategy; Liu et al., ACL 2021). The data are read at run time
 * from ../shared/datasets/esconv-dev (or $ESCONV_DIR) and never copied into the repository.
 * Usage: npm run eval:esconv [-- --json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Analysis } from '../contract/analysis.js';
import type { Move } from '../contract/moves.js';
import { analyse } from '../engine/analysis/analyse.js';
import { type Binary, binary, binaryLine, fixed3, type Half, halves } from './eval/metrics.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the ESConv split is read from: $ESCONV_DIR, else ../shared/datasets/esconv-dev beside the repository. */
export function esconvDir(): string {
  return process.env.ESCONV_DIR
    ? resolve(process.env.ESCONV_DIR)
    : resolve(repoRoot, '..', 'shared', 'datasets', 'esconv-dev');
}

/** The JSON-lines file of the split, or undefined when the data are absent. */
export function esconvFile(dir = esconvDir()): string | undefined {
  const file = join(dir, 'esconv-dev.jsonl');
  return existsSync(file) ? file : undefined;
}

/** The seven scored strategies (ESConv's eighth, "Others", is not scored). */
export const STRATEGIES = [
  'Question',
  'Restatement or Paraphrasing',
  'Reflection of feelings',
  'Affirmation and Reassurance',
  'Providing Suggestions',
  'Information',
  'Self-disclosure',
] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** Which of the scorer's moves count as a hit for each strategy (the mapping in the dataset README). */
export const STRATEGY_MOVES: Record<Strategy, readonly Move[]> = {
  Question: ['open_question', 'closed_question'],
  'Restatement or Paraphrasing': ['simple_reflection', 'summary'],
  'Reflection of feelings': ['complex_reflection', 'empathy'],
  'Affirmation and Reassurance': ['affirmation', 'validation', 'minimising'],
  'Providing Suggestions': ['advice'],
  Information: ['information'],
  'Self-disclosure': ['self_disclosure', 'self_focus'],
};

/** One supporter turn: its words, the seeker's line before it, and its strategy label. */
export interface SupporterTurn {
  /** The conversation's position in the file (0-based), as a string id. */
  conversation: string;
  text: string;
  previous?: string;
  /** One of the seven, or "Others". */
  strategy: string;
}

interface Dialog {
  dialog: { text: string; speaker: string; strategy?: string }[];
}

/** Every supporter turn of the split, each with the last seeker line before it in its conversation. */
export function loadSupporterTurns(file: string): SupporterTurn[] {
  const out: SupporterTurn[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .forEach((line, c) => {
      const { dialog } = JSON.parse(line) as Dialog;
      let previous: string | undefined;
      for (const turn of dialog) {
        if (turn.speaker === 'usr') previous = turn.text;
        else if (turn.speaker === 'sys')
          out.push({
            conversation: String(c),
            text: turn.text,
            ...(previous !== undefined ? { previous } : {}),
            strategy: turn.strategy ?? 'Others',
          });
      }
    });
  return out;
}

/** The strategies an analysis hits, by the README's mapping. */
export function toStrategies(a: Analysis): Set<Strategy> {
  const moves = new Set(a.moves);
  return new Set(STRATEGIES.filter((s) => STRATEGY_MOVES[s].some((m) => moves.has(m))));
}

/** Per-strategy one-vs-rest scores and their macro-average over the seven. */
export interface Scores {
  turns: number;
  macroF1: number;
  perStrategy: Record<Strategy, Binary>;
}

/** The report: the whole split and its two halves (see scripts/eval/metrics.ts). */
export interface Report extends Scores {
  halves: Record<Half, Scores>;
}

function scores(rows: readonly (readonly [SupporterTurn, Set<Strategy>])[]): Scores {
  const perStrategy = Object.fromEntries(
    STRATEGIES.map((s) => [s, binary(rows.map(([t, got]) => [t.strategy === s, got.has(s)] as const))]),
  ) as Record<Strategy, Binary>;
  return {
    turns: rows.length,
    macroF1: STRATEGIES.reduce((sum, s) => sum + perStrategy[s].f1, 0) / STRATEGIES.length,
    perStrategy,
  };
}

/** Score every supporter turn of the split, as a whole and by halves. */
export function evaluate(turns: readonly SupporterTurn[]): Report {
  const rows = turns.map(
    (t) =>
      [t, toStrategies(analyse(t.text, t.previous !== undefined ? { previous: t.previous } : {}))] as const,
  );
  const half = halves(turns.map((t) => t.conversation));
  const of = (h: Half) => scores(rows.filter(([t]) => half.get(t.conversation) === h));
  return { ...scores(rows), halves: { tune: of('tune'), check: of('check') } };
}

function print(r: Report): void {
  const out = [
    `ESConv dev split: ${r.turns} supporter turns (${r.halves.tune.turns} in the tuning half, ${r.halves.check.turns} in the checking half)`,
    `macro-F1 over the seven strategies  ${fixed3(r.macroF1)}   halves ${fixed3(r.halves.tune.macroF1)} / ${fixed3(r.halves.check.macroF1)}`,
    ...STRATEGIES.map(
      (s) =>
        `  ${binaryLine(s, r.perStrategy[s])}   halves ${fixed3(r.halves.tune.perStrategy[s].f1)} / ${fixed3(r.halves.check.perStrategy[s].f1)}`,
    ),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = esconvFile();
  if (!file) {
    process.stdout.write(
      `ESConv data not found at ${esconvDir()} — nothing to score. Put the split there or set ESCONV_DIR.\n`,
    );
    process.exit(0);
  }
  const report = evaluate(loadSupporterTurns(file));
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else print(report);
}
