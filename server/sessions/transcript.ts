import type { TranscriptEntry } from '../../contract/session.js';
import { isGoodbyeReason } from '../../contract/session.js';
import type { Persona } from '../../engine/persona/schema.js';
import { endingLine, sessionView } from '../../engine/simulation/engineSession.js';
import type { SessionRow, TurnRow } from '../store/store.js';

/**
 * Both sides' turns so far, oldest first, as the browser redraws them. A session the trainee ended,
 * or that reached its time limit, closes with the client's goodbye as it was said then (it is not
 * a turn: it is derived again from the stored state; a walk-out's last line already is one).
 */
export function buildTranscript(row: SessionRow, turns: TurnRow[], persona?: Persona): TranscriptEntry[] {
  const transcript: TranscriptEntry[] = [{ speaker: 'client', at: row.startedAt, ...row.opening }];
  for (const t of turns) {
    transcript.push({ speaker: 'trainee', turn: t.turn, text: t.said, at: t.at, moves: t.analysis.details });
    transcript.push({ speaker: 'client', at: t.at, ...t.reply });
  }
  const goodbye = persona && isGoodbyeReason(row.endReason) ? goodbyeTurn(persona, row) : undefined;
  if (goodbye) transcript.push({ speaker: 'client', at: row.endedAt ?? row.startedAt, ...goodbye });
  return transcript;
}

/** The client's goodbye on a session the trainee ended or whose time ran out; undefined otherwise. */
export function goodbyeTurn(persona: Persona, row: SessionRow) {
  if (!isGoodbyeReason(row.endReason)) return undefined;
  const text = endingLine(persona, row.state);
  if (!text) return undefined;
  const view = sessionView(row.state);
  return { turn: view.turn, text, state: 'ended' as const, meters: view.meters, ended: row.endReason };
}
