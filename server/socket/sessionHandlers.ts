import crypto from 'node:crypto';
import type { Server, Socket } from 'socket.io';
import type { z } from 'zod';
import type {
  Ack,
  ClientToServerEvents,
  ErrorCode,
  Result,
  ServerToClientEvents,
} from '../../contract/events.js';
import { MAX_MESSAGE_LENGTH } from '../../contract/events.js';
import type { ClientTurn, Debrief, EndReason } from '../../contract/session.js';
import { endingLine, openSession, sessionView, traineeTurn } from '../../engine/client/engineSession.js';
import type { Persona } from '../../engine/persona/schema.js';
import { toSummary } from '../../engine/persona/summary.js';
import type { AppDeps } from '../deps.js';
import type { SessionRow } from '../store/store.js';
import { buildTranscript, finishSession, hashToken, tokenMatches } from '../sessions.js';
import { createRateLimiter } from './rateLimit.js';
import {
  cleanMessage,
  describeIssue,
  endPayload,
  resumePayload,
  sayPayload,
  startPayload,
} from './payloads.js';

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

const fail = (code: ErrorCode, message: string): never => {
  throw new UserError(code, message);
};

/** The untyped view of a socket: payloads are checked by each handler, not trusted. */
interface RawSocket {
  on(event: string, listener: (...args: unknown[]) => void): void;
}

/** Registers the session events on one connection. Every handler validates, then answers with a Result. */
export function registerSessionHandlers(
  socket: RapportSocket,
  deps: AppDeps,
  /** Sessions with a turn in progress (shared by all connections): a second message is refused, not raced. */
  busy: Set<string>,
): void {
  const log = deps.logger.child('session');
  const limiter = createRateLimiter(deps.clock, deps.rateLimit?.burst, deps.rateLimit?.perSecond);

  /** Wraps a handler: a missing ack is tolerated, user errors are answered, anything else is logged. */
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
        if (!limiter.take()) {
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

  function parse<T>(schema: z.ZodType<T>, payload: unknown): T {
    const r = schema.safeParse(payload);
    return r.success ? r.data : fail('invalid_payload', describeIssue(r.error));
  }

  function currentSession() {
    const id = socket.data.sessionId;
    if (!id)
      return fail('no_session', 'No session is open on this connection. Choose a client to start one.');
    const found = deps.store.getSession(id);
    if (!found)
      return fail('no_session', 'That session no longer exists. Choose a client to start a new one.');
    const persona = deps.personas.get(found.personaId);
    if (!persona) return fail('unknown_persona', `The client '${found.personaId}' is no longer available.`);
    return { row: settled(found, persona), persona };
  }

  /**
   * A session whose client ended it (walk-out, turn limit) is finished in the same transaction as
   * that turn. A row saved before that was so may hold an ended state with no end recorded:
   * finish it now, for the reason the state gives.
   */
  function settled(row: SessionRow, persona: Persona): SessionRow {
    const ended = sessionView(row.state).ended;
    if (row.endReason || !ended) return row;
    finishSession(deps, row, persona, ended);
    return deps.store.getSession(row.id) ?? row;
  }

  function finish(sessionId: string, persona: Persona, reason: EndReason) {
    return finishSession(deps, deps.store.getSession(sessionId)!, persona, reason);
  }

  /** Ends a session the client did not end itself: the client says goodbye, then the debrief follows. */
  function close(sessionId: string, persona: Persona, reason: 'trainee' | 'time-limit') {
    const debrief = finish(sessionId, persona, reason);
    const state = deps.store.getSession(sessionId)!.state;
    const goodbye = endingLine(persona, state);
    if (goodbye) {
      const view = sessionView(state);
      socket.emit('client:say', {
        turn: view.turn,
        text: goodbye,
        state: 'ended',
        meters: view.meters,
        ended: reason,
      });
    }
    socket.emit('session:ended', { reason, debrief });
    return debrief;
  }

  /**
   * Ends the open session when its time limit passes, even while the trainee is silent: the client
   * says goodbye and the debrief follows. Armed on start and resume; cleared on disconnect.
   */
  let limitTimer: ReturnType<typeof setTimeout> | undefined;
  const limitMs = deps.sessionMinutes * 60_000;
  const timeIsUp = (startedAt: number) => limitMs > 0 && deps.clock() - startedAt >= limitMs;
  function armTimeLimit(sessionId: string, startedAt: number, waitMs = startedAt + limitMs - deps.clock()) {
    clearTimeout(limitTimer);
    if (limitMs <= 0) return;
    // setTimeout holds at most ~24.8 days; a longer wait is re-armed when it fires.
    limitTimer = setTimeout(() => timeUp(sessionId, startedAt), Math.min(Math.max(0, waitMs), 2 ** 31 - 1));
    limitTimer.unref?.();
  }
  function timeUp(sessionId: string, startedAt: number) {
    if (socket.data.sessionId !== sessionId || !socket.connected) return;
    const row = deps.store.getSession(sessionId);
    if (!row || row.endReason) return;
    // A turn in flight finishes first; a timer that fired early (a very long limit) waits on.
    if (busy.has(sessionId)) return armTimeLimit(sessionId, startedAt, 50);
    if (!timeIsUp(startedAt)) return armTimeLimit(sessionId, startedAt);
    const persona = deps.personas.get(row.personaId);
    if (!persona) return;
    try {
      close(sessionId, persona, 'time-limit');
    } catch (err) {
      log.error(`ending ${sessionId} at its time limit failed`, err);
    }
  }
  socket.on('disconnect', () => clearTimeout(limitTimer));

  on('session:start', (payload) => {
    const { personaId, seed } = parse(startPayload, payload);
    const persona = deps.personas.get(personaId);
    if (!persona)
      return fail('unknown_persona', `There is no client called '${personaId}'. Pick one from the list.`);
    const sessionId = crypto.randomUUID();
    const resumeToken = crypto.randomBytes(24).toString('base64url');
    const chosenSeed = seed ?? Math.floor(deps.rng() * 2 ** 32);
    const startedAt = deps.clock();
    const { state, opening } = openSession(persona, chosenSeed);
    deps.store.createSession({
      id: sessionId,
      personaId,
      seed: chosenSeed,
      tokenHash: hashToken(resumeToken),
      startedAt,
      opening,
      state,
    });
    socket.data.sessionId = sessionId;
    armTimeLimit(sessionId, startedAt);
    log.info(`session ${sessionId} started with ${personaId}`);
    return { sessionId, resumeToken, persona: toSummary(persona), opening };
  });

  on('session:resume', (payload) => {
    const { sessionId, resumeToken } = parse(resumePayload, payload);
    const found = deps.store.getSession(sessionId);
    if (!found || !tokenMatches(resumeToken, found.tokenHash)) {
      return fail('bad_token', 'That session cannot be resumed: the link or token is not valid.');
    }
    const persona = deps.personas.get(found.personaId);
    if (!persona) return fail('unknown_persona', `The client '${found.personaId}' is no longer available.`);
    const row = settled(found, persona);
    socket.data.sessionId = sessionId;
    if (!row.endReason) armTimeLimit(sessionId, row.startedAt);
    const transcript = buildTranscript(deps.store, row, persona);
    const view = sessionView(row.state);
    return {
      persona: toSummary(persona),
      transcript,
      meters: view.meters,
      state: view.phase,
      ...(row.endReason ? { ended: row.endReason } : {}),
    };
  });

  on('trainee:say', (payload, afterAck) => {
    const { text: raw } = parse(sayPayload, payload);
    const text = cleanMessage(raw);
    if (text.length === 0) return fail('empty_message', 'Type something before sending.');
    if (text.length > MAX_MESSAGE_LENGTH) {
      return fail(
        'message_too_long',
        `Messages can be at most ${MAX_MESSAGE_LENGTH} characters; this one has ${text.length}.`,
      );
    }
    const { row, persona } = currentSession();
    if (row.endReason)
      return fail('session_ended', 'This session has ended. Start a new one to keep practising.');
    if (busy.has(row.id))
      return fail('session_busy', 'The client is still answering. Wait for the reply, then send.');

    if (timeIsUp(row.startedAt)) {
      close(row.id, persona, 'time-limit');
      return fail(
        'session_ended',
        `The session reached its ${deps.sessionMinutes}-minute limit and has ended.`,
      );
    }

    busy.add(row.id);
    let reply: ClientTurn;
    let debrief: Debrief | undefined;
    try {
      const out = traineeTurn(persona, row.state, text);
      reply = out.reply;
      const ended = reply.ended;
      // Committed before the reply is sent: a crash after this point loses nothing. When the client
      // walks out or the turn limit is hit, the end and its debrief are committed with the turn.
      deps.store.atomically(() => {
        deps.store.recordTurn(
          row.id,
          { turn: reply.turn, said: text, at: deps.clock(), analysis: out.analysis, reply },
          out.state,
        );
        if (ended) debrief = finish(row.id, persona, ended);
      });
    } catch (err) {
      busy.delete(row.id);
      throw err;
    }
    // The acknowledgement goes first, then the client "types" and speaks.
    afterAck(() => void deliver(row.id, reply, debrief));
    return { turn: reply.turn };
  });

  async function deliver(sessionId: string, reply: ClientTurn, debrief: Debrief | undefined) {
    try {
      // The contract announces every reply with client:typing, even with no pause (TYPING_DELAY=off).
      socket.emit('client:typing', { turn: reply.turn });
      const delay = deps.typingDelayMs(reply);
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      socket.emit('client:say', reply);
      if (reply.ended && debrief) socket.emit('session:ended', { reason: reply.ended, debrief });
    } catch (err) {
      log.error(`delivering turn ${reply.turn} of ${sessionId} failed`, err);
    } finally {
      busy.delete(sessionId);
    }
  }

  on('session:end', (payload) => {
    parse(endPayload, payload);
    const { row, persona } = currentSession();
    if (row.endReason) {
      const saved = deps.store.getDebrief(row.id);
      if (saved) return saved;
      return fail('session_ended', 'This session has already ended.');
    }
    return close(row.id, persona, timeIsUp(row.startedAt) ? 'time-limit' : 'trainee');
  });
}
