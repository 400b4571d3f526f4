import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../contract/events.js';
import type { Persona } from '../../engine/persona/schema.js';
import { createApp } from '../../server/app.js';
import { silentLogger } from '../../server/log.js';
import { loadPersonaDir } from '../../server/personas/loadPersonas.js';
import { openSqliteStore } from '../../server/store/sqliteStore.js';
import type { Store } from '../../server/store/store.js';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export const PERSONAS_DIR = path.resolve(import.meta.dirname, '../../personas');

/** The shipped personas, loaded once for all server tests. */
export function shippedPersonas(): Map<string, Persona> {
  const { personas, errors } = loadPersonaDir(PERSONAS_DIR);
  if (errors.length > 0)
    throw new Error(`shipped personas do not load: ${errors.map((e) => e.message).join('; ')}`);
  return personas;
}

/** Starts a real Rapport server on an ephemeral port with an in-memory store. */
export async function startTestServer(
  options: {
    typingDelayMs?: number;
    sessionMinutes?: number;
    clock?: () => number;
    rateLimit?: { burst: number; perSecond: number };
    /** SQLite in memory unless given. */
    store?: Store;
    trustProxy?: false | number | string;
  } = {},
) {
  const store = options.store ?? openSqliteStore(':memory:');
  const personas = shippedPersonas();
  const rapport = createApp({
    personas,
    store,
    clock: options.clock ?? Date.now,
    rng: () => 0.5,
    logger: silentLogger,
    typingDelayMs: () => options.typingDelayMs ?? 0,
    sessionMinutes: options.sessionMinutes ?? 60,
    rateLimit: options.rateLimit ?? { burst: 1000, perSecond: 1000 },
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
  });
  await new Promise<void>((resolve) => rapport.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = rapport.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const sockets: TestSocket[] = [];
  return {
    url,
    store,
    service: rapport.service,
    personas,
    /** A connected socket.io client; closed with the server. */
    async client(): Promise<TestSocket> {
      const socket: TestSocket = connect(url, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
      });
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      return socket;
    },
    async close() {
      for (const s of sockets) s.disconnect();
      await rapport.close();
      await store.close();
    },
  };
}

/** Resolves with the next payload of a server event. */
export function next<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  timeoutMs = 3000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    // biome-ignore lint/suspicious/noExplicitAny: socket.io's typed once() cannot be narrowed generically here.
    (socket as any).once(event, (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}
