import type { Debrief, SeenTurn } from '../../contract/session.js';
import type { Logger } from '../log.js';
import type { SessionRow } from '../store/store.js';
import type { Broadcast } from './broadcast.js';

/** How long a request waits for a reply that is still being typed, here or in another process. */
export const MAX_WAIT_MS = 10_000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The replies this process has committed and not yet shown: the client "types" (client:typing,
 * the pause), then speaks, on every connection on the session. While one is on its way the
 * session is still answering; its row's replyDueAt says the same to other processes.
 */
export function createDeliveries(deps: { clock: () => number; broadcast: Broadcast; logger: Logger }) {
  const { clock, broadcast } = deps;
  const delivering = new Map<string, Promise<void>>();

  async function deliver(sessionId: string, reply: SeenTurn, delayMs: number, debrief?: Debrief) {
    // The contract announces every reply with client:typing, even with no pause (TYPING_DELAY=off).
    broadcast(sessionId, 'client:typing', { turn: reply.turn });
    if (delayMs > 0) await sleep(delayMs);
    broadcast(sessionId, 'client:say', reply);
    if (reply.ended && debrief) broadcast(sessionId, 'session:ended', { reason: reply.ended, debrief });
  }

  return {
    /**
     * Holds a committed reply until the returned function is called (once the turn has been
     * acknowledged), then delivers it.
     */
    hold(sessionId: string, reply: SeenTurn, delayMs: number, debrief?: Debrief): () => void {
      let release!: () => void;
      const acknowledged = new Promise<void>((resolve) => {
        release = resolve;
      });
      const delivery = acknowledged
        .then(() => deliver(sessionId, reply, delayMs, debrief))
        .catch((err) => deps.logger.error(`delivering turn ${reply.turn} of ${sessionId} failed`, err))
        .finally(() => delivering.delete(sessionId));
      delivering.set(sessionId, delivery);
      return release;
    },

    /** Whether this process is still delivering a reply on the session. */
    has: (sessionId: string) => delivering.has(sessionId),

    /** A reply to the session's last turn is still on its way, from this process or another. */
    pending: (row: SessionRow) => delivering.has(row.id) || row.replyDueAt > clock(),

    /** Waits until a pending reply should be on screen; returns the milliseconds waited so far. */
    async waitFor(row: SessionRow, waitedMs: number): Promise<number> {
      const local = delivering.get(row.id);
      const ms = Math.min(Math.max(row.replyDueAt - clock(), 0) + 25, MAX_WAIT_MS);
      const start = Date.now();
      await (local ?? sleep(ms));
      return waitedMs + Math.max(Date.now() - start, 1);
    },

    /** Resolves once every reply this process owes has been delivered (graceful shutdown). */
    async idle() {
      await Promise.allSettled([...delivering.values()]);
    },
  };
}
