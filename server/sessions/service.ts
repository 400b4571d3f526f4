import crypto from 'node:crypto';
import type {
  ResumePayload,
  ServerToClientEvents,
  SessionResumed,
  SessionStarted,
  StartPayload,
} from '../../contract/events.js';
import { MAX_MESSAGE_LENGTH } from '../../contract/events.js';
import type { ClientTurn, Debrief, EndReason, TranscriptEntry } from '../../contract/session.js';
import { buildDebrief } from '../../engine/debrief/buildDebrief.js';
import type { Persona } from '../../engine/persona/schema.js';
import { toSummary } from '../../engine/persona/summary.js';
import {
  closeSession,
  type EngineState,
  openSession,
  sessionView,
  traineeTurn,
} from '../../engine/simulation/engineSession.js';
import { fail } from '../errors.js';
import type { AppDeps } from '../deps.js';
import type { SessionRow, SessionTx } from '../store/store.js';
import { cleanMessage } from './cleanMessage.js';
import { hashToken, newResumeToken, tokenMatches } from './tokens.js';
import { buildTranscript, goodbyeTurn } from './transcript.js';

/**
 * Sends a server event to every connection on a session: other tabs, and with PostgreSQL other
 * server processes too.
 */
export type Broadcast = <E extends keyof ServerToClientEvents>(
  sessionId: string,
  event: E,
  ...payload: Parameters<ServerToClientEvents[E]>
) => void;

/** What the service needs of the app's dependencies, and how to reach a session's connections. */
export type SessionServiceDeps = Pick<
  AppDeps,
  'personas' | 'store' | 'clock' | 'rng' | 'logger' | 'typingDelayMs' | 'sessionMinutes'
> & { broadcast: Broadcast };

/** A session's end as committed: the row after it, and its debrief. */
interface Ended {
  row: SessionRow;
  debrief: Debrief;
  persona: Persona;
}

/** How long a request waits for a reply another process is still typing. */
const MAX_WAIT_MS = 10_000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * What can be done to a session — start, resume, say, end, expire — whoever asks: the socket
 * handlers, the HTTP routes, the time-limit timers. Every change runs in a store transaction that
 * holds the session (see Store.withSession), so two tabs, two timers or two server processes
 * cannot race a turn or end a session twice. Refusals are UserErrors with a sentence to show.
 */
export function createSessionService(deps: SessionServiceDeps) {
  const { store, clock, broadcast } = deps;
  const log = deps.logger.child('session');
  const limitMs = deps.sessionMinutes * 60_000;
  /** Replies this process has committed and not yet delivered (in their typing pause), by session. */
  const delivering = new Map<string, Promise<void>>();

  const timeIsUp = (startedAt: number) => limitMs > 0 && clock() - startedAt >= limitMs;
  /** A reply to the last turn is still on its way, from this process or another. */
  const replying = (row: SessionRow) => delivering.has(row.id) || row.replyDueAt > clock();

  function personaOf(row: SessionRow): Persona {
    return (
      deps.personas.get(row.personaId) ??
      fail('unknown_persona', `The client '${row.personaId}' is no longer available.`)
    );
  }

  /** Ends the session `tx` holds; undefined when it had already ended. */
  async function endIn(
    tx: SessionTx,
    persona: Persona,
    reason: EndReason,
    state: EngineState = tx.row.state,
  ): Promise<Ended | undefined> {
    const at = clock();
    // The client's own end (a walk-out, the turn limit) is already in the state.
    const closed = sessionView(state).ended ? state : closeSession(persona, state, reason);
    const debrief = buildDebrief({
      personaId: persona.id,
      outcome: reason,
      opening: tx.row.opening,
      turns: await tx.listTurns(),
      disclosureTotal: persona.disclosures.length,
      disclosureOrder: persona.disclosures.map((d) => d.id),
      startedAt: tx.row.startedAt,
      endedAt: at,
    });
    if (!(await tx.endSession({ reason, state: closed, debrief, at }))) return undefined;
    return { row: { ...tx.row, state: closed, endReason: reason, endedAt: at }, debrief, persona };
  }

  /**
   * A row saved before the client's own end was recorded with it (an older release) holds an
   * ended state with no end: finish it now, for the reason the state gives.
   */
  async function settle(tx: SessionTx, persona: Persona): Promise<Ended | undefined> {
    const ended = sessionView(tx.row.state).ended;
    return tx.row.endReason || !ended ? undefined : endIn(tx, persona, ended);
  }

  /** Every connection on the session hears the client's goodbye (for an end it did not choose), then the debrief. */
  function announce({ row, debrief, persona }: Ended): void {
    const goodbye = goodbyeTurn(persona, row);
    if (goodbye) broadcast(row.id, 'client:say', goodbye);
    broadcast(row.id, 'session:ended', { reason: row.endReason!, debrief });
  }

  /** Waits until a reply another request or process is delivering should be on screen. */
  async function waitForReply(row: SessionRow, waitedMs: number): Promise<number> {
    const local = delivering.get(row.id);
    const ms = Math.min(Math.max(row.replyDueAt - clock(), 0) + 25, MAX_WAIT_MS);
    const start = Date.now();
    await (local ?? sleep(ms));
    return waitedMs + Math.max(Date.now() - start, 1);
  }

  /** The client types, then speaks, on every connection on the session. */
  async function deliver(sessionId: string, reply: ClientTurn, delayMs: number, debrief?: Debrief) {
    // The contract announces every reply with client:typing, even with no pause (TYPING_DELAY=off).
    broadcast(sessionId, 'client:typing', { turn: reply.turn });
    if (delayMs > 0) await sleep(delayMs);
    broadcast(sessionId, 'client:say', reply);
    if (reply.ended && debrief) broadcast(sessionId, 'session:ended', { reason: reply.ended, debrief });
  }

  return {
    timeIsUp,
    /** Whether this process is still delivering a reply on the session. */
    isDelivering: (sessionId: string) => delivering.has(sessionId),
    /** Resolves once every reply this process owes has been delivered (graceful shutdown). */
    idle: async () => {
      await Promise.allSettled([...delivering.values()]);
    },

    async start({ personaId, seed }: StartPayload): Promise<{ started: SessionStarted; startedAt: number }> {
      const persona =
        deps.personas.get(personaId) ??
        fail('unknown_persona', `There is no client called '${personaId}'. Pick one from the list.`);
      const sessionId = crypto.randomUUID();
      const resumeToken = newResumeToken();
      const chosenSeed = seed ?? Math.floor(deps.rng() * 2 ** 32);
      const startedAt = clock();
      const { state, opening } = openSession(persona, chosenSeed);
      await store.createSession({
        id: sessionId,
        personaId,
        seed: chosenSeed,
        tokenHash: hashToken(resumeToken),
        startedAt,
        opening,
        state,
      });
      log.info(`session ${sessionId} started with ${personaId}`);
      return { started: { sessionId, resumeToken, persona: toSummary(persona), opening }, startedAt };
    },

    async resume({
      sessionId,
      resumeToken,
    }: ResumePayload): Promise<{ resumed: SessionResumed; startedAt: number }> {
      const found = await store.withSession(sessionId, async (tx) => {
        if (!tx || !tokenMatches(resumeToken, tx.row.tokenHash)) {
          return fail('bad_token', 'That session cannot be resumed: the link or token is not valid.');
        }
        const persona = personaOf(tx.row);
        const settled = await settle(tx, persona);
        const row = settled?.row ?? tx.row;
        return { row, persona, turns: await tx.listTurns(), debrief: settled?.debrief };
      });
      const { row, persona } = found;
      const debrief = found.debrief ?? (row.endReason ? await store.getDebrief(row.id) : undefined);
      const view = sessionView(row.state);
      return {
        resumed: {
          persona: toSummary(persona),
          transcript: buildTranscript(row, found.turns, persona),
          meters: view.meters,
          state: view.phase,
          ...(row.endReason ? { ended: row.endReason } : {}),
          ...(debrief ? { debrief } : {}),
        },
        startedAt: row.startedAt,
      };
    },

    /**
     * One trainee turn, committed before it resolves. The reply goes out when the caller calls
     * `deliver` (after acknowledging the turn): typing, the pause, then the reply.
     */
    async say(sessionId: string, raw: string): Promise<{ turn: number; deliver: () => void }> {
      const text = cleanMessage(raw);
      if (text.length === 0) fail('empty_message', 'Type something before sending.');
      if (text.length > MAX_MESSAGE_LENGTH) {
        fail(
          'message_too_long',
          `Messages can be at most ${MAX_MESSAGE_LENGTH} characters; this one has ${text.length}.`,
        );
      }
      const outcome = await store.withSession(sessionId, async (tx) => {
        if (!tx)
          return fail('no_session', 'That session no longer exists. Choose a client to start a new one.');
        const persona = personaOf(tx.row);
        if (tx.row.endReason || (await settle(tx, persona))) return { kind: 'ended' as const };
        if (replying(tx.row)) {
          return fail('session_busy', 'The client is still answering. Wait for the reply, then send.');
        }
        if (timeIsUp(tx.row.startedAt))
          return { kind: 'expired' as const, end: await endIn(tx, persona, 'time-limit') };

        const out = traineeTurn(persona, tx.row.state, text);
        const reply = out.reply;
        const at = clock();
        const delayMs = deps.typingDelayMs(reply);
        // Committed before the reply is sent: a crash after this point loses nothing. When the
        // client walks out or the turn limit is hit, the end and its debrief commit with the turn.
        await tx.recordTurn(
          { turn: reply.turn, said: text, at, analysis: out.analysis, reply },
          out.state,
          at + delayMs,
        );
        const end = reply.ended ? await endIn(tx, persona, reply.ended, out.state) : undefined;
        return { kind: 'turn' as const, reply, delayMs, debrief: end?.debrief };
      });

      if (outcome.kind === 'ended') {
        return fail('session_ended', 'This session has ended. Start a new one to keep practising.');
      }
      if (outcome.kind === 'expired') {
        if (outcome.end) announce(outcome.end);
        return fail(
          'session_ended',
          `The session reached its ${deps.sessionMinutes}-minute limit and has ended.`,
        );
      }
      const { reply, delayMs, debrief } = outcome;
      let release!: () => void;
      const acknowledged = new Promise<void>((resolve) => {
        release = resolve;
      });
      const delivery = acknowledged
        .then(() => deliver(sessionId, reply, delayMs, debrief))
        .catch((err) => log.error(`delivering turn ${reply.turn} of ${sessionId} failed`, err))
        .finally(() => delivering.delete(sessionId));
      delivering.set(sessionId, delivery);
      return { turn: reply.turn, deliver: release };
    },

    /**
     * The trainee ends the session (or it was past its limit): the client says goodbye on every
     * connection, then the debrief follows. Ending an ended session answers with its debrief.
     */
    async end(sessionId: string): Promise<Debrief> {
      for (let waited = 0; ; ) {
        const outcome = await store.withSession(sessionId, async (tx) => {
          if (!tx)
            return fail('no_session', 'That session no longer exists. Choose a client to start a new one.');
          if (tx.row.endReason) return { kind: 'already' as const };
          // A reply still on its way (in its typing pause) is delivered before the goodbye.
          if (replying(tx.row)) return { kind: 'wait' as const, row: tx.row };
          const persona = personaOf(tx.row);
          const reason =
            sessionView(tx.row.state).ended ?? (timeIsUp(tx.row.startedAt) ? 'time-limit' : 'trainee');
          return { kind: 'ended' as const, end: await endIn(tx, persona, reason) };
        });
        if (outcome.kind === 'wait') {
          if (waited >= MAX_WAIT_MS)
            fail('session_busy', 'The client is still answering. Try again in a moment.');
          waited = await waitForReply(outcome.row, waited);
          continue;
        }
        if (outcome.kind === 'ended' && outcome.end) {
          announce(outcome.end);
          return outcome.end.debrief;
        }
        return (
          (await store.getDebrief(sessionId)) ?? fail('session_ended', 'This session has already ended.')
        );
      }
    },

    /**
     * Ends a session whose time limit has passed (a timer fired), unless it has ended already:
     * timers on several tabs or processes end it once between them.
     */
    async expire(sessionId: string): Promise<void> {
      for (let waited = 0; waited < MAX_WAIT_MS; ) {
        const outcome = await store.withSession(sessionId, async (tx) => {
          if (!tx || tx.row.endReason || !timeIsUp(tx.row.startedAt)) return undefined;
          const persona = deps.personas.get(tx.row.personaId);
          if (!persona) return undefined;
          if (replying(tx.row)) return { kind: 'wait' as const, row: tx.row };
          return { kind: 'ended' as const, end: await endIn(tx, persona, 'time-limit') };
        });
        if (outcome?.kind === 'wait') {
          waited = await waitForReply(outcome.row, waited);
          continue;
        }
        if (outcome?.end) announce(outcome.end);
        return;
      }
    },

    /** A session for whoever holds its resume token; undefined for a wrong id or token. */
    async authorised(sessionId: string, token: string): Promise<SessionRow | undefined> {
      const row = await store.getSession(sessionId);
      return row && tokenMatches(token, row.tokenHash) ? row : undefined;
    },

    async transcriptOf(row: SessionRow): Promise<TranscriptEntry[]> {
      return buildTranscript(row, await store.listTurns(row.id), deps.personas.get(row.personaId));
    },

    debriefOf: (row: SessionRow) => store.getDebrief(row.id),
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
