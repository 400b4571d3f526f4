import type { Move } from '../../contract/moves.js';
import type { EndReason, MeterChange } from '../../contract/session.js';

/**
 * What the client heard in the trainee's words, beyond the kind of move: what was asked about,
 * whether a reflection fits, whether it is said again. Reply selection reads it; see listening.ts.
 */
export interface Heard {
  /** The subject a question asked about (`sleep`, `work`, a persona's own…), if any. */
  subject: string | null;
  /** A yes/no question, with no open question beside it. */
  closed: boolean;
  /** A question about risk: to the client (suicide, self-harm), about harming others, or about being safe. */
  risk: 'self' | 'others' | 'safety' | null;
  /**
   * Whether a reflection or empathy fits the client: `fits`, `misread` (a feeling the client does
   * not have), `wrong-fact` (something that is not so); null when nothing was reflected.
   */
  accuracy: 'fits' | 'misread' | 'wrong-fact' | null;
  /** Which of the persona's `notSo` entries was said, for `wrong-fact`. */
  notSo: number | null;
  /** How many recent turns said the same thing: 0 new, 1 the second time, 2+ the third time on. */
  repeats: number;
  /** Words that cannot be understood (keyboard gibberish). */
  unclear: boolean;
  /** The trainee owned a misstep ("Sorry, that came out wrong"). */
  apology: boolean;
  /** A question about something the client already disclosed: that disclosure's id. */
  askedAgain: string | null;
  /** The trainee's words as the client hears them (keys), for lines that need particular words. */
  keys: string[];
}

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
  /** What the client heard (absent in states stored before it was added). */
  heard?: Heard;
}

/** A cue shown, and on which trainee turn: cues do not repeat within a few turns. */
export interface ShownCue {
  text: string;
  turn: number;
  /** A `once` cue: kept for the rest of the session so it is never shown again. */
  once?: boolean;
}

/** A disclosure the client refused, and when: it is not volunteered for a few turns after. */
export interface Refusal {
  id: string;
  turn: number;
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
  /** Reply and cue line ids used this session, least recently used first. */
  used: string[];
  /** mulberry32 state. */
  rng: number;
  lastLine: string;
  lastCue: string | null;
  harmsWhileWithdrawn: number;
  ruptures: number;
  verdict: Verdict;
  ended: EndReason | null;
  /** Cues of the last few turns (and every `once` cue shown), to keep them from repeating. */
  cues: ShownCue[];
  /** Disclosures refused recently. */
  refused: Refusal[];
  /** Feeling families the client has shown in its own words, so reflecting them fits. */
  shown: string[];
  /** Trust the most recent roadblock cost, until an apology repairs it: an apology repairs no more. */
  unrepaired: number;
  /** The turn of that roadblock. */
  unrepairedTurn: number;
  /** Disclosures shared in earlier sessions with this client (a later session recalls them). */
  earlier: string[];
  /** Sessions with this client before this one. */
  sessions: number;
  /** The client was withdrawn (or walked out) when the session ended. */
  withdrawnAtEnd: boolean;
}

/** Turns of moves kept in `recentMoves`. */
export const RECENT_TURNS = 5;

/** Trainee turns whose words are remembered, to notice the same thing said again. */
export const SAYINGS_KEPT = 8;

/** A cue is not shown again within this many turns. */
export const CUE_GAP = 3;

/** A refused disclosure is not volunteered (and asking again is still refused) for this many turns. */
export const REFUSAL_TURNS = 4;

export const EMPTY_VERDICT: Verdict = {
  changes: [],
  dominant: null,
  harm: false,
  severe: false,
  repaired: false,
  disclose: null,
  deflect: null,
};

/**
 * A stored context with every field this version reads: sessions stored by an earlier version
 * lack the listening fields, and must resume as they were rather than fail.
 */
export function completeContext(context: ClientContext): ClientContext {
  const c = context as Partial<ClientContext> & ClientContext;
  if (
    Array.isArray(c.cues) &&
    Array.isArray(c.refused) &&
    Array.isArray(c.shown) &&
    typeof c.unrepaired === 'number' &&
    typeof c.unrepairedTurn === 'number' &&
    Array.isArray(c.earlier) &&
    typeof c.sessions === 'number' &&
    typeof c.withdrawnAtEnd === 'boolean'
  ) {
    return context;
  }
  return {
    ...context,
    cues: Array.isArray(c.cues) ? c.cues : [],
    refused: Array.isArray(c.refused) ? c.refused : [],
    shown: Array.isArray(c.shown) ? c.shown : [],
    unrepaired: typeof c.unrepaired === 'number' ? c.unrepaired : 0,
    unrepairedTurn: typeof c.unrepairedTurn === 'number' ? c.unrepairedTurn : 0,
    earlier: Array.isArray(c.earlier) ? c.earlier : [],
    sessions: typeof c.sessions === 'number' ? c.sessions : 0,
    withdrawnAtEnd: typeof c.withdrawnAtEnd === 'boolean' ? c.withdrawnAtEnd : false,
  };
}
