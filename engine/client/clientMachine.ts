import { assertEvent, assign, setup } from 'xstate';
import type { Analysis } from '../../contract/analysis.js';
import type { EndReason } from '../../contract/session.js';
import type { Persona } from '../persona/schema.js';
import { type ClientContext, EMPTY_VERDICT } from './context.js';
import { normaliseSeed } from './rng.js';
import { scoreTurn } from './scoreTurn.js';

/** What selectReply chose, recorded so the next choice avoids it and the RNG moves on. */
export interface ReplyRecord {
  /** Line ids used so far, after this reply (pools already exhausted start over). */
  used: string[];
  line: string;
  cue: string | null;
  rng: number;
}

export type ClientEvent =
  | { type: 'trainee.spoke'; analysis: Analysis }
  | { type: 'client.replied'; reply: ReplyRecord }
  | { type: 'session.ended'; reason: EndReason };

export interface ClientInput {
  seed: number;
}

/** The context a new session starts from. */
export function initialContext(persona: Persona, seed: number): ClientContext {
  return {
    trust: persona.start.trust,
    openness: Math.min(persona.start.openness, persona.start.trust + persona.dynamics.opennessLead),
    baseline: persona.start.trust,
    turn: 0,
    disclosed: [],
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
  };
}

function buildMachine(persona: Persona) {
  const t = persona.dynamics.thresholds;
  return setup({
    types: {
      context: {} as ClientContext,
      events: {} as ClientEvent,
      input: {} as ClientInput,
    },
    guards: {
      isWalkingOut: ({ context }) => context.verdict.walkOut,
      isTurnLimitReached: ({ context }) => context.turn >= persona.dynamics.turnLimit,
      isRuptured: ({ context }) => context.verdict.rupture,
      // Only asked after a turn spent withdrawn (the `reassessing` state).
      isStillWithdrawn: ({ context }) => !context.verdict.repaired,
      isTrustAtDisclosingLevel: ({ context }) => context.trust >= t.disclosing,
      isTrustAtOpenLevel: ({ context }) => context.trust >= t.open,
      isTrustAtTentativeLevel: ({ context }) => context.trust >= t.tentative,
    },
    actions: {
      scoreTurn: assign(({ context, event }, params: { withdrawn: boolean }) => {
        assertEvent(event, 'trainee.spoke');
        const update = scoreTurn(persona, context, event.analysis, params.withdrawn);
        const disclosed = update.verdict.disclose
          ? [...context.disclosed, update.verdict.disclose]
          : context.disclosed;
        return { ...update, disclosed };
      }),
      lowerBaseline: assign(({ context }) => {
        const baseline = Math.max(0, context.baseline - persona.dynamics.baselineDrop);
        const amount = Math.round((baseline - context.baseline) * 100) / 100;
        return {
          baseline,
          ruptures: context.ruptures + 1,
          harmsWhileWithdrawn: 0,
          verdict: {
            ...context.verdict,
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
      recordEnding: assign((_, params: { reason: EndReason }) => ({ ended: params.reason })),
      recordEndingFromEvent: assign(({ event }) => {
        assertEvent(event, 'session.ended');
        return { ended: event.reason, verdict: EMPTY_VERDICT };
      }),
      recordReply: assign(({ event }) => {
        assertEvent(event, 'client.replied');
        return {
          used: event.reply.used,
          lastLine: event.reply.line,
          lastCue: event.reply.cue,
          rng: event.reply.rng,
        };
      }),
    },
  }).createMachine({
    id: 'client',
    context: ({ input }) => initialContext(persona, input.seed),
    initial: 'guarded',
    on: {
      'client.replied': { actions: 'recordReply' },
      'session.ended': { target: '.ended', actions: 'recordEndingFromEvent' },
    },
    states: {
      guarded: {
        on: {
          'trainee.spoke': {
            target: 'assessing',
            actions: { type: 'scoreTurn', params: { withdrawn: false } },
          },
        },
      },
      tentative: {
        on: {
          'trainee.spoke': {
            target: 'assessing',
            actions: { type: 'scoreTurn', params: { withdrawn: false } },
          },
        },
      },
      open: {
        on: {
          'trainee.spoke': {
            target: 'assessing',
            actions: { type: 'scoreTurn', params: { withdrawn: false } },
          },
        },
      },
      disclosing: {
        on: {
          'trainee.spoke': {
            target: 'assessing',
            actions: { type: 'scoreTurn', params: { withdrawn: false } },
          },
        },
      },
      withdrawn: {
        on: {
          'trainee.spoke': {
            target: 'reassessing',
            actions: { type: 'scoreTurn', params: { withdrawn: true } },
          },
        },
      },
      // Transient: where the client goes after an ordinary turn.
      assessing: {
        always: [
          {
            guard: 'isWalkingOut',
            target: 'ended',
            actions: { type: 'recordEnding', params: { reason: 'walkout' } },
          },
          {
            guard: 'isTurnLimitReached',
            target: 'ended',
            actions: { type: 'recordEnding', params: { reason: 'turn-limit' } },
          },
          { guard: 'isRuptured', target: 'withdrawn', actions: 'lowerBaseline' },
          { target: 'settling' },
        ],
      },
      // Transient: where the client goes after a turn spent withdrawn.
      reassessing: {
        always: [
          {
            guard: 'isWalkingOut',
            target: 'ended',
            actions: { type: 'recordEnding', params: { reason: 'walkout' } },
          },
          {
            guard: 'isTurnLimitReached',
            target: 'ended',
            actions: { type: 'recordEnding', params: { reason: 'turn-limit' } },
          },
          { guard: 'isStillWithdrawn', target: 'withdrawn' },
          { target: 'settling' },
        ],
      },
      // Transient: the phase the meters call for.
      settling: {
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
