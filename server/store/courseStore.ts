import type { Assignment, SessionFacts } from '../../contract/educator.js';
import type { Move } from '../../contract/moves.js';
import type { EndReason, Meters, MitiSummary } from '../../contract/session.js';

/**
 * A name or cohort as it is matched and grouped: JavaScript's lower case, stored beside the name,
 * so both stores ignore case alike ("Élodie" and "élodie"), whatever the database's locale.
 */
export const foldKey = (text: string | null | undefined): string | null =>
  text === null || text === undefined ? null : text.trim().toLowerCase();

export interface EducatorRow {
  id: number;
  /** Lower case: addresses are compared as the server stores them. */
  email: string;
  /** The scrypt record (see server/course/passwords.ts), never the password. */
  passwordHash: string;
  createdAt: number;
}

/** The sessions an educator asks for. Times are ms since the epoch; text matches ignore case. */
export interface SessionQuery {
  cohort?: string;
  personaId?: string;
  /** Part of the trainee's name. */
  trainee?: string;
  from?: number;
  to?: number;
  outcome?: EndReason | 'open';
  assignment?: string;
  /** At most this many, newest first. */
  limit?: number;
  /** Only sessions listed after this one (newest first): the next page of an export. */
  after?: { startedAt: number; id: string };
}

/**
 * What the list needs of a debrief, picked out by the database: parsing whole debriefs for a list
 * of hundreds held the single SQLite connection (and so every trainee's turn) for milliseconds.
 */
export interface DebriefOutline {
  reached: number;
  total: number;
  summary: MitiSummary;
  finalMeters: Meters;
}

/** A session as the educator's list shows it, with its debrief's outline when it has ended. */
export interface SessionListingRow extends Omit<SessionFacts, 'outcome'> {
  endReason: EndReason | null;
  turns: number;
  outline: DebriefOutline | null;
  hintsUsed: number;
  rewinds: number;
  personaHash: string | null;
  scorerVersion: string | null;
}

export interface LabelRow {
  sessionId: string;
  turn: number;
  educatorId: number;
  moves: Move[];
  updatedAt: number;
}

/** A labelled trainee turn with the moves the scorer found in it. */
export interface LabelledTurn {
  sessionId: string;
  turn: number;
  educatorId: number;
  labels: Move[];
  scorer: Move[];
}

/** An assignment as stored: who made it by their account's id. */
export type AssignmentRow = Omit<Assignment, 'createdBy' | 'path' | 'sessions'> & {
  createdBy: number | null;
};

/**
 * The course side of the store: educators and their signed-in sessions, labels, assignments, the
 * educator's listings, and data care. Both stores implement it on their own database.
 */
export interface CourseStore {
  /** Adds an educator; undefined when the address is taken. */
  addEducator(email: string, passwordHash: string, at: number): Promise<EducatorRow | undefined>;
  /** Sets a new password and signs the educator out everywhere; false for an unknown address. */
  resetPassword(email: string, passwordHash: string): Promise<boolean>;
  findEducator(email: string): Promise<EducatorRow | undefined>;
  /** Records a signed-in session (only the token's hash), dropping expired ones. */
  openLogin(tokenHash: string, educatorId: number, at: number, expiresAt: number): Promise<void>;
  /** The educator a signed-in session belongs to, while it has not expired. */
  findLogin(tokenHash: string, now: number): Promise<EducatorRow | undefined>;
  closeLogin(tokenHash: string): Promise<void>;
  /**
   * Failed sign-ins under a key (`email:…` or `ip:…`) since `since`, oldest first: the sign-in
   * limiter's memory, in the database so that every server process on it counts them together.
   */
  loginFailures(key: string, since: number): Promise<number[]>;
  /** Records a failed sign-in under each key, and forgets every failure older than `before`. */
  addLoginFailure(keys: readonly string[], at: number, before: number): Promise<void>;
  /** Forgets a key's failures (after a good sign-in). */
  clearLoginFailures(key: string): Promise<void>;

  /** Sessions matching the query, newest first. */
  listSessions(query: SessionQuery): Promise<SessionListingRow[]>;
  /** How many sessions match the query (its limit and `after` ignored). */
  countSessions(query: SessionQuery): Promise<number>;
  /** Cohorts with how many trainees and sessions each has. */
  listCohorts(): Promise<{ cohort: string; trainees: number; sessions: number; lastStartedAt: number }[]>;

  /**
   * Stores an educator's labels for a trainee turn, replacing theirs; false when the session has
   * no such turn.
   */
  putLabels(label: LabelRow): Promise<boolean>;
  labelsOf(sessionId: string): Promise<LabelRow[]>;
  /** Labels per session for the list (by one educator). */
  labelCounts(educatorId: number, sessionIds: string[]): Promise<Map<string, number>>;
  /** Every labelled turn of the sessions the query matches (its limit ignored), with the scorer's moves. */
  labelledTurns(query: SessionQuery): Promise<LabelledTurn[]>;

  createAssignment(row: AssignmentRow): Promise<void>;
  getAssignment(code: string): Promise<AssignmentRow | undefined>;
  /** Newest first, with how many sessions each has started and who made it (their address). */
  listAssignments(): Promise<(AssignmentRow & { sessions: number; creator: string | null })[]>;

  /**
   * Deletes sessions (with their turns, debriefs and labels) last active before `cutoff`;
   * `dryRun` only lists them. Returns the ids.
   */
  purgeBefore(cutoff: number, dryRun: boolean): Promise<string[]>;
  /** Deletes every session of a trainee (name compared ignoring case); `dryRun` only lists them. */
  deleteTrainee(name: string, dryRun: boolean): Promise<string[]>;
}
