import type { Move } from './moves.js';
import type { MoveDetail } from './analysis.js';

/** The client's phases, in the order a good session passes through them. */
export const PHASES = ['guarded', 'tentative', 'open', 'disclosing', 'withdrawn', 'ended'] as const;
export type Phase = (typeof PHASES)[number];

export const END_REASONS = ['trainee', 'walkout', 'turn-limit', 'time-limit'] as const;
export type EndReason = (typeof END_REASONS)[number];

/**
 * Ends the client did not choose (the trainee ended the session, or time ran out): the client then
 * says a goodbye that is not a turn of its own. A walk-out's or turn limit's last reply already is one.
 */
export type GoodbyeReason = Extract<EndReason, 'trainee' | 'time-limit'>;
export const isGoodbyeReason = (reason: EndReason | null | undefined): reason is GoodbyeReason =>
  reason === 'trainee' || reason === 'time-limit';

export interface Meters {
  trust: number;
  openness: number;
}

/** One recorded change to a meter and why it happened. */
export interface MeterChange {
  meter: 'trust' | 'openness' | 'baseline';
  /** Signed amount, in meter points. */
  amount: number;
  /** The move that caused it, when one did. */
  move?: Move;
  /** Stable rule id, e.g. `gain.empathy`, `cap.too-fast`, `decay.baseline`. */
  rule: string;
  /** One line a trainee can read: "named the feeling the client showed". */
  reason: string;
}

/** Per-turn coaching shown beside the conversation (when coaching is on). */
export interface Feedback {
  moves: MoveDetail[];
  /** Empty in a trainee's browser while an assignment has the meters off. */
  changes: MeterChange[];
  /** A short sentence: why trust moved this turn (empty while an assignment has the meters off). */
  summary: string;
}

/** A client's line as the browser receives it. */
export interface ClientTurn {
  turn: number;
  text: string;
  /** Non-verbal cue shown as a stage direction: "looks at the floor". */
  cue?: string;
  state: Phase;
  meters: Meters;
  feedback?: Feedback;
  ended?: EndReason;
  /** Set when this line is a staged disclosure: its public title only. */
  disclosure?: { id: string; title: string };
}

/**
 * A client's turn as a trainee's browser receives it during a session: as the engine made it, but
 * without the meters while an assignment has them off, and without feedback while it has coaching
 * off (server/sessions/forTrainee.ts).
 */
export type SeenTurn = Omit<ClientTurn, 'meters'> & { meters?: Meters };

/** What the browser may know about a persona: never hidden disclosures or educator notes. */
export interface PersonaSummary {
  id: string;
  name: string;
  age: number;
  pronouns: string;
  referral: string;
  difficulty: 'introductory' | 'intermediate' | 'advanced';
  tags: string[];
  /** What the session touches on, shown before it starts ("a road traffic collision"). */
  contentNotes: string[];
  disclosureCount: number;
}

export type TranscriptEntry =
  | { speaker: 'trainee'; turn: number; text: string; at: number; moves: MoveDetail[] }
  | ({ speaker: 'client'; at: number } & ClientTurn);

export interface TimelinePoint {
  turn: number;
  trust: number;
  openness: number;
  state: Phase;
}

export interface KeyMoment {
  turn: number;
  /** The trainee's own words. */
  said: string;
  /** Signed change in trust this turn. */
  trustChange: number;
  reason: string;
  kind: 'rise' | 'fall' | 'disclosure' | 'rupture' | 'repair';
}

export type Band = 'below' | 'fair' | 'good';

export interface MitiSummary {
  reflections: number;
  questions: number;
  /** Reflections to questions; null when no questions were asked. */
  reflectionToQuestion: number | null;
  /** Share of questions that were open, 0–100; null without questions. */
  percentOpen: number | null;
  /** Share of reflections that were complex, 0–100; null without reflections. */
  percentComplex: number | null;
  roadblocks: number;
  bands: {
    reflectionToQuestion: Band | null;
    percentOpen: Band | null;
    percentComplex: Band | null;
    roadblocks: Band;
  };
}

export interface RoadblockAlternative {
  turn: number;
  move: Move;
  said: string;
  /** A better thing to have said, and why. */
  instead: string;
  why: string;
}

/** How a question about risk was asked (from the scorer's rule). */
export type RiskManner = 'direct' | 'indirect' | 'others' | 'safety';

/** Whether risk was explored, and how: counselling courses teach trainees to ask. */
export interface RiskReview {
  explored: boolean;
  asked: {
    turn: number;
    said: string;
    manner: RiskManner;
    /** Asked with care: alongside empathy, validation, giving space or an open invitation. */
    withCare: boolean;
  }[];
  /** One or two sentences for the trainee. */
  note: string;
}

/** How well the trainee listened: reflections the client had to correct, and things said again. */
export interface ListeningReview {
  /** Reflections naming a feeling the client does not have. */
  misread: number;
  /** Things said that are simply not so, put right by the client. */
  wrongFacts: number;
  /** Turns that said the same thing a third time (or more). */
  repeated: number;
}

/** One attempt at a trainee turn that was tried again, and what it did to trust. */
export interface Attempt {
  said: string;
  /** Trust after the attempt less trust before it. */
  trustChange: number;
  /** The attempt the session went on with (the last one). */
  kept: boolean;
}

/** Rewinds, hints and how this session compares with the last one with the same client. */
export interface PracticeReview {
  /** Which session with this client this was (1 for a first meeting). */
  sessionNumber: number;
  hintsUsed: number;
  /** Each trainee turn that was tried again, with every attempt, oldest first. */
  retried: { turn: number; attempts: Attempt[] }[];
  trustStart: number;
  trustEnd: number;
  /** The last session with the same client, for comparison. */
  previous?: {
    sessionId: string;
    trustStart: number;
    trustEnd: number;
    bands: MitiSummary['bands'];
  };
}

export interface Debrief {
  outcome: EndReason;
  personaId: string;
  turns: number;
  durationMs: number;
  finalMeters: Meters;
  finalState: Phase;
  timeline: TimelinePoint[];
  moveCounts: Partial<Record<Move, number>>;
  /** Titles reached in order; `deepest` is the tier (1 = shallowest) of the deepest one, 0 if none. */
  disclosures: { reached: string[]; total: number; deepest: number };
  summary: MitiSummary;
  keyMoments: KeyMoment[];
  alternatives: RoadblockAlternative[];
  /** Absent in debriefs stored before it was added. */
  risk?: RiskReview;
  /** Absent in debriefs stored before it was added. */
  listening?: ListeningReview;
  /** Absent in debriefs stored before it was added. */
  practice?: PracticeReview;
}

/**
 * A transcript entry as a trainee's browser receives it: client turns as `SeenTurn`, and the
 * trainee's lines without move labels (`moves` empty) while an assignment has coaching off.
 */
export type SeenEntry =
  | Extract<TranscriptEntry, { speaker: 'trainee' }>
  | ({ speaker: 'client'; at: number } & SeenTurn);
