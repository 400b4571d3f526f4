import type { ServerToClientEvents } from '../../contract/events.js';

/**
 * Sends a server event to every connection on a session: other tabs, and with PostgreSQL other
 * server processes too.
 */
export type Broadcast = <E extends keyof ServerToClientEvents>(
  sessionId: string,
  event: E,
  ...payload: Parameters<ServerToClientEvents[E]>
) => void;
