import type { Analysis } from '../../contract/analysis.js';
import type { SessionSettings } from '../../contract/events.js';
import type { ClientTurn, Debrief, EndReason } from '../../contract/session.js';
import type { Continuation } from '../../engine/practice/continuity.js';
import type { EngineState } from '../../engine/simulation/engineSession.js';
import type { CourseStore } from './courseStore.js';

export interface SessionRow {
  id: string;
  personaId: string;
  seed: number;
  tokenHash: string;
  startedAt: number;
  endedAt?: number;
  endReason?: EndReason;
  opening: ClientTurn;
  state: EngineState;
  /**
   * When the reply to the last turn is due on screen (its typing pause ends), in ms since the
   * epoch; 0 when none was ever pending. Until then the session is still answering, in whichever
   * process took the turn.
   */
  replyDueAt: number;
  /** A later session with the same client: the session it continues, and what it carried over. */
  continuedFrom?: string;
  continuation?: Continuation;
  /** Hints asked for so far. */
  hintsUsed: number;
  /** Rewinds so far: each one set its abandoned turns aside as one attempt. */
  rewinds: number;
  /** Who practised, as the page gave it; absent for anonymous sessions (and those before courses). */
  trainee?: string;
  cohort?: string;
  /** The educator's assignment it was started from. */
  assignment?: string;
  /** What the page offers and the time limit; absent in sessions stored before they were kept. */
  settings?: SessionSettings;
  /** SHA-256 of the persona file the session ran on, so a debrief can be matched to a version of it. */
  personaHash?: string;
  /** The scorer that labelled the turns (see server/sessions/provenance.ts). */
  scorerVersion?: string;
}

/** A session as it is created: not ended, no reply pending, no hints or rewinds yet. */
export type NewSession = Omit<SessionRow, 'endedAt' | 'endReason' | 'replyDueAt' | 'hintsUsed' | 'rewinds'>;

/** A trainee turn set aside by a rewind: `attempt` is the rewind that set it aside (1 = the first). */
export interface AbandonedTurnRow extends TurnRow {
  attempt: number;
}

export interface TurnRow {
  turn: number;
  said: string;
  at: number;
  analysis: Analysis;
  reply: ClientTurn;
}

export interface SessionEnd {
  reason: EndReason;
  state: EngineState;
  debrief: Debrief;
  at: number;
}

/** The writes allowed on one session while the database holds it (see `Store.withSession`). */
export interface SessionTx {
  /** The session as committed when the transaction took it. */
  readonly row: SessionRow;
  /** Its turns, oldest first, including any recorded earlier in this transaction. */
  listTurns(): Promise<TurnRow[]>;
  /** Saves a trainee turn and the engine state after it. A turn number already stored is refused. */
  recordTurn(turn: TurnRow, state: EngineState, replyDueAt: number): Promise<void>;
  /** Records the end and the debrief. Resolves false, writing nothing, when the session had already ended. */
  endSession(end: SessionEnd): Promise<boolean>;
  /**
   * Goes back to just before trainee turn `toTurn`: turns from it on are kept aside as the next
   * attempt (nothing is deleted), and the session's state becomes `state` (the client as it was).
   */
  rewind(toTurn: number, state: EngineState): Promise<void>;
  /** Counts one hint asked for. */
  countHint(): Promise<void>;
  /** The turns rewinds set aside, by attempt then turn. */
  listAbandoned(): Promise<AbandonedTurnRow[]>;
  /** Another session's debrief (the one this session continues), read in this transaction. */
  debriefOf(sessionId: string): Promise<Debrief | undefined>;
}

/**
 * Where sessions live: SQLite in DATA_DIR (one process) or PostgreSQL (any number of processes).
 * Every write is committed before the caller answers the browser. Rows handed out may be shared
 * with a cache: read them, never change them.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Educators, labels, assignments, the educator's listings and data care. */
  readonly course: CourseStore;
  createSession(row: NewSession): Promise<void>;
  getSession(id: string): Promise<SessionRow | undefined>;
  listTurns(sessionId: string): Promise<TurnRow[]>;
  getDebrief(sessionId: string): Promise<Debrief | undefined>;
  /** Turns set aside by rewinds, by attempt then turn. */
  listAbandoned(sessionId: string): Promise<AbandonedTurnRow[]>;
  /**
   * Runs `work` in one transaction that holds the session's row, so the database serialises
   * everything done to one session — its turns and its end — across processes too. `work` gets
   * undefined when there is no such session. Commits when `work` resolves; rolls every write of
   * it back when it throws.
   */
  withSession<T>(id: string, work: (tx: SessionTx | undefined) => Promise<T>): Promise<T>;
  /** Resolves when the database answers a trivial query (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
