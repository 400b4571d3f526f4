import type { AgreementCell, AgreementReport } from '../../contract/educator.js';
import { MOVES, type Move } from '../../contract/moves.js';

/** One labelled trainee turn: the moves the educator marked and the moves the scorer found. */
export interface LabelPair {
  sessionId: string;
  labels: readonly Move[];
  scorer: readonly Move[];
}

/** Counts of a 2×2 table: educator yes/no against scorer yes/no. */
interface Table {
  both: number;
  educatorOnly: number;
  scorerOnly: number;
  neither: number;
}

const empty = (): Table => ({ both: 0, educatorOnly: 0, scorerOnly: 0, neither: 0 });

/**
 * Cohen's kappa for two raters' yes/no decisions: agreement beyond what their own rates of saying
 * yes would give by chance, (pₒ − pₑ) / (1 − pₑ). Undefined (null) when chance agreement is
 * certain: both said the same single answer every time, so there is nothing to tell apart.
 */
export function cohensKappa(t: Table): AgreementCell {
  const n = t.both + t.educatorOnly + t.scorerOnly + t.neither;
  if (n === 0) return { ...t, observed: 0, kappa: null };
  const agreed = t.both + t.neither;
  // n² · pₑ, in whole numbers, so that kappa is one division (exactly 0 or 1 when it should be).
  const chance =
    (t.both + t.educatorOnly) * (t.both + t.scorerOnly) +
    (t.scorerOnly + t.neither) * (t.educatorOnly + t.neither);
  const kappa = chance === n * n ? null : (n * agreed - chance) / (n * n - chance);
  return { ...t, observed: agreed / n, kappa };
}

function count(table: Table, educator: boolean, scorer: boolean): void {
  if (educator && scorer) table.both += 1;
  else if (educator) table.educatorOnly += 1;
  else if (scorer) table.scorerOnly += 1;
  else table.neither += 1;
}

/**
 * Educator labels against the scorer's, per move and overall. Each labelled turn is one yes/no
 * decision per move (did this turn make the move?); "overall" pools every turn-and-move decision.
 */
export function agreementOf(pairs: readonly LabelPair[]): AgreementReport {
  const perMove = new Map<Move, Table>(MOVES.map((m) => [m, empty()]));
  const overall = empty();
  for (const pair of pairs) {
    const labels = new Set(pair.labels);
    const scorer = new Set(pair.scorer);
    for (const move of MOVES) {
      count(perMove.get(move)!, labels.has(move), scorer.has(move));
      count(overall, labels.has(move), scorer.has(move));
    }
  }
  return {
    turns: pairs.length,
    sessions: new Set(pairs.map((p) => p.sessionId)).size,
    overall: cohensKappa(overall),
    moves: MOVES.map((move) => ({ move, ...cohensKappa(perMove.get(move)!) })),
  };
}
