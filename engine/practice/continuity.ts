import type { EndReason } from '../../contract/session.js';
import type { Line, Persona } from '../persona/schema.js';
import type { EngineState } from '../simulation/stepping.js';

/**
 * What a later session with the same client carries over from the last one: what was
 * disclosed, where trust, openness and the baseline ended, and how the session ended.
 * JSON-serialisable: the server stores it with the new session so the session can be replayed.
 */
export interface Continuation {
  /** Disclosures shared in earlier sessions, in order. */
  disclosed: string[];
  trust: number;
  openness: number;
  baseline: number;
  /** How the last session ended. */
  ended: EndReason;
  /** Whether the client was withdrawn (or walked out) when it ended. */
  withdrawn: boolean;
  /** Sessions before the new one. */
  sessions: number;
}

/** What a finished session leaves for the next one, from its final engine state. */
export function continuationOf(state: EngineState): Continuation {
  const c = state.snapshot.context;
  return {
    disclosed: [...c.disclosed],
    trust: c.trust,
    openness: c.openness,
    baseline: c.baseline,
    ended: c.ended ?? 'trainee',
    withdrawn: c.withdrawnAtEnd === true,
    sessions: (c.sessions ?? 0) + 1,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Where a later session starts: trust drifts part of the way back to the baseline between
 * sessions (`returning.drift`), but never below the point of withdrawing; openness back toward
 * where the client first started, never further ahead of trust than the persona allows.
 */
export function startingMeters(
  persona: Persona,
  from: Continuation,
): { trust: number; openness: number; baseline: number } {
  const keep = 1 - persona.returning.drift;
  // A client who comes back at all starts above the point of withdrawing: one stray word in
  // the first minute should not end the second session.
  const floor = persona.dynamics.withdrawBelow + 1;
  const trust = round(Math.max(floor, from.baseline + (from.trust - from.baseline) * keep));
  const openness = round(persona.start.openness + (from.openness - persona.start.openness) * keep);
  return {
    trust,
    openness: Math.min(openness, trust + persona.dynamics.opennessLead),
    baseline: from.baseline,
  };
}

/** How the last session ended, as the returning client feels it. */
export function lastSessionMood(persona: Persona, from: Continuation): 'warm' | 'guarded' | 'hurt' {
  if (from.ended === 'walkout' || from.withdrawn) return 'hurt';
  return from.trust >= persona.dynamics.thresholds.open ? 'warm' : 'guarded';
}

/** The lines a returning client may open with: by how the last session ended, else the first opening. */
export function returningOpenings(persona: Persona, from: Continuation): { prefix: string; pool: Line[] } {
  const mood = lastSessionMood(persona, from);
  const pool = persona.returning.openings[mood];
  return pool?.length ? { prefix: `returning.${mood}`, pool } : { prefix: 'opening', pool: persona.opening };
}
