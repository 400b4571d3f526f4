import type {
  ClientTurn,
  Debrief,
  EndReason,
  Meters,
  PersonaSummary,
  Phase,
  TranscriptEntry,
} from './session.js';

/** Error codes a client can act on. Unknown failures become `internal`. */
export type ErrorCode =
  | 'invalid_payload'
  | 'empty_message'
  | 'message_too_long'
  | 'unknown_persona'
  | 'no_session'
  | 'session_ended'
  | 'session_busy'
  | 'bad_token'
  | 'rate_limited'
  | 'internal';

export type Result<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

export type Ack<T> = (result: Result<T>) => void;

export interface StartPayload {
  personaId: string;
  seed?: number;
}
export interface SessionStarted {
  sessionId: string;
  resumeToken: string;
  persona: PersonaSummary;
  opening: ClientTurn;
}
export interface ResumePayload {
  sessionId: string;
  resumeToken: string;
}
export interface SessionResumed {
  persona: PersonaSummary;
  transcript: TranscriptEntry[];
  meters: Meters;
  state: Phase;
  ended?: EndReason;
  /** A finished session's debrief, so a reload goes straight back to it. */
  debrief?: Debrief;
}
export interface SayPayload {
  text: string;
}
export interface SaidAck {
  turn: number;
}

/** Largest trainee message accepted, in characters. */
export const MAX_MESSAGE_LENGTH = 2000;

export interface ClientToServerEvents {
  'session:start': (payload: StartPayload, ack: Ack<SessionStarted>) => void;
  'session:resume': (payload: ResumePayload, ack: Ack<SessionResumed>) => void;
  'trainee:say': (payload: SayPayload, ack: Ack<SaidAck>) => void;
  'session:end': (payload: Record<string, never>, ack: Ack<Debrief>) => void;
}

export interface ServerToClientEvents {
  'client:typing': (payload: { turn: number }) => void;
  'client:say': (payload: ClientTurn) => void;
  'session:ended': (payload: { reason: EndReason; debrief: Debrief }) => void;
}
