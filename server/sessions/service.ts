import crypto from 'node:crypto';
import type {
  Hints,
  ResumePayload,
  SessionResumed,
  SessionRewound,
  SessionStarted,
  StartPayload,
} from '../../contract/events.js';
import { MAX_MESSAGE_LENGTH } from '../../contract/events.js';
import type { Debrief, SeenEntry } from '../../contract/session.js';
import type { Persona } from '../../engine/persona/schema.js';
import { toSummary } from '../../engine/persona/summary.js';
import { continuationOf } from '../../engine/practice/continuity.js';
import { hintsFor } from '../../engine/practice/hints.js';
import { replayTo } from '../../engine/practice/rewind.js';
import { openSession, sessionView, traineeTurn } from '../../engine/simulation/engineSession.js';
import { fail } from '../errors.js';
import type { AppDeps } from '../deps.js';
import type { SessionRow } from '../store/store.js';
import type { Broadcast } from './broadcast.js';
import { cleanMessage } from './cleanMessage.js';
import { createDeliveries, MAX_WAIT_MS } from './deliveries.js';
import { createEndings } from './endings.js';
import { personaHash, scorerVersion } from './provenance.js';
import { assignmentSettings, everythingOn, settingsOf as storedSettings } from './settings.js';
import { hashToken, newResumeToken, tokenMatches } from './tokens.js';
import { metersForTrainee, transcriptForTrainee, turnForTrainee } from './forTrainee.js';
import { buildTranscript } from './transcript.js';

/** What the service needs of the app's dependencies, and how to reach a session's connections. */
export type SessionServiceDeps = Pick<
  AppDeps,
  'personas' | 'store' | 'clock' | 'rng' | 'logger' | 'typingDelayMs' | 'sessionMinutes'
> & { broadcast: Broadcast };

/**
 * What can be done to a session — start, resume, say, end, expire — whoever asks: the socket
 * handlers, the HTTP routes, the time-limit timers. Every change runs in a store transaction that
 * holds the session (see Store.withSession), so two tabs, two timers or two server processes
 * cannot race a turn or end a session twice. Refusals are UserErrors with a sentence to show.
 */
export function createSessionService(deps: SessionServiceDeps) {
  const { store, clock } = deps;
  const log = deps.logger.child('session');
  const deliveries = createDeliveries(deps);
  const { endIn, settle, announce } = createEndings(deps);
  const settingsOf = (row: SessionRow) => storedSettings(row, deps.sessionMinutes);

  const timeIsUp = (row: SessionRow) => {
    const minutes = settingsOf(row).minutes;
    return minutes !== null && minutes > 0 && clock() - row.startedAt >= minutes * 60_000;
  };

  function personaOf(row: SessionRow): Persona {
    return (
      deps.personas.get(row.personaId) ??
      fail('unknown_persona', `The client '${row.personaId}' is no longer available.`)
    );
  }

  /** The finished session a next one continues, and what it carries over; refused otherwise. */
  async function finishedBefore(from: ResumePayload, personaId: string) {
    const row = await store.getSession(from.sessionId);
    if (!row || !tokenMatches(from.resumeToken, row.tokenHash)) {
      return fail('bad_token', 'That earlier session cannot be continued: the link or token is not valid.');
    }
    if (row.personaId !== personaId) {
      return fail(
        'invalid_payload',
        `That earlier session was with another client; continue it with '${row.personaId}'.`,
      );
    }
    if (!row.endReason) {
      return fail(
        'not_finished',
        'That earlier session is still open. End it first, then start the next one.',
      );
    }
    return { row, continuation: continuationOf(row.state) };
  }

  /** What an assignment fixes for a session, or a refusal naming the code. */
  async function assignmentFor(code: string) {
    const a = await store.course.getAssignment(code);
    if (!a) {
      return fail(
        'unknown_assignment',
        `There is no assignment '${code}'. Check the link your educator gave you, or choose a client.`,
      );
    }
    return { ...a, settings: assignmentSettings(a, deps.sessionMinutes) };
  }

  return {
    timeIsUp,
    /** Whether this process is still delivering a reply on the session. */
    isDelivering: deliveries.has,
    /** Resolves once every reply this process owes has been delivered (graceful shutdown). */
    idle: deliveries.idle,

    async start(payload: StartPayload): Promise<{ started: SessionStarted; startedAt: number }> {
      const { seed, continueFrom, trainee } = payload;
      const assignment = payload.assignment ? await assignmentFor(payload.assignment) : undefined;
      if (assignment && payload.personaId && payload.personaId !== assignment.personaId) {
        fail(
          'invalid_payload',
          `Assignment '${assignment.code}' is a session with '${assignment.personaId}', not '${payload.personaId}'.`,
        );
      }
      const personaId =
        assignment?.personaId ??
        payload.personaId ??
        fail(
          'invalid_payload',
          'Say which client to meet: send { personaId }, or { assignment } with a code.',
        );
      const persona =
        deps.personas.get(personaId) ??
        fail(
          'unknown_persona',
          assignment
            ? `The client of assignment '${assignment.code}' ('${personaId}') is no longer available. Tell your educator.`
            : `There is no client called '${personaId}'. Pick one from the list.`,
        );
      // A next session with the same client carries the last one over: it must be finished, and yours.
      const before = continueFrom ? await finishedBefore(continueFrom, personaId) : undefined;
      // It stays the same trainee's, under the same assignment, unless the request says otherwise.
      const who =
        trainee ??
        (before?.row.trainee ? { name: before.row.trainee, cohort: before.row.cohort } : undefined);
      if (assignment && !who) {
        fail('invalid_payload', 'An assignment needs your name: send trainee: { name } with it.');
      }
      const cohort = assignment?.cohort ?? who?.cohort;
      const assignmentCode = assignment?.code ?? before?.row.assignment;
      const settings =
        assignment?.settings ??
        (before?.row.assignment ? settingsOf(before.row) : everythingOn(deps.sessionMinutes));
      const sessionId = crypto.randomUUID();
      const resumeToken = newResumeToken();
      // An assignment's seed gives every trainee the same client; otherwise the page's, or a random one.
      const chosenSeed = assignment?.seed ?? seed ?? Math.floor(deps.rng() * 2 ** 32);
      const startedAt = clock();
      const { state, opening } = openSession(persona, chosenSeed, before?.continuation);
      await store.createSession({
        id: sessionId,
        personaId,
        seed: chosenSeed,
        tokenHash: hashToken(resumeToken),
        startedAt,
        opening,
        state,
        settings,
        personaHash: personaHash(persona),
        scorerVersion: scorerVersion(),
        ...(who ? { trainee: who.name } : {}),
        ...(cohort ? { cohort } : {}),
        ...(assignmentCode ? { assignment: assignmentCode } : {}),
        ...(before ? { continuedFrom: before.row.id, continuation: before.continuation } : {}),
      });
      log.info(
        `session ${sessionId} started with ${personaId}${assignmentCode ? ` (assignment ${assignmentCode})` : ''}` +
          `${before ? `, continuing ${before.row.id}` : ''}`,
      );
      return {
        started: {
          sessionId,
          resumeToken,
          persona: toSummary(persona),
          opening: turnForTrainee(opening, settings),
          settings,
        },
        startedAt,
      };
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
      // A finished session shows everything in its debrief, so its transcript is whole too.
      const seen = row.endReason ? everythingOn(deps.sessionMinutes) : settingsOf(row);
      return {
        resumed: {
          persona: toSummary(persona),
          settings: settingsOf(row),
          transcript: transcriptForTrainee(buildTranscript(row, found.turns, persona), seen),
          ...metersForTrainee(view.meters, seen),
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
        if (deliveries.pending(tx.row)) {
          return fail('session_busy', 'The client is still answering. Wait for the reply, then send.');
        }
        if (timeIsUp(tx.row))
          return {
            kind: 'expired' as const,
            minutes: settingsOf(tx.row).minutes,
            end: await endIn(tx, persona, 'time-limit'),
          };

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
        return { kind: 'turn' as const, reply, delayMs, debrief: end?.debrief, settings: settingsOf(tx.row) };
      });

      if (outcome.kind === 'ended') {
        return fail('session_ended', 'This session has ended. Start a new one to keep practising.');
      }
      if (outcome.kind === 'expired') {
        if (outcome.end) announce(outcome.end);
        return fail(
          'session_ended',
          `The session reached its ${outcome.minutes}-minute limit and has ended.`,
        );
      }
      const { reply, delayMs, debrief, settings } = outcome;
      const seen = turnForTrainee(reply, settings);
      return { turn: reply.turn, deliver: deliveries.hold(sessionId, seen, delayMs, debrief) };
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
          if (deliveries.pending(tx.row)) return { kind: 'wait' as const, row: tx.row };
          const persona = personaOf(tx.row);
          const reason = sessionView(tx.row.state).ended ?? (timeIsUp(tx.row) ? 'time-limit' : 'trainee');
          return { kind: 'ended' as const, end: await endIn(tx, persona, reason) };
        });
        if (outcome.kind === 'wait') {
          if (waited >= MAX_WAIT_MS)
            fail('session_busy', 'The client is still answering. Try again in a moment.');
          waited = await deliveries.waitFor(outcome.row, waited);
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
     * "Try that again": the live session goes back to just before trainee turn `toTurn`, replayed
     * from how it began. The turns from it on are kept aside as an attempt for the debrief.
     */
    async rewind(sessionId: string, toTurn: number): Promise<SessionRewound> {
      return store.withSession(sessionId, async (tx) => {
        if (!tx)
          return fail('no_session', 'That session no longer exists. Choose a client to start a new one.');
        const persona = personaOf(tx.row);
        if (tx.row.endReason || (await settle(tx, persona))) {
          return fail('session_ended', 'This session has ended, so its turns can no longer be tried again.');
        }
        if (!settingsOf(tx.row).rewinds) {
          return fail('rewind_disabled', 'Trying a turn again is switched off for this assignment.');
        }
        if (deliveries.pending(tx.row)) {
          return fail('session_busy', 'The client is still answering. Wait for the reply, then try again.');
        }
        const turns = await tx.listTurns();
        if (toTurn > turns.length) {
          return fail(
            'bad_turn',
            turns.length === 0
              ? 'There is no turn to try again yet: say something first.'
              : `Turn ${toTurn} is not in this session: choose one of your turns from 1 to ${turns.length}.`,
          );
        }
        const start = { seed: tx.row.seed, ...(tx.row.continuation ? { from: tx.row.continuation } : {}) };
        const { state } = replayTo(
          persona,
          start,
          turns.map((t) => t.said),
          toTurn,
        );
        await tx.rewind(toTurn, state);
        const row = { ...tx.row, state };
        const view = sessionView(state);
        log.info(`session ${sessionId} went back to before turn ${toTurn}`);
        const settings = settingsOf(tx.row);
        return {
          transcript: transcriptForTrainee(
            buildTranscript(row, turns.slice(0, toTurn - 1), persona),
            settings,
          ),
          ...metersForTrainee(view.meters, settings),
          state: view.phase,
        };
      });
    },

    /** "What could I say?": one to three suggestions drawn from this moment, counted for the debrief. */
    async hint(sessionId: string): Promise<Hints> {
      return store.withSession(sessionId, async (tx) => {
        if (!tx)
          return fail('no_session', 'That session no longer exists. Choose a client to start a new one.');
        const persona = personaOf(tx.row);
        if (tx.row.endReason)
          return fail('session_ended', 'This session has ended: hints are for a live session.');
        if (!settingsOf(tx.row).hints)
          return fail('hint_disabled', 'Hints are switched off for this assignment.');
        await tx.countHint();
        return { suggestions: hintsFor(persona, tx.row.state) };
      });
    },

    /**
     * Ends a session whose time limit has passed (a timer fired), unless it has ended already:
     * timers on several tabs or processes end it once between them.
     */
    async expire(sessionId: string): Promise<void> {
      for (let waited = 0; waited < MAX_WAIT_MS; ) {
        const outcome = await store.withSession(sessionId, async (tx) => {
          if (!tx || tx.row.endReason || !timeIsUp(tx.row)) return undefined;
          const persona = deps.personas.get(tx.row.personaId);
          if (!persona) return undefined;
          if (deliveries.pending(tx.row)) return { kind: 'wait' as const, row: tx.row };
          return { kind: 'ended' as const, end: await endIn(tx, persona, 'time-limit') };
        });
        if (outcome?.kind === 'wait') {
          waited = await deliveries.waitFor(outcome.row, waited);
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

    /** A session's transcript as its trainee may see it (whole once the session has ended). */
    async transcriptOf(row: SessionRow): Promise<SeenEntry[]> {
      const whole = buildTranscript(row, await store.listTurns(row.id), deps.personas.get(row.personaId));
      return row.endReason ? whole : transcriptForTrainee(whole, settingsOf(row));
    },

    debriefOf: (row: SessionRow) => store.getDebrief(row.id),
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
