import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import type { Analysis } from '../../contract/analysis.js';
import type { EndReason } from '../../contract/session.js';
import type { Persona } from '../persona/schema.js';
import { type ClientContext, EMPTY_VERDICT, type ShownCue } from './context.js';
import { normaliseSeed } from './rng.js';
import { scoreTurn } from './scoreTurn.js';
import { type Continuation, startingMeters } from '../practice/continuity.js';

/** What selectReply chose, recorded so the next choice avoids it and the RNG moves on. */
export interface ReplyRecord {
  /** Line ids used so far, after this reply, least recently used first. */
  used: string[];
  line: string;
  cue: string | null;
  rng: number;
  /** Cues of the last few turns and every `once` cue shown, after this reply. */
  cues: ShownCue[];
}

export type ClientEvent =
  | { type: 'trainee.spoke'; analysis: Analysis }
  | { type: 'client.replied'; reply: ReplyRecord }
  | { type: 'session.ended'; reason: EndReason };

export interface ClientInput {
  seed: number;
  /** A later session with the same client: what the last one left. */
  from?: Continuation;
}

/**
 * The context a new session starts from: the persona's start, or, for a later session with the
 * same client, where the last one left off (trust drifted part of the way back, disclosures kept).
 */
export function initialContext(persona: Persona, seed: number, from?: Continuation): ClientContext {
  const start = from
    ? startingMeters(persona, from)
    : {
        trust: persona.start.trust,
        openness: Math.min(persona.start.openness, persona.start.trust + persona.dynamics.opennessLead),
        baseline: persona.start.trust,
      };
  // Field by field, not `...start`: a spread copy given new keys gets a hidden class of its own
  // on Node 20 (see foundAt in analysis/feelings.ts).
  return {
    trust: start.trust,
    openness: start.openness,
    baseline: start.baseline,
    turn: 0,
    disclosed: from ? [...from.disclosed] : [],
    earlier: from ? [...from.disclosed] : [],
    sessions: from?.sessions ?? 0,
    withdrawnAtEnd: false,
    recentMoves: [],
    recentSayings: [],
    used: [],
    rng: normaliseSeed(seed),
    lastLine: '',
    lastCue: null,
    harmsWhileWithdrawn: 0,
    ruptures: 0,
    verdict: EMPTY_VERDICT,
    ended: null,
    cues: [],
    refused: [],
    shown: [],
    unrepaired: 0,
    unrepairedTurn: 0,
  };
}

function buildMachine(persona: Persona) {
  const d = persona.dynamics;
  const t = d.thresholds;
  /** What every engaged phase does when the trainee speaks. */
  const engagedTurn = {
    'trainee.spoke': { target: 'assessing', actions: { type: 'scoreTurn', params: { withdrawn: false } } },
  } as const;
  const walkOut = {
    target: 'ended',
    actions: { type: 'recordEnding', params: { reason: 'walkout', withdrawn: true } },
  } as const;
  const turnLimit = (withdrawn: boolean) =>
    ({
      guard: 'isTurnLimitReached',
      target: 'ended',
      actions: { type: 'recordEnding', params: { reason: 'turn-limit', withdrawn } },
    }) as const;

  return setup({
    types: {
      context: {} as ClientContext,
      events: {} as ClientEvent,
      input: {} as ClientInput,
    },
    guards: {
      isTrustBelowWalkOutFloor: ({ context }) => context.trust < d.walkOutBelow,
      isHarmedTooOftenWhileWithdrawn: ({ context }) =>
        context.verdict.harm && context.harmsWhileWithdrawn >= d.harmsBeforeWalkOut,
      isTurnLimitReached: ({ context }) => context.turn >= d.turnLimit,
      isSevereRoadblock: ({ context }) => context.verdict.severe,
      // A gentle question the client deflects is not harm, so it cannot cause a rupture alone.
      isTrustBelowFloor: ({ context }) => context.trust < d.withdrawBelow && context.verdict.harm,
      isRepaired: ({ context }) => context.verdict.repaired,
      isTrustAtDisclosingLevel: ({ context }) => context.trust >= t.disclosing,
      isTrustAtOpenLevel: ({ context }) => context.trust >= t.open,
      isTrustAtTentativeLevel: ({ context }) => context.trust >= t.tentative,
    },
    actions: {
      scoreTurn: assign(({ context, event }, params: { withdrawn: boolean }) => {
        assertEvent(event, 'trainee.spoke');
        return scoreTurn(persona, context, event.analysis, params.withdrawn);
      }),
      // Assigns only when there is something to record: xstate's assign copies the whole context,
      // and on most turns nothing is disclosed.
      recordDisclosure: enqueueActions(({ context, enqueue }) => {
        const id = context.verdict.disclose;
        if (id && !context.disclosed.includes(id)) enqueue.assign({ disclosed: [...context.disclosed, id] });
      }),
      lowerBaseline: assign(({ context }) => {
        const baseline = Math.max(0, context.baseline - d.baselineDrop);
        const amount = Math.round((baseline - context.baseline) * 100) / 100;
        return {
          baseline,
          ruptures: context.ruptures + 1,
          harmsWhileWithdrawn: 0,
          verdict: {
            ...context.verdict,
            // A client who has just withdrawn shares nothing.
            disclose: null,
            deflect: null,
            changes: [
              ...context.verdict.changes,
              {
                meter: 'baseline' as const,
                amount,
                rule: 'rupture.baseline',
                reason: `${persona.name} withdrew: even once repaired, trust will settle lower than before`,
              },
            ],
          },
        };
      }),
      recordEnding: assign(({ context }, params: { reason: EndReason; withdrawn: boolean }) => ({
        ended: params.reason,
        withdrawnAtEnd: params.withdrawn,
        // The client says goodbye instead of disclosing.
        verdict: { ...context.verdict, disclose: null, deflect: null },
      })),
      recordEndingFromEvent: assign(({ event }, params: { withdrawn: boolean }) => {
        assertEvent(event, 'session.ended');
        return { ended: event.reason, withdrawnAtEnd: params.withdrawn, verdict: EMPTY_VERDICT };
      }),
      recordReply: assign(({ event }) => {
        assertEvent(event, 'client.replied');
        return {
          used: event.reply.used,
          lastLine: event.reply.line,
          lastCue: event.reply.cue,
          rng: event.reply.rng,
          cues: event.reply.cues,
        };
      }),
    },
  }).createMachine({
    id: 'client',
    context: ({ input }) => initialContext(persona, input.seed, input.from),
    // A first session starts guarded; a later one in the phase its carried-over trust calls for.
    initial: 'settling',
    on: {
      'client.replied': { actions: 'recordReply' },
      'session.ended': {
        target: '.ended',
        actions: { type: 'recordEndingFromEvent', params: { withdrawn: false } },
      },
    },
    states: {
      guarded: { on: engagedTurn },
      tentative: { on: engagedTurn },
      open: { on: engagedTurn },
      disclosing: { on: engagedTurn },
      withdrawn: {
        on: {
          'trainee.spoke': {
            target: 'reassessing',
            actions: { type: 'scoreTurn', params: { withdrawn: true } },
          },
          'session.ended': {
            target: 'ended',
            actions: { type: 'recordEndingFromEvent', params: { withdrawn: true } },
          },
        },
      },
      // Transient: where the client goes after a turn while engaged.
      assessing: {
        always: [
          { guard: 'isTrustBelowWalkOutFloor', ...walkOut },
          turnLimit(false),
          { guard: 'isSevereRoadblock', target: 'withdrawn', actions: 'lowerBaseline' },
          { guard: 'isTrustBelowFloor', target: 'withdrawn', actions: 'lowerBaseline' },
          { target: 'settling' },
        ],
      },
      // Transient: where the client goes after a turn spent withdrawn.
      reassessing: {
        always: [
          { guard: 'isTrustBelowWalkOutFloor', ...walkOut },
          { guard: 'isHarmedTooOftenWhileWithdrawn', ...walkOut },
          turnLimit(true),
          { guard: 'isRepaired', target: 'settling' },
          { target: 'withdrawn' },
        ],
      },
      // Transient: the phase the meters call for, once the client is engaged; what was
      // disclosed this turn is kept.
      settling: {
        entry: 'recordDisclosure',
        always: [
          { guard: 'isTrustAtDisclosingLevel', target: 'disclosing' },
          { guard: 'isTrustAtOpenLevel', target: 'open' },
          { guard: 'isTrustAtTentativeLevel', target: 'tentative' },
          { target: 'guarded' },
        ],
      },
      ended: { type: 'final' },
    },
  });
}

export type ClientMachine = ReturnType<typeof buildMachine>;

const cache = new WeakMap<Persona, ClientMachine>();

/**
 * The client machine for a persona. The persona is closed over (so the persisted snapshot holds
 * only the small context) and the machine is built once per persona object.
 */
export function createClientMachine(persona: Persona): ClientMachine {
  let machine = cache.get(persona);
  if (!machine) {
    machine = buildMachine(persona);
    cache.set(persona, machine);
  }
  return machine;
}
