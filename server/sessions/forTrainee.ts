import type { SessionSettings } from '../../contract/events.js';
import type { ClientTurn, Meters, SeenEntry, SeenTurn, TranscriptEntry } from '../../contract/session.js';

// What a trainee's browser receives of a live session. An assignment that switches the meters or
// the coaching off means the trainee should not see them, so they are left out of what is sent,
// not merely hidden by the page: with the meters off no trust or openness figures (nor the
// coaching's meter changes and its sentence about trust); with coaching off no feedback, no move
// labels on the trainee's lines and no "disclosure reached" note. The stored turns keep everything,
// for the debrief and the educator's room; the debrief, once the session has ended, shows it all.

/** A client's turn as the trainee may see it under the session's settings. */
export function turnForTrainee(turn: ClientTurn, settings: SessionSettings): SeenTurn {
  if (settings.meters && settings.coaching) return turn;
  const { meters, feedback, disclosure, ...rest } = turn;
  return {
    ...rest,
    ...(settings.meters ? { meters } : {}),
    ...(settings.coaching && feedback
      ? { feedback: settings.meters ? feedback : { ...feedback, changes: [], summary: '' } }
      : {}),
    ...(settings.coaching && disclosure ? { disclosure } : {}),
  };
}

/** The meters as the trainee may see them: none while an assignment has them off. */
export const metersForTrainee = (meters: Meters, settings: SessionSettings): { meters?: Meters } =>
  settings.meters ? { meters } : {};

/** A transcript as the trainee may see it under the session's settings. */
export function transcriptForTrainee(entries: TranscriptEntry[], settings: SessionSettings): SeenEntry[] {
  if (settings.meters && settings.coaching) return entries;
  return entries.map((e) =>
    e.speaker === 'trainee'
      ? settings.coaching
        ? e
        : { ...e, moves: [] }
      : { speaker: 'client', at: e.at, ...turnForTrainee(e, settings) },
  );
}
