import type { Debrief, EndReason } from '../../contract/session.js';
import { buildDebrief } from '../../engine/debrief/buildDebrief.js';
import { reviewPractice } from '../../engine/debrief/practice.js';
import type { Persona } from '../../engine/persona/schema.js';
import { closeSession, type EngineState, sessionView } from '../../engine/simulation/engineSession.js';
import type { SessionRow, SessionTx } from '../store/store.js';
import type { Broadcast } from './broadcast.js';
import { goodbyeTurn } from './transcript.js';

/** A session's end as committed: the row after it, and its debrief. */
export interface Ended {
  row: SessionRow;
  debrief: Debrief;
  persona: Persona;
}

/** Ending a session inside the transaction that holds it, and telling everyone on it afterwards. */
export function createEndings({ clock, broadcast }: { clock: () => number; broadcast: Broadcast }) {
  /** Ends the session `tx` holds; undefined when it had already ended (someone else ended it). */
  async function endIn(
    tx: SessionTx,
    persona: Persona,
    reason: EndReason,
    state: EngineState = tx.row.state,
  ): Promise<Ended | undefined> {
    const at = clock();
    // The client's own end (a walk-out, the turn limit) is already in the state.
    const closed = sessionView(state).ended ? state : closeSession(persona, state, reason);
    const turns = await tx.listTurns();
    const previous = tx.row.continuedFrom ? await tx.debriefOf(tx.row.continuedFrom) : undefined;
    const built = buildDebrief({
      personaId: persona.id,
      outcome: reason,
      opening: tx.row.opening,
      turns,
      disclosureTotal: persona.disclosures.length,
      disclosureOrder: persona.disclosures.map((d) => d.id),
      startedAt: tx.row.startedAt,
      endedAt: at,
    });
    const debrief: Debrief = {
      ...built,
      practice: reviewPractice({
        opening: tx.row.opening,
        turns,
        abandoned: await tx.listAbandoned(),
        hintsUsed: tx.row.hintsUsed,
        sessionNumber: (tx.row.continuation?.sessions ?? 0) + 1,
        ...(previous && tx.row.continuedFrom
          ? { previous: { sessionId: tx.row.continuedFrom, debrief: previous } }
          : {}),
      }),
    };
    if (!(await tx.endSession({ reason, state: closed, debrief, at }))) return undefined;
    return { row: { ...tx.row, state: closed, endReason: reason, endedAt: at }, debrief, persona };
  }

  return {
    endIn,

    /**
     * A row saved before the client's own end was recorded with it (an older release) holds an
     * ended state with no end: finish it now, for the reason the state gives.
     */
    settle(tx: SessionTx, persona: Persona): Promise<Ended | undefined> {
      const ended = sessionView(tx.row.state).ended;
      return tx.row.endReason || !ended ? Promise.resolve(undefined) : endIn(tx, persona, ended);
    },

    /** Every connection on the session hears the client's goodbye (for an end it did not choose), then the debrief. */
    announce({ row, debrief, persona }: Ended): void {
      const goodbye = goodbyeTurn(persona, row);
      if (goodbye) broadcast(row.id, 'client:say', goodbye);
      broadcast(row.id, 'session:ended', { reason: row.endReason!, debrief });
    },
  };
}
