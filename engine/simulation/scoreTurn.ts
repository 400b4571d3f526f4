import type { Analysis } from '../../contract/analysis.js';
import { isMove, type Move } from '../../contract/moves.js';
import type { Persona } from '../persona/schema.js';
import { type ClientContext, RECENT_TURNS, REFUSAL_TURNS, SAYINGS_KEPT, type Verdict } from './context.js';
import { hear, sayingOf, shownBy } from './listening.js';
import { apology, losses } from './steps/losses.js';
import { gains } from './steps/gains.js';
import { mixedMessage, perTurnCap, repetition } from './steps/caps.js';
import { decay, disclosure, floors } from './steps/settle.js';
import type { Step, TurnDraft, TurnInput } from './steps/turn.js';
import { REPAIR_NEEDS } from './rules.js';
import { namesCue } from './topics.js';

/** The part of the context one trainee turn changes. */
export type TurnUpdate = Pick<
  ClientContext,
  | 'trust'
  | 'openness'
  | 'turn'
  | 'recentMoves'
  | 'recentSayings'
  | 'harmsWhileWithdrawn'
  | 'verdict'
  | 'refused'
  | 'unrepaired'
  | 'unrepairedTurn'
  | 'shown'
>;

/**
 * The steps of scoring a turn, in order. Each is a small pure function in steps/ with the rule
 * ids it writes; read them top to bottom to see how a turn moves the meters.
 */
export const STEPS: readonly Step[] = [
  gains,
  mixedMessage,
  repetition,
  perTurnCap,
  losses,
  apology,
  decay,
  disclosure,
  floors,
];

/**
 * Each move once, at its strongest, with strength forced into 0–1 (the scorer is trusted, not
 * relied on). An owned misstep is the apology step's, not a move that earns on its own; words
 * that cannot be understood make no moves at all.
 */
function movesOf(analysis: Analysis): Map<Move, number> {
  const out = new Map<Move, number>();
  if (analysis?.unclear === true) return out;
  const details = Array.isArray(analysis?.details) ? analysis.details : [];
  for (const detail of details) {
    if (!detail || typeof detail.move !== 'string' || !isMove(detail.move)) continue;
    if (detail.rule === 'repair.apology') continue;
    const raw = Number(detail.strength);
    const strength = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
    if (strength > (out.get(detail.move) ?? -1)) out.set(detail.move, strength);
  }
  return out;
}

/**
 * Scores one trainee turn against the persona: what the client heard, every meter change with its
 * move, rule and reason, and what the turn amounts to (harm, a severe roadblock, repair, a
 * disclosure or a deflection). Pure; the machine stores the result and its guards decide what
 * follows.
 */
export function scoreTurn(
  persona: Persona,
  context: ClientContext,
  analysis: Analysis,
  withdrawn: boolean,
): TurnUpdate {
  const moves = movesOf(analysis);
  const stems = Array.isArray(analysis?.stems) ? analysis.stems.filter((s) => typeof s === 'string') : [];
  // A cue the analyser missed still counts when the trainee plainly names it.
  if (!moves.has('noticing_nonverbal') && context.lastCue && namesCue(context.lastCue, stems)) {
    moves.set('noticing_nonverbal', 0.8);
  }
  const heard = hear(persona, context, analysis, moves);
  const input: TurnInput = { persona, context, analysis, moves, heard, withdrawn, stems };
  const start: TurnDraft = {
    trustChanges: [],
    opennessChanges: [],
    harms: [],
    harm: false,
    severe: false,
    helpful: false,
    repair: 0,
    trust: context.trust,
    openness: context.openness,
    disclose: null,
    deflect: null,
    lost: 0,
    apologised: false,
  };
  const draft = STEPS.reduce((d, step) => step.apply(input, d), start);

  const harmsWhileWithdrawn =
    withdrawn && draft.harm ? context.harmsWhileWithdrawn + 1 : context.harmsWhileWithdrawn;
  const repaired = withdrawn && !draft.harm && draft.repair >= REPAIR_NEEDS;
  const turn = context.turn + 1;

  // Whether the client withdraws, walks out or ends is the machine's call (its guards read this
  // verdict); a disclosure is only kept when the client stays engaged.
  const verdict: Verdict = {
    changes: [...draft.trustChanges, ...draft.opennessChanges],
    dominant: dominantMove(analysis, moves),
    harm: draft.harm,
    severe: draft.severe,
    repaired,
    disclose: draft.disclose,
    deflect: draft.deflect,
    heard,
  };
  const refused = context.refused.filter((r) => turn - r.turn < REFUSAL_TURNS);
  return {
    trust: draft.trust,
    openness: draft.openness,
    turn,
    recentMoves: [...context.recentMoves, [...moves.keys()]].slice(-RECENT_TURNS),
    recentSayings: [...context.recentSayings, sayingOf(stems)].slice(-SAYINGS_KEPT),
    harmsWhileWithdrawn: repaired ? 0 : harmsWhileWithdrawn,
    verdict,
    refused: draft.deflect ? [...refused, { id: draft.deflect, turn }] : refused,
    unrepaired: draft.lost > 0 ? draft.lost : draft.apologised ? 0 : context.unrepaired,
    unrepairedTurn: draft.lost > 0 ? turn : context.unrepairedTurn,
    shown: shownBy(context),
  };
}

/** The trainee's strongest move: the scorer lists moves strongest first. */
function dominantMove(analysis: Analysis, moves: Map<Move, number>): Move | null {
  const listed = Array.isArray(analysis?.moves) ? analysis.moves.find((m) => moves.has(m)) : undefined;
  if (listed) return listed;
  let best: Move | null = null;
  let strength = 0;
  for (const [move, s] of moves) {
    if (s > strength) {
      best = move;
      strength = s;
    }
  }
  return best;
}
