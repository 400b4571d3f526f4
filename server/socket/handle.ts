import type { Server, Socket } from 'socket.io';
import type { z } from 'zod';
import type {
  Ack,
  ClientToServerEvents,
  ErrorCode,
  Result,
  ServerToClientEvents,
} from '../../contract/events.js';
import type { Logger } from '../log.js';
import { describeIssue } from './payloads.js';

export type RapportServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
export type RapportSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
export interface SocketData {
  sessionId?: string;
}

/** A failure the trainee can act on: its code and message go to the browser as they are. */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Refuses a request with a code and a sentence the trainee can act on. */
export const fail = (code: ErrorCode, message: string): never => {
  throw new UserError(code, message);
};

/** The untyped view of a socket: payloads are checked by each handler, not trusted. */
interface RawSocket {
  on(event: string, listener: (...args: unknown[]) => void): void;
}

/** Checks a payload against its schema, or refuses it with a sentence saying what to send. */
export function parse<T>(schema: z.ZodType<T>, payload: unknown): T {
  const r = schema.safeParse(payload);
  return r.success ? r.data : fail('invalid_payload', describeIssue(r.error));
}

/**
 * A registrar of request handlers on one connection: each receives the unchecked payload and a way
 * to schedule work after its acknowledgement, and its return value (or UserError) becomes the
 * Result the browser gets. A missing ack is tolerated; anything but a UserError is logged and
 * answered with a generic sentence, never a stack.
 */
export function handlersFor(socket: RapportSocket, take: () => boolean, log: Logger) {
  function on<E extends keyof ClientToServerEvents, T>(
    event: E,
    handler: (payload: unknown, afterAck: (work: () => void) => void) => Promise<T> | T,
  ): void {
    // socket.io's typed `on` cannot express "payload not yet validated", so the raw listener
    // receives unknown arguments and checks them itself.
    (socket as unknown as RawSocket).on(event, async (...args: unknown[]) => {
      const last = args.at(-1);
      const ack: Ack<T> = typeof last === 'function' ? (last as Ack<T>) : () => {};
      const payload = typeof last === 'function' ? args.slice(0, -1)[0] : args[0];
      let result: Result<T>;
      let then: (() => void) | undefined;
      try {
        if (!take()) {
          fail('rate_limited', 'You are sending messages too quickly. Wait a moment, then try again.');
        }
        result = {
          ok: true,
          data: await handler(payload, (work) => {
            then = work;
          }),
        };
      } catch (err) {
        if (err instanceof UserError) {
          result = { ok: false, error: { code: err.code, message: err.message } };
        } else {
          log.error(`${event} failed`, err);
          result = {
            ok: false,
            error: { code: 'internal', message: 'Something went wrong on the server. Please try again.' },
          };
        }
      }
      try {
        ack(result);
      } catch (err) {
        log.warn(`${event}: acknowledgement threw`, err);
      }
      // Work that must reach the browser after the acknowledgement (the client's reply).
      then?.();
    });
  }
  return on;
}
