import crypto from 'node:crypto';
import { type Debrief, type EndReason, isGoodbyeReason, type TranscriptEntry } from '../contract/session.js';
import { closeSession, endingLine, sessionView } from '../engine/simulation/engineSession.js';
import { buildDebrief } from '../engine/debrief/buildDebrief.js';
import type { Persona } from '../engine/persona/schema.js';
import type { AppDeps } from './deps.js';
import type { SessionRow, Store } from './store/store.js';

/** Only a hash of the resume token is stored, so a copy of the database cannot resume sessions. */
export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Compares a presented token with the stored hash in constant time. */
export function tokenMatches(token: string, hash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * Both sides' turns so far, oldest first, as the browser redraws them. A session the trainee ended,
 * or that reached its time limit, closes with the client's goodbye as it was said then (it is not
 * a turn: it is derived again from the stored state; a walk-out's last line already is one).
 */
export function buildTranscript(store: Store, row: SessionRow, persona?: Persona): TranscriptEntry[] {
  const transcript: TranscriptEntry[] = [{ speaker: 'client', at: row.startedAt, ...row.opening }];
  for (const t of store.listTurns(row.id)) {
    transcript.push({ speaker: 'trainee', turn: t.turn, text: t.said, at: t.at, moves: t.analysis.details });
    transcript.push({ speaker: 'client', at: t.at, ...t.reply });
  }
  if (persona && isGoodbyeReason(row.endReason)) {
    const goodbye = endingLine(persona, row.state);
    const view = sessionView(row.state);
    if (goodbye) {
      transcript.push({
        speaker: 'client',
        at: row.endedAt ?? row.startedAt,
        turn: view.turn,
        text: goodbye,
        state: 'ended',
        meters: view.meters,
        ended: row.endReason,
      });
    }
  }
  return transcript;
}

/** Ends a session: closes the machine (unless the client already ended it), builds and stores the debrief. */
export function finishSession(deps: AppDeps, row: SessionRow, persona: Persona, reason: EndReason): Debrief {
  const now = deps.clock();
  const state = sessionView(row.state).ended ? row.state : closeSession(persona, row.state, reason);
  const debrief = buildDebrief({
    personaId: persona.id,
    outcome: reason,
    opening: row.opening,
    turns: deps.store.listTurns(row.id),
    disclosureTotal: persona.disclosures.length,
    disclosureOrder: persona.disclosures.map((d) => d.id),
    startedAt: row.startedAt,
    endedAt: now,
  });
  deps.store.endSession(row.id, reason, state, debrief, now);
  return debrief;
}
