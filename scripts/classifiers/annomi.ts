import type { Move } from '../../contract/moves.js';
import { analyse } from '../../engine/analysis/analyse.js';
import { type LabelledTurn, toAnnomi } from '../eval-annomi.js';
import { features, type Prepared } from './features.js';
import { LEARNED, type ModelName, train } from './models.js';
import { type MoveScore, scoreOf } from './scoring.js';

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
export function annomiCheck(
  prepared: readonly Prepared[],
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
