import type { Server, Socket } from 'socket.io';
import type { z } from 'zod';
import type { Ack, ClientToServerEvents, Result, ServerToClientEvents } from '../../contract/events.js';
import { fail, UserError } from '../errors.js';
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

/** A request event of the contract (one that is answered through an acknowledgement). */
export type RequestEvent = keyof ClientToServerEvents;

/** What an event's acknowledgement carries on success, as the contract promises it. */
export type AckData<E extends RequestEvent> =
  Parameters<ClientToServerEvents[E]> extends [unknown, Ack<infer T>] ? T : never;

/** A request handler: the checked payload in, the event's promised data (or a UserError) out. */
export type Handler<E extends RequestEvent, P> = (
  payload: P,
  /** Schedules work to run once the acknowledgement has been sent (the client's reply). */
  afterAck: (work: () => void) => void,
) => Promise<AckData<E>> | AckData<E>;

/** The untyped view of a socket: payloads are checked by each handler's schema, not trusted. */
interface RawSocket {
  on(event: string, listener: (...args: unknown[]) => void): void;
}

/** Checks a payload against its schema, or refuses it with a sentence saying what to send. */
export function parse<T>(schema: z.ZodType<T>, payload: unknown): T {
  const r = schema.safeParse(payload);
  return r.success ? r.data : fail('invalid_payload', describeIssue(r.error));
}

/**
 * A registrar of request handlers on one connection. Each event is rate-limited, its payload
 * checked against its schema, and the handler's return value (or UserError) becomes the Result
 * the browser gets — typed by the contract, so a handler cannot answer with a shape its event does
 * not promise. A missing ack is tolerated; anything but a UserError is logged and answered with a
 * generic sentence, never a stack.
 */
export function handlersFor(socket: RapportSocket, take: () => boolean, log: Logger) {
  return function on<E extends RequestEvent, P>(
    event: E,
    schema: z.ZodType<P>,
    handler: Handler<E, P>,
  ): void {
    // socket.io's typed `on` cannot express "payload not yet validated", so the raw listener
    // receives unknown arguments and checks them itself.
    (socket as unknown as RawSocket).on(event, async (...args: unknown[]) => {
      const last = args.at(-1);
      const ack: Ack<AckData<E>> = typeof last === 'function' ? (last as Ack<AckData<E>>) : () => {};
      const payload = typeof last === 'function' ? args.slice(0, -1)[0] : args[0];
      let result: Result<AckData<E>>;
      let then: (() => void) | undefined;
      try {
        if (!take()) {
          fail('rate_limited', 'You are sending messages too quickly. Wait a moment, then try again.');
        }
        const data = await handler(parse(schema, payload), (work) => {
          then = work;
        });
        result = { ok: true, data };
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
  };
}
