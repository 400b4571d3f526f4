import type { Attempt, ClientTurn, Debrief, PracticeReview } from '../../contract/session.js';
import type { DebriefTurn } from './buildDebrief.js';

/** A turn set aside by a rewind: `attempt` is the rewind that set it aside (1 = the first). */
export interface AbandonedTurn extends DebriefTurn {
  attempt: number;
}

export interface PracticeInput {
  opening: ClientTurn;
  /** The turns the session went on with. */
  turns: readonly DebriefTurn[];
  abandoned: readonly AbandonedTurn[];
  hintsUsed: number;
  /** 1 for a first session with this client. */
  sessionNumber: number;
  previous?: { sessionId: string; debrief: Debrief };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Rewinds, hints and continuity for the debrief: every retried turn with each attempt and what it
 * did to trust (the kept one last), how many hints were asked for, and trust at the start and end
 * beside the last session with the same client.
 */
export function reviewPractice(input: PracticeInput): PracticeReview {
  const { opening, turns, abandoned } = input;
  const retriedTurns = [
    ...new Set(abandoned.filter((a) => a.turn === firstTurnOf(abandoned, a.attempt)).map((a) => a.turn)),
  ].sort((a, b) => a - b);
  const retried = retriedTurns.map((turn) => {
    const tries: Attempt[] = abandoned
      .filter((a) => a.turn === turn && a.turn === firstTurnOf(abandoned, a.attempt))
      .sort((a, b) => a.attempt - b.attempt)
      .map((a) => ({ said: a.said, trustChange: trustMoved(a), kept: false }));
    const kept = turns.find((t) => t.turn === turn);
    if (kept) tries.push({ said: kept.said, trustChange: trustMoved(kept), kept: true });
    return { turn, attempts: tries };
  });
  const last = turns.at(-1)?.reply ?? opening;
  const prev = input.previous;
  return {
    sessionNumber: input.sessionNumber,
    hintsUsed: input.hintsUsed,
    retried,
    trustStart: opening.meters.trust,
    trustEnd: last.meters.trust,
    ...(prev
      ? {
          previous: {
            sessionId: prev.sessionId,
            trustStart: prev.debrief.timeline[0]?.trust ?? prev.debrief.finalMeters.trust,
            trustEnd: prev.debrief.finalMeters.trust,
            bands: prev.debrief.summary.bands,
          },
        }
      : {}),
  };
}

/** How far trust moved on a turn: the sum of its trust changes, as the coaching showed them. */
function trustMoved(t: DebriefTurn): number {
  return round(
    (t.reply.feedback?.changes ?? []).filter((c) => c.meter === 'trust').reduce((s, c) => s + c.amount, 0),
  );
}

/** The turn a rewind went back to: the first turn that attempt set aside. */
function firstTurnOf(abandoned: readonly AbandonedTurn[], attempt: number): number {
  return Math.min(...abandoned.filter((a) => a.attempt === attempt).map((a) => a.turn));
}
