import type { ServerOptions } from 'socket.io';
import type { ClientTurn } from '../contract/session.js';
import type { Persona } from '../engine/persona/schema.js';
import type { Logger } from './log.js';
import type { Store } from './store/store.js';

/** Everything the app reaches for, passed in so tests can supply their own. */
export interface AppDeps {
  /** Loaded personas by id; the map may be updated in place when a file changes (dev). */
  personas: ReadonlyMap<string, Persona>;
  store: Store;
  /** Milliseconds since the epoch. */
  clock: () => number;
  /** Uniform in [0, 1): seeds new sessions when the browser gives no seed. */
  rng: () => number;
  logger: Logger;
  /** How long the client "types" before a reply; 0 for none. */
  typingDelayMs: (reply: ClientTurn) => number;
  /** Session time limit in minutes (0 = none). */
  sessionMinutes: number;
  /** Per-connection request budget (defaults: a burst of 10, then 2 a second). */
  rateLimit?: { burst: number; perSecond: number };
  /** Folder with the built page, or undefined to serve no page (API-only tests). */
  staticDir?: string;
  /**
   * socket.io's adapter (with PostgreSQL, the one that carries room broadcasts between server
   * processes); socket.io's in-memory adapter when undefined.
   */
  adapter?: ServerOptions['adapter'];
  /** Express's `trust proxy`: which reverse proxies to believe about the client's address. */
  trustProxy?: false | number | string;
}

/** A natural pause: a reader's pace for the reply, between 0.6 and 2.5 seconds. */
export function naturalTypingDelay(reply: ClientTurn): number {
  return Math.min(2500, 600 + reply.text.length * 18);
}
