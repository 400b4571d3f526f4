import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, Result, ServerToClientEvents } from '../contract/events.js';

export type PageSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long to wait for an acknowledgement before telling the trainee something is wrong. */
const ACK_TIMEOUT_MS = 10_000;

/** Opens the socket.io connection to the page's own origin, reconnecting by itself. */
export function connectSocket(): PageSocket {
  return io({
    reconnection: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 3000,
    // Messages typed while the connection is down are refused by the page, not buffered.
    autoConnect: true,
  });
}

type AckData<E extends keyof ClientToServerEvents> =
  Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] extends Result<infer T> ? T : never;

/**
 * Emits a request and resolves with its Result. A timeout or a dropped connection becomes an
 * error Result with a sentence the trainee can act on, so callers have one path for failures.
 */
export async function request<E extends keyof ClientToServerEvents>(
  socket: PageSocket,
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
): Promise<Result<AckData<E>>> {
  if (!socket.connected) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Not connected to the server. Wait a moment while the page reconnects.',
      },
    };
  }
  try {
    // socket.io's typings cannot carry the generic event through emitWithAck's overloads.
    const timed = socket.timeout(ACK_TIMEOUT_MS);
    const emit = timed.emitWithAck as unknown as (ev: E, p: typeof payload) => Promise<Result<AckData<E>>>;
    return await emit.call(timed, event, payload);
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: socket.connected
          ? 'The server did not answer in time. Check your connection and try again.'
          : 'The connection dropped before the server answered. The page is reconnecting and will show what the server received.',
      },
    };
  }
}
