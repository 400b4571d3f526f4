import type { SessionSettings } from '../../contract/events.js';
import type { AssignmentRow } from '../store/courseStore.js';
import type { SessionRow } from '../store/store.js';

/** The server's time limit as a session's setting: null for none (SESSION_MINUTES=0). */
export const limitOf = (sessionMinutes: number): number | null =>
  sessionMinutes > 0 ? sessionMinutes : null;

/** Everything the page can offer, with the server's time limit: a session without an assignment. */
export const everythingOn = (sessionMinutes: number): SessionSettings => ({
  meters: true,
  coaching: true,
  rewinds: true,
  hints: true,
  minutes: limitOf(sessionMinutes),
});

/**
 * What the page offers in a session and its time limit: as stored with it (an assignment's, or
 * everything on with the server's limit when it started); for a session stored before settings
 * were kept, everything on with the server's limit now.
 */
export const settingsOf = (row: Pick<SessionRow, 'settings'>, sessionMinutes: number): SessionSettings =>
  row.settings ?? everythingOn(sessionMinutes);

/** What an assignment fixes; without a time limit of its own, the server's. */
export const assignmentSettings = (
  a: Pick<AssignmentRow, 'meters' | 'coaching' | 'rewinds' | 'hints' | 'minutes'>,
  sessionMinutes: number,
): SessionSettings => ({
  meters: a.meters,
  coaching: a.coaching,
  rewinds: a.rewinds,
  hints: a.hints,
  minutes: a.minutes ?? limitOf(sessionMinutes),
});
