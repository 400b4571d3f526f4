import type { ClientTurn } from '../../contract/session.js';
import type { Persona } from '../persona/schema.js';
import { type EngineState, openSession, traineeTurn } from '../simulation/engineSession.js';
import type { Continuation } from './continuity.js';

/** How a session began: everything its first state depends on. */
export interface SessionStart {
  seed: number;
  /** A later session with the same client. */
  from?: Continuation;
}

/**
 * The session as it was just before trainee turn `toTurn`: replayed from how it began with the
 * lines said before that turn. The engine is pure and seeded, so this is exactly the state the
 * client was in then (for the same persona file), without storing a snapshot per turn.
 *
 * @param lines The trainee's lines of the session so far, turn 1 first (the kept attempt of each).
 * @param toTurn The turn to say again: 1 goes back to the opening.
 */
export function replayTo(
  persona: Persona,
  start: SessionStart,
  lines: readonly string[],
  toTurn: number,
): { state: EngineState; opening: ClientTurn; replies: ClientTurn[] } {
  if (!Number.isInteger(toTurn) || toTurn < 1 || toTurn > lines.length + 1) {
    throw new RangeError(`toTurn must be a trainee turn from 1 to ${lines.length + 1}, got ${toTurn}`);
  }
  const opened = openSession(persona, start.seed, start.from);
  let state = opened.state;
  const replies: ClientTurn[] = [];
  for (const line of lines.slice(0, toTurn - 1)) {
    const out = traineeTurn(persona, state, line);
    state = out.state;
    replies.push(out.reply);
  }
  return { state, opening: opened.opening, replies };
}
