import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { AnalysisContext } from '../../contract/analysis.js';
import { isMove, type Move } from '../../contract/moves.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

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

/** The analysis context an item (or any utterance with an optional previous line and cue) was said in. */
export function contextOf(item: { previous?: string; cue?: string }): AnalysisContext {
  return {
    ...(item.previous !== undefined ? { previous: item.previous } : {}),
    ...(item.cue !== undefined ? { cue: item.cue } : {}),
  };
}
