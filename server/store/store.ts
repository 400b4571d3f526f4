import type { Analysis } from '../../contract/analysis.js';
import type { ClientTurn, Debrief, EndReason } from '../../contract/session.js';
import type { EngineState } from '../../engine/simulation/engineSession.js';

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
}

export interface TurnRow {
  turn: number;
  said: string;
  at: number;
  analysis: Analysis;
  reply: ClientTurn;
}

/** Where sessions live. Every write is committed before the caller answers the browser. */
export interface Store {
  createSession(row: SessionRow): void;
  /** The session as last committed. The row may be shared with a cache: read it, never change it. */
  getSession(id: string): SessionRow | undefined;
  /** Saves a turn and the engine state after it, in one transaction. */
  recordTurn(sessionId: string, turn: TurnRow, state: EngineState): void;
  listTurns(sessionId: string): TurnRow[];
  endSession(sessionId: string, reason: EndReason, state: EngineState, debrief: Debrief, at: number): void;
  getDebrief(sessionId: string): Debrief | undefined;
  /** Runs `work` in one transaction: every write in it is committed together, or none is. */
  atomically<T>(work: () => T): T;
  close(): void;
}
