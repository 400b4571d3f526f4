/**
 * Score the scorer against AnnoMI's development split (expert-labelled MI transcripts).
 * The data are read at run time from ../shared/datasets/annomi-dev (or $ANNOMI_DIR) and never
 * copied into the repository. Usage: npm run eval:annomi [-- --json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Analysis } from '../contract/analysis.js';
import { analyse } from '../engine/analysis/analyse.js';
import { type Binary, binary, binaryLine, fixed3, type Half, halves } from './eval/metrics.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the AnnoMI split is read from: $ANNOMI_DIR, else ../shared/datasets/annomi-dev beside the repository. */
export function annomiDir(): string {
  return process.env.ANNOMI_DIR
    ? resolve(process.env.ANNOMI_DIR)
    : resolve(repoRoot, '..', 'shared', 'datasets', 'annomi-dev');
}

/** The CSV file of the split, or undefined when the data are absent. */
export function annomiFile(dir = annomiDir()): string | undefined {
  const file = join(dir, 'annomi-dev.csv');
  return existsSync(file) ? file : undefined;
}

/** Parse RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  return body
    .filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** A therapist utterance with its expert labels, in the same terms as a prediction. */
export interface LabelledTurn extends Predicted {
  transcript: string;
  text: string;
  previous?: string;
}

export type MainBehaviour = 'question' | 'reflection' | 'therapist_input' | 'other';
const MAINS: MainBehaviour[] = ['question', 'reflection', 'therapist_input', 'other'];

/** Therapist turns of the split, each with the client utterance just before it in its transcript. */
export function loadTurns(file: string): LabelledTurn[] {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  rows.sort((a, b) =>
    a.transcript_id === b.transcript_id
      ? Number(a.utterance_id) - Number(b.utterance_id)
      : Number(a.transcript_id) - Number(b.transcript_id),
  );
  const out: LabelledTurn[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.interlocutor !== 'therapist') continue;
    const before = rows[i - 1];
    const previous =
      before && before.transcript_id === r.transcript_id && before.interlocutor === 'client'
        ? before.utterance_text
        : undefined;
    const input = r.therapist_input_subtype ?? '';
    out.push({
      transcript: r.transcript_id ?? '',
      text: r.utterance_text ?? '',
      ...(previous !== undefined ? { previous } : {}),
      question: r.question_exists === 'True',
      ...(r.question_subtype === 'open' || r.question_subtype === 'closed'
        ? { questionSubtype: r.question_subtype }
        : {}),
      reflection: r.reflection_exists === 'True',
      ...(r.reflection_subtype === 'simple' || r.reflection_subtype === 'complex'
        ? { reflectionSubtype: r.reflection_subtype }
        : {}),
      advice: input === 'advice' || input === 'options',
      information: input === 'information',
      main: (MAINS as string[]).includes(r.main_therapist_behaviour ?? '')
        ? (r.main_therapist_behaviour as MainBehaviour)
        : 'other',
    });
  }
  return out;
}

/** The scorer's prediction in AnnoMI's terms (mapping in the dataset README). */
export interface Predicted {
  question: boolean;
  questionSubtype?: 'open' | 'closed';
  reflection: boolean;
  reflectionSubtype?: 'simple' | 'complex';
  advice: boolean;
  information: boolean;
  main: MainBehaviour;
}

function strengthOf(a: Analysis, move: string): number {
  return a.details.find((d) => d.move === move)?.strength ?? 0;
}

/** Map an analysis onto AnnoMI's flags and its single main behaviour. */
export function toAnnomi(a: Analysis): Predicted {
  const open = strengthOf(a, 'open_question');
  const closed = strengthOf(a, 'closed_question');
  const simple = strengthOf(a, 'simple_reflection');
  const complex = strengthOf(a, 'complex_reflection');
  const advice = strengthOf(a, 'advice');
  const information = strengthOf(a, 'information');
  const question = open > 0 || closed > 0;
  const reflection = simple > 0 || complex > 0;
  const input = advice > 0 || information > 0;
  // Giving input outranks asking (the input is the point of the turn); a reflection with a question
  // tacked on is labelled by whichever is stronger.
  let main: MainBehaviour = 'other';
  if (input) main = 'therapist_input';
  else if (question && reflection)
    main = Math.max(simple, complex) > Math.max(open, closed) ? 'reflection' : 'question';
  else if (question) main = 'question';
  else if (reflection) main = 'reflection';
  return {
    question,
    ...(question ? { questionSubtype: open >= closed ? 'open' : 'closed' } : {}),
    reflection,
    ...(reflection ? { reflectionSubtype: complex > simple ? 'complex' : 'simple' } : {}),
    advice: advice > 0,
    information: information > 0,
    main,
  };
}

/** The seven measures the project is held to, plus the per-class detail behind them. */
export interface Scores {
  turns: number;
  question: Binary;
  openClosedAccuracy: number;
  reflection: Binary;
  simpleComplexAccuracy: number;
  advice: Binary;
  information: Binary;
  mainMacroF1: number;
  mainPerClass: Record<MainBehaviour, Binary>;
}

/** The report: the whole split and its two halves of transcripts (see scripts/eval/metrics.ts). */
export interface Report extends Scores {
  halves: Record<Half, Scores>;
}

/** Score every therapist turn of the split and compute the measures, as a whole and by halves. */
export function evaluate(turns: readonly LabelledTurn[]): Report {
  const rows = turns.map(
    (t) => [t, toAnnomi(analyse(t.text, t.previous !== undefined ? { previous: t.previous } : {}))] as const,
  );
  const half = halves(turns.map((t) => t.transcript));
  const of = (h: Half) => measures(rows.filter(([t]) => half.get(t.transcript) === h));
  return { ...measures(rows), halves: { tune: of('tune'), check: of('check') } };
}

function measures(both: readonly (readonly [LabelledTurn, Predicted])[]): Scores {
  const sub = <K extends 'questionSubtype' | 'reflectionSubtype'>(k: K, flag: 'question' | 'reflection') => {
    const rows = both.filter(([t, p]) => t[k] !== undefined && p[flag]);
    return rows.length === 0 ? 0 : rows.filter(([t, p]) => t[k] === p[k]).length / rows.length;
  };
  const mainPerClass = Object.fromEntries(
    MAINS.map((m) => [m, binary(both.map(([t, p]) => [t.main === m, p.main === m]))]),
  ) as Record<MainBehaviour, Binary>;
  return {
    turns: both.length,
    question: binary(both.map(([t, p]) => [t.question, p.question])),
    openClosedAccuracy: sub('questionSubtype', 'question'),
    reflection: binary(both.map(([t, p]) => [t.reflection, p.reflection])),
    simpleComplexAccuracy: sub('reflectionSubtype', 'reflection'),
    advice: binary(both.map(([t, p]) => [t.advice, p.advice])),
    information: binary(both.map(([t, p]) => [t.information, p.information])),
    mainMacroF1: MAINS.reduce((s, m) => s + mainPerClass[m].f1, 0) / MAINS.length,
    mainPerClass,
  };
}

function print(r: Report): void {
  const { tune, check } = r.halves;
  const both = (f: (x: Scores) => number) => `halves ${fixed3(f(tune))} / ${fixed3(f(check))}`;
  const out = [
    `AnnoMI dev split: ${r.turns} therapist utterances (${tune.turns} in the tuning half, ${check.turns} in the checking half)`,
    `main-behaviour macro-F1         ${fixed3(r.mainMacroF1)}   ${both((x) => x.mainMacroF1)}`,
    ...Object.entries(r.mainPerClass).map(([m, b]) => `  ${binaryLine(m, b)}`),
    `${binaryLine('question', r.question)}   ${both((x) => x.question.f1)}`,
    `open/closed accuracy            ${fixed3(r.openClosedAccuracy)}   ${both((x) => x.openClosedAccuracy)}  (among true questions found)`,
    `${binaryLine('reflection', r.reflection)}   ${both((x) => x.reflection.f1)}`,
    `simple/complex accuracy         ${fixed3(r.simpleComplexAccuracy)}   ${both((x) => x.simpleComplexAccuracy)}  (among true reflections found)`,
    `${binaryLine('advice (advice+options)', r.advice)}   ${both((x) => x.advice.f1)}`,
    `${binaryLine('information', r.information)}   ${both((x) => x.information.f1)}`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = annomiFile();
  if (!file) {
    process.stdout.write(
      `AnnoMI data not found at ${annomiDir()} — nothing to score. Put the split there or set ANNOMI_DIR.\n`,
    );
    process.exit(0);
  }
  const report = evaluate(loadTurns(file));
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else print(report);
}
