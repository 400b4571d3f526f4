import type { SessionSettings } from './events.js';
import type { Move } from './moves.js';
import type { Debrief, EndReason, MitiSummary, PersonaSummary, TranscriptEntry } from './session.js';

/**
 * The educator's room (`/api/educator/…`): what the server answers and the page at /educator
 * reads. Every route answers 401 without a signed-in educator.
 */

/** `GET /api/educator/me`. */
export interface EducatorMe {
  email: string;
}

/** The filters of the sessions list, the agreement figures and the CSV export (all optional). */
export interface SessionFilters {
  cohort?: string;
  /** A persona id. */
  persona?: string;
  /** Part of the trainee's name, any case. */
  trainee?: string;
  /** ISO 8601 date or time: sessions started at or after it. */
  from?: string;
  /** ISO 8601 date or time: sessions started at or before it (a date alone: the whole day, UTC). */
  to?: string;
  /** An end reason, or `open` for sessions not yet ended. */
  outcome?: EndReason | 'open';
  /** An assignment code. */
  assignment?: string;
}

/** Who ran a session, with which client, when, and how it ended: in the list and in full. */
export interface SessionFacts {
  id: string;
  personaId: string;
  trainee: string | null;
  cohort: string | null;
  assignment: string | null;
  startedAt: number;
  endedAt: number | null;
  /** null while the session is still open. */
  outcome: EndReason | null;
}

/** One session in the list and the cohort view. */
export interface SessionListItem extends SessionFacts {
  /** The persona's name, or null when its file is no longer loaded. */
  personaName: string | null;
  turns: number;
  /** From the debrief; null while the session is open. */
  disclosures: { reached: number; total: number } | null;
  bands: MitiSummary['bands'] | null;
  /** Trainee turns this educator has labelled. */
  labelled: number;
}

/** `GET /api/educator/sessions`: newest first, at most `limit` of `total`. */
export interface SessionList {
  sessions: SessionListItem[];
  total: number;
  limit: number;
}

/** `GET /api/educator/sessions/:id`: everything about one session. */
export interface SessionReview extends SessionFacts {
  persona: PersonaSummary | null;
  settings: SessionSettings;
  /** SHA-256 of the persona file the session ran on; null for sessions recorded before it was kept. */
  personaHash: string | null;
  /** The scorer that labelled its turns; null for sessions recorded before it was kept. */
  scorerVersion: string | null;
  hintsUsed: number;
  rewinds: number;
  /** Both sides' turns: each trainee turn with the scorer's moves and evidence, each reply with its meter changes. */
  transcript: TranscriptEntry[];
  /** This educator's labels, by trainee turn. */
  labels: Record<number, Move[]>;
  debrief: Debrief | null;
}

/** `PUT /api/educator/sessions/:id/turns/:turn/labels`. */
export interface LabelsPayload {
  moves: Move[];
}

/** Agreement on one move across the labelled turns: a 2×2 table and Cohen's kappa. */
export interface AgreementCell {
  /** Turns where educator and scorer both found the move. */
  both: number;
  educatorOnly: number;
  scorerOnly: number;
  neither: number;
  /** Share of turns on which they agreed, 0–1. */
  observed: number;
  /** Cohen's kappa; null when it is undefined (both always said the same single answer). */
  kappa: number | null;
}

/** `GET /api/educator/agreement`: educator labels against the scorer's. */
export interface AgreementReport {
  /** Labelled trainee turns counted (one per turn and educator). */
  turns: number;
  sessions: number;
  /** Every (turn, move) decision pooled. */
  overall: AgreementCell;
  moves: ({ move: Move } & AgreementCell)[];
}

/** `GET /api/educator/cohorts`. */
export interface CohortSummary {
  cohort: string;
  trainees: number;
  sessions: number;
  lastStartedAt: number;
}

/** `GET /api/educator/cohorts/:cohort`: each trainee's sessions, oldest first. */
export interface CohortReport {
  cohort: string;
  trainees: { name: string; sessions: SessionListItem[] }[];
}

/** `POST /api/educator/assignments`. */
export interface AssignmentInput {
  title?: string;
  personaId: string;
  seed?: number;
  /** Time limit in minutes; left out for the server's (SESSION_MINUTES). */
  minutes?: number;
  meters: boolean;
  coaching: boolean;
  rewinds: boolean;
  hints: boolean;
  cohort?: string;
}

/** An assignment as the educator sees it. */
export interface Assignment {
  code: string;
  title: string | null;
  personaId: string;
  seed: number | null;
  /** null: the server's time limit. */
  minutes: number | null;
  meters: boolean;
  coaching: boolean;
  rewinds: boolean;
  hints: boolean;
  cohort: string | null;
  createdAt: number;
  createdBy: string | null;
  /** The link to hand out, relative to the server's address: `/?assignment=CODE`. */
  path: string;
  sessions: number;
}
