import type { Analysis } from '../../../contract/analysis.js';
import type { Move } from '../../../contract/moves.js';
import type { MeterChange } from '../../../contract/session.js';
import type { Persona } from '../../persona/schema.js';
import type { ClientContext, Heard } from '../context.js';

/** What one trainee turn brings to the steps: read only. */
export interface TurnInput {
  persona: Persona;
  context: ClientContext;
  analysis: Analysis;
  /** Each move once, at its strongest (an apology is not among them: see `heard.apology`). */
  moves: ReadonlyMap<Move, number>;
  heard: Heard;
  /** The client was withdrawn when the trainee spoke. */
  withdrawn: boolean;
  stems: readonly string[];
}

/** The turn as the steps build it, one step after another. */
export interface TurnDraft {
  trustChanges: MeterChange[];
  opennessChanges: MeterChange[];
  /** Roadblocks and their harm (weight × strength × sensitivity). */
  harms: [Move, number][];
  /** A roadblock was used, or the client was pushed on something not ready. */
  harm: boolean;
  /** One roadblock hurt enough alone to cause a rupture. */
  severe: boolean;
  /** Something the trainee did helped (and fitted). */
  helpful: boolean;
  /** Summed strength of repair moves, toward leaving withdrawal. */
  repair: number;
  /** Trust after the steps so far. */
  trust: number;
  openness: number;
  disclose: string | null;
  deflect: string | null;
  /** Trust roadblocks cost this turn. */
  lost: number;
  /** An apology repaired earlier harm this turn. */
  apologised: boolean;
}

/**
 * One named step of scoring a turn: a small pure function, and the rule ids it can write into
 * the meter changes (a test holds each step to its list).
 */
export interface Step {
  name: string;
  rules: readonly string[];
  apply(turn: TurnInput, draft: TurnDraft): TurnDraft;
}

// `|| 0` turns -0 into 0, so stored amounts survive a JSON round trip unchanged.
export const round = (n: number) => Math.round(n * 100) / 100 || 0;
export const clamp = (n: number) => Math.min(100, Math.max(0, n));

/** Sum of the amounts of a list of changes. */
export const total = (changes: readonly MeterChange[]) => changes.reduce((sum, c) => sum + c.amount, 0);

/** A draft's trust and openness recomputed from the start of the turn and its changes. */
export function settle(turn: TurnInput, draft: TurnDraft): TurnDraft {
  return {
    ...draft,
    trust: clamp(turn.context.trust + total(draft.trustChanges)),
    openness: clamp(turn.context.openness + total(draft.opennessChanges)),
  };
}
