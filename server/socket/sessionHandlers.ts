import crypto from 'node:crypto';
import { MAX_MESSAGE_LENGTH } from '../../contract/events.js';
import type { ClientTurn, Debrief, EndReason, GoodbyeReason } from '../../contract/session.js';
import { endingLine, openSession, sessionView, traineeTurn } from '../../engine/simulation/engineSession.js';
import type { Persona } from '../../engine/persona/schema.js';
import { toSummary } from '../../engine/persona/summary.js';
import type { AppDeps } from '../deps.js';
import { buildTranscript, finishSession, hashToken, tokenMatches } from '../sessions.js';
import type { SessionRow } from '../store/store.js';
import { fail, handlersFor, parse, type RapportSocket } from './handle.js';
import { cleanMessage, endPayload, resumePayload, sayPayload, startPayload } from './payloads.js';
import { createRateLimiter } from './rateLimit.js';
import { watchTimeLimit } from './timeLimit.js';

export type { RapportServer, RapportSocket, SocketData } from './handle.js';

/** Registers the session events on one connection. Every handler validates, then answers with a Result. */
export function registerSessionHandlers(
  socket: RapportSocket,
  deps: AppDeps,
  /** Sessions with a turn in progress (shared by all connections): a second message is refused, not raced. */
  busy: Set<string>,
): void {
  const log = deps.logger.child('session');
  const limiter = createRateLimiter(deps.clock, deps.rateLimit?.burst, deps.rateLimit?.perSecond);
  const on = handlersFor(socket, () => limiter.take(), log);

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
  /** Every connection on a session (a second tab, a reconnect) hears when it ends. */
  const roomOf = (sessionId: string) => `session:${sessionId}`;
  function attach(sessionId: string) {
    const previous = socket.data.sessionId;
    if (previous && previous !== sessionId) void socket.leave(roomOf(previous));
    socket.data.sessionId = sessionId;
    void socket.join(roomOf(sessionId));
  }

  function close(sessionId: string, persona: Persona, reason: GoodbyeReason) {
    const everyone = socket.nsp.to(roomOf(sessionId));
    const debrief = finish(sessionId, persona, reason);
    const state = deps.store.getSession(sessionId)!.state;
    const goodbye = endingLine(persona, state);
    if (goodbye) {
      const view = sessionView(state);
      everyone.emit('client:say', {
        turn: view.turn,
        text: goodbye,
        state: 'ended',
        meters: view.meters,
        ended: reason,
      });
    }
    everyone.emit('session:ended', { reason, debrief });
    return debrief;
  }

  // A silent session still ends at its time limit: the client says goodbye, the debrief follows.
  const timeLimit = watchTimeLimit({
    minutes: deps.sessionMinutes,
    clock: deps.clock,
    isBusy: (sessionId) => busy.has(sessionId),
    timeUp(sessionId) {
      if (socket.data.sessionId !== sessionId || !socket.connected) return;
      const row = deps.store.getSession(sessionId);
      const persona = row && deps.personas.get(row.personaId);
      if (!row || row.endReason || !persona) return;
      try {
        close(sessionId, persona, 'time-limit');
      } catch (err) {
        log.error(`ending ${sessionId} at its time limit failed`, err);
      }
    },
  });
  socket.on('disconnect', () => timeLimit.clear());

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
    attach(sessionId);
    timeLimit.arm(sessionId, startedAt);
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
    attach(sessionId);
    if (!row.endReason) timeLimit.arm(sessionId, row.startedAt);
    const transcript = buildTranscript(deps.store, row, persona);
    const debrief = row.endReason ? deps.store.getDebrief(row.id) : undefined;
    const view = sessionView(row.state);
    return {
      persona: toSummary(persona),
      transcript,
      meters: view.meters,
      state: view.phase,
      ...(row.endReason ? { ended: row.endReason } : {}),
      ...(debrief ? { debrief } : {}),
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

    if (timeLimit.isUp(row.startedAt)) {
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
      if (reply.ended && debrief) {
        socket.nsp.to(roomOf(sessionId)).emit('session:ended', { reason: reply.ended, debrief });
      }
    } catch (err) {
      log.error(`delivering turn ${reply.turn} of ${sessionId} failed`, err);
    } finally {
      busy.delete(sessionId);
    }
  }

  on('session:end', async (payload) => {
    parse(endPayload, payload);
    // A reply still on its way (in the typing pause) is delivered before the goodbye.
    const id = socket.data.sessionId;
    for (let waited = 0; id && busy.has(id); waited += 25) {
      if (waited >= 10_000) fail('session_busy', 'The client is still answering. Try again in a moment.');
      await new Promise((r) => setTimeout(r, 25));
    }
    const { row, persona } = currentSession();
    if (row.endReason) {
      const saved = deps.store.getDebrief(row.id);
      if (saved) return saved;
      return fail('session_ended', 'This session has already ended.');
    }
    return close(row.id, persona, timeLimit.isUp(row.startedAt) ? 'time-limit' : 'trainee');
  });
}
