import { fail } from '../errors.js';
import type { Logger } from '../log.js';
import type { SessionService } from '../sessions/service.js';
import { handlersFor, type RapportSocket } from './handle.js';
import {
  endPayload,
  hintPayload,
  resumePayload,
  rewindPayload,
  sayPayload,
  startPayload,
} from './payloads.js';
import { createRateLimiter } from './rateLimit.js';
import { watchTimeLimit } from './timeLimit.js';

export type { RapportServer, RapportSocket, SocketData } from './handle.js';

export interface SessionHandlerDeps {
  service: SessionService;
  clock: () => number;
  logger: Logger;
  /** Per-connection request budget (defaults: a burst of 10, then 2 a second). */
  rateLimit?: { burst: number; perSecond: number } | undefined;
}

/** The socket.io room of everyone on one session: tabs, reconnects, and other server processes. */
export const roomOf = (sessionId: string) => `session:${sessionId}`;

/**
 * The session events on one connection: check the payload, call the session service, answer.
 * The connection remembers which session it is on and watches that session's time limit.
 */
export function registerSessionHandlers(socket: RapportSocket, deps: SessionHandlerDeps): void {
  const { service } = deps;
  const limiter = createRateLimiter(deps.clock, deps.rateLimit?.burst, deps.rateLimit?.perSecond);
  const on = handlersFor(socket, () => limiter.take(), deps.logger.child('socket'));

  // A silent session still ends at its time limit: the client says goodbye, the debrief follows.
  const timeLimit = watchTimeLimit({
    clock: deps.clock,
    isBusy: service.isDelivering,
    timeUp(sessionId) {
      if (socket.data.sessionId === sessionId && socket.connected) void service.expire(sessionId);
    },
  });
  socket.on('disconnect', () => timeLimit.clear());

  /** Puts this connection on a session: it hears the session's replies and its end. */
  function attach(sessionId: string, startedAt: number, minutes: number | null, open: boolean) {
    const previous = socket.data.sessionId;
    if (previous && previous !== sessionId) void socket.leave(roomOf(previous));
    socket.data.sessionId = sessionId;
    void socket.join(roomOf(sessionId));
    if (open) timeLimit.arm(sessionId, startedAt, minutes);
    else timeLimit.clear();
  }

  const current = () =>
    socket.data.sessionId ??
    fail('no_session', 'No session is open on this connection. Choose a client to start one.');

  on('session:start', startPayload, async (payload) => {
    const { started, startedAt } = await service.start(payload);
    attach(started.sessionId, startedAt, started.settings.minutes, true);
    return started;
  });

  on('session:resume', resumePayload, async (payload) => {
    const { resumed, startedAt } = await service.resume(payload);
    attach(payload.sessionId, startedAt, resumed.settings.minutes, !resumed.ended);
    return resumed;
  });

  on('trainee:say', sayPayload, async ({ text }, afterAck) => {
    const said = await service.say(current(), text);
    afterAck(said.deliver);
    return { turn: said.turn };
  });

  on('session:end', endPayload, () => service.end(current()));

  on('session:rewind', rewindPayload, async ({ toTurn }) => {
    const sessionId = current();
    const rewound = await service.rewind(sessionId, toTurn);
    // Every other tab on the session, here or on another process, redraws it from the server.
    socket.to(roomOf(sessionId)).emit('session:rewound', { toTurn });
    return rewound;
  });

  on('session:hint', hintPayload, () => service.hint(current()));
}
