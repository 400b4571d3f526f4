import type { Move } from './moves.js';
import type { Debrief, EndReason, Meters, PersonaSummary, Phase, SeenEntry, SeenTurn } from './session.js';

/** Error codes a client can act on. Unknown failures become `internal`. */
export type ErrorCode =
  | 'invalid_payload'
  | 'empty_message'
  | 'message_too_long'
  | 'unknown_persona'
  | 'unknown_assignment'
  | 'no_session'
  | 'session_ended'
  | 'session_busy'
  | 'bad_token'
  | 'rate_limited'
  | 'bad_turn'
  | 'not_finished'
  | 'rewind_disabled'
  | 'hint_disabled'
  | 'internal';

export type Result<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

export type Ack<T> = (result: Result<T>) => void;

/** Who is practising, as the trainee typed it on the page (kept in the browser's localStorage). */
export interface TraineeIdentity {
  name: string;
  cohort?: string;
}

export interface StartPayload {
  /** The client to meet; may be left out when `assignment` names one. */
  personaId?: string;
  seed?: number;
  /** A next session with the same client: the finished session it follows, and its token. */
  continueFrom?: ResumePayload;
  /** Who is practising, so an educator can tell whose session it was. */
  trainee?: TraineeIdentity;
  /** An educator's assignment code: it fixes the client, seed, time limit and what the page offers. */
  assignment?: string;
}
/**
 * What the page offers in a session. All on by default; an educator's assignment can switch the
 * meters, coaching, rewinds or hints off and set a time limit.
 */
export interface SessionSettings {
  meters: boolean;
  coaching: boolean;
  rewinds: boolean;
  hints: boolean;
  /** The session's time limit in minutes; null for none. */
  minutes: number | null;
}

/** An assignment as a trainee's link shows it (`GET /api/assignments/:code`): nothing about its author. */
export interface AssignmentSummary {
  code: string;
  title: string | null;
  persona: PersonaSummary;
  settings: SessionSettings;
  /** Sessions started from the assignment belong to this cohort, when the educator set one. */
  cohort: string | null;
}

export interface SessionStarted {
  sessionId: string;
  resumeToken: string;
  persona: PersonaSummary;
  opening: SeenTurn;
  settings: SessionSettings;
}
export interface ResumePayload {
  sessionId: string;
  resumeToken: string;
}
export interface SessionResumed {
  persona: PersonaSummary;
  settings: SessionSettings;
  transcript: SeenEntry[];
  /** Absent while an assignment has the meters off. */
  meters?: Meters;
  state: Phase;
  ended?: EndReason;
  /** A finished session's debrief, so a reload goes straight back to it. */
  debrief?: Debrief;
}
export interface RewindPayload {
  /** The trainee turn to say again: the client goes back to just before it. */
  toTurn: number;
}
export interface SessionRewound {
  /** Both sides' turns as they stand now, the retried turn and those after it set aside. */
  transcript: SeenEntry[];
  /** Absent while an assignment has the meters off. */
  meters?: Meters;
  state: Phase;
}
/** One thing that would help now, drawn from this moment of the session. */
export interface Hint {
  move: Move;
  /** An example built from the client's own words. */
  text: string;
  why: string;
}
export interface Hints {
  suggestions: Hint[];
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
  'session:rewind': (payload: RewindPayload, ack: Ack<SessionRewound>) => void;
  'session:hint': (payload: Record<string, never>, ack: Ack<Hints>) => void;
}

export interface ServerToClientEvents {
  'client:typing': (payload: { turn: number }) => void;
  'client:say': (payload: SeenTurn) => void;
  'session:ended': (payload: { reason: EndReason; debrief: Debrief }) => void;
  /**
   * Another connection on the session (another tab, perhaps on another server process) took the
   * session back to before trainee turn `toTurn`: redraw it with `session:resume`.
   */
  'session:rewound': (payload: { toTurn: number }) => void;
}
