import type { Move } from './moves.js';

/** One move found in a trainee utterance, with the evidence a trainee can read. */
export interface MoveDetail {
  move: Move;
  /** 0–1: how clearly the move is present. */
  strength: number;
  /** The words of the utterance that fired the rule. */
  evidence: string[];
  /** Stable rule id, e.g. `question.wh-opening`. */
  rule: string;
  /** One line for the debrief: "named a feeling: 'angry and sad'". */
  reason: string;
}

/** What the scorer knows about the moment the trainee spoke. */
export interface AnalysisContext {
  /** The client's previous line, if any (reflections are measured against it). */
  previous?: string;
  /** The non-verbal cue shown with the client's previous line, if any. */
  cue?: string;
}

/** A feeling word the trainee used, with its family in the scorer's feeling lexicon. */
export interface NamedFeeling {
  word: string;
  /** The lexicon's family, e.g. `anger`, `sadness`, `guilt`. */
  family: string;
  /** 1 mild, 2 moderate, 3 strong. */
  intensity: number;
  /** Said negated ("not angry"). */
  negated: boolean;
  /** Said of the trainee themselves ("I'm glad you came"), not of the client. */
  own: boolean;
}

/** The scorer's verdict on one trainee utterance. */
export interface Analysis {
  /** Moves found, strongest first, each once. */
  moves: Move[];
  details: MoveDetail[];
  /** Porter stems of the content words (for topic matching against disclosures). */
  stems: string[];
  /**
   * The words as typed, in order: lower case, contractions expanded ("don't" → "do", "not").
   * Absent in analyses stored before it was added.
   */
  tokens?: string[];
  /** Feeling words named, in order. Absent in analyses stored before it was added. */
  feelings?: NamedFeeling[];
  /** Set when the text is not understandable language (keyboard gibberish): then no moves. */
  unclear?: true;
  /** Normalised AFINN sentiment of the utterance, negation-aware (about −5…5). */
  sentiment: number;
  wordCount: number;
}
