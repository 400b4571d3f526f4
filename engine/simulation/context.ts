import type { Move } from '../../contract/moves.js';
import type { EndReason, MeterChange } from '../../contract/session.js';

/** What the last trainee turn did, read by the machine's guards and by reply selection. */
export interface Verdict {
  changes: MeterChange[];
  /** The trainee's strongest move this turn, if any. */
  dominant: Move | null;
  /** A roadblock was used (or the client was pushed on a topic they were not ready for). */
  harm: boolean;
  /** One roadblock hurt enough on its own to cause a rupture. */
  severe: boolean;
  /** A turn spent withdrawn repaired the rupture. */
  repaired: boolean;
  /** Disclosure reached this turn (kept only if the client stays engaged). */
  disclose: string | null;
  /** Disclosure asked about before the client was ready. */
  deflect: string | null;
}

/**
 * The client machine's context: small and JSON-serialisable, since it is the persisted
 * snapshot. The persona itself is closed over by the machine, never stored here.
 */
export interface ClientContext {
  trust: number;
  openness: number;
  /** Where trust drifts back to; lowered by every rupture. */
  baseline: number;
  /** Trainee turns so far. */
  turn: number;
  disclosed: string[];
  /** Moves of the last few turns, newest last. */
  recentMoves: Move[][];
  /** The content stems of the last few trainee turns, each sorted and joined: to notice repetition. */
  recentSayings: string[];
  /** Reply and cue line ids already used; a pool's ids are cleared when it is exhausted. */
  used: string[];
  /** mulberry32 state. */
  rng: number;
  lastLine: string;
  lastCue: string | null;
  harmsWhileWithdrawn: number;
  ruptures: number;
  verdict: Verdict;
  ended: EndReason | null;
}

/** Turns of moves kept in `recentMoves`. */
export const RECENT_TURNS = 5;

export const EMPTY_VERDICT: Verdict = {
  changes: [],
  dominant: null,
  harm: false,
  severe: false,
  repaired: false,
  disclose: null,
  deflect: null,
};
