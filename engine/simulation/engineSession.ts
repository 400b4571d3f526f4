import { initialTransition } from 'xstate';
import type { Analysis, AnalysisContext } from '../../contract/analysis.js';
import type { ClientTurn, EndReason, Feedback, Meters, Phase } from '../../contract/session.js';
import { analyse } from '../analysis/analyse.js';
import type { Persona } from '../persona/schema.js';
import { type ClientMachine, createClientMachine } from './clientMachine.js';
import { type ClientContext, completeContext } from './context.js';
import { type EngineState, persist, phaseOf, restore, type Snapshot, step } from './stepping.js';

export type { EngineState, PersistedClientSnapshot } from './stepping.js';
import type { Continuation } from '../practice/continuity.js';
import { type Opening, selectReply } from './selectReply.js';

/** Chooses the reply for the snapshot's phase and records it in the machine. */
function reply(persona: Persona, machine: ClientMachine, snapshot: Snapshot, opening: Opening | false) {
  const phase = phaseOf(snapshot);
  const chosen = selectReply(persona, snapshot.context, phase, opening);
  const next =
    snapshot.status === 'done'
      ? snapshot
      : step(machine, snapshot, { type: 'client.replied', reply: chosen.record });
  return { chosen, next, phase };
}

/**
 * The client's line and cue the trainee answers. Not built by spreading two optional parts: on
 * Node 20 an object that starts with a spread and gains a key later gets a hidden class of its own
 * (see foundAt in analysis/feelings.ts).
 */
function clientSaid(context: ClientContext): AnalysisContext {
  const said: AnalysisContext = {};
  if (context.lastLine) said.previous = context.lastLine;
  if (context.lastCue) said.cue = context.lastCue;
  return said;
}

function meters(context: ClientContext): Meters {
  return { trust: context.trust, openness: context.openness };
}

/**
 * Starts a session: the client's opening line, in the `guarded` phase for a first session. A
 * later session with the same client (`from`, see practice/continuity.ts) starts where the last
 * one left off, trust drifted part of the way back, and opens by how the last one ended.
 */
export function openSession(
  persona: Persona,
  seed: number,
  from?: Continuation,
): { state: EngineState; opening: ClientTurn } {
  const machine = createClientMachine(persona);
  const [start] = initialTransition(machine, from ? { seed, from } : { seed });
  const { chosen, next, phase } = reply(persona, machine, start, from ? { from } : {});
  const opening: ClientTurn = {
    turn: 0,
    text: chosen.text,
    ...(chosen.cue ? { cue: chosen.cue } : {}),
    state: phase,
    meters: meters(next.context),
  };
  return { state: persist(persona, next), opening };
}

/**
 * One trainee turn: score the words, step the client machine, choose the reply. The reply's
 * feedback lists every meter change with its reason; `source` says where in the persona the line
 * came from (`answers.sleep.open`, `corrections`…), for tests and tools, never the browser. Once the client walks out or the turn
 * limit is hit, `reply.ended` is set and the reply is the persona's ending line.
 */
export function traineeTurn(
  persona: Persona,
  state: EngineState,
  text: string,
): { state: EngineState; analysis: Analysis; reply: ClientTurn; source: string } {
  const machine = createClientMachine(persona);
  const current = restore(persona, machine, state);
  const before = current.context;
  const analysis = analyse(text, clientSaid(before));
  if (current.status === 'done') {
    const { chosen } = reply(persona, machine, current, false);
    return {
      state,
      analysis,
      reply: {
        turn: before.turn,
        text: chosen.text,
        state: 'ended',
        meters: meters(before),
        ...(before.ended ? { ended: before.ended } : {}),
      },
      source: chosen.source,
    };
  }
  const stepped = step(machine, current, { type: 'trainee.spoke', analysis });
  const { chosen, next, phase } = reply(persona, machine, stepped, false);
  const context = stepped.context;
  const feedback: Feedback = {
    moves: analysis.details,
    changes: context.verdict.changes,
    summary: summarise(persona, before, context, phaseOf(current), phase),
  };
  const turn: ClientTurn = {
    turn: context.turn,
    text: chosen.text,
    ...(chosen.cue ? { cue: chosen.cue } : {}),
    state: phase,
    meters: meters(context),
    feedback,
    ...(context.ended ? { ended: context.ended } : {}),
    ...(chosen.disclosure ? { disclosure: chosen.disclosure } : {}),
  };
  return { state: persist(persona, next), analysis, reply: turn, source: chosen.source };
}

/**
 * Ends a session for a reason outside the conversation (the trainee ends, or time runs out).
 * The client's goodbye for that reason is `endingLine(persona, state)` on the returned state.
 */
export function closeSession(persona: Persona, state: EngineState, reason: EndReason): EngineState {
  const machine = createClientMachine(persona);
  const current = restore(persona, machine, state);
  if (current.status === 'done') return state;
  const next = step(machine, current, { type: 'session.ended', reason });
  return persist(persona, next);
}

/**
 * The client's goodbye for an ended session, or null while it is still going: a line from the
 * persona's `endings` for the reason it ended. Pure and seeded by the stored state, so asking
 * twice gives the same line, and for a walk-out or the turn limit it is the line `traineeTurn`
 * already said. For a session closed by `closeSession` (the trainee ended it, or time ran out)
 * this is the line to show before the debrief.
 */
export function endingLine(persona: Persona, state: EngineState): string | null {
  if (!state.snapshot.context.ended || state.snapshot.value !== 'ended') return null;
  if (state.personaId !== persona.id) {
    throw new Error(`This session belongs to persona '${state.personaId}', not '${persona.id}'.`);
  }
  return selectReply(persona, completeContext(state.snapshot.context), 'ended').text;
}

/** The public view of a session's state. */
export function sessionView(state: EngineState): {
  meters: Meters;
  phase: Phase;
  turn: number;
  ended?: EndReason;
  disclosed: string[];
} {
  const context = state.snapshot.context;
  return {
    meters: meters(context),
    phase: state.snapshot.value as Phase,
    turn: context.turn,
    ...(context.ended ? { ended: context.ended } : {}),
    disclosed: [...context.disclosed],
  };
}

const fmt = (n: number) => (Math.round(Math.abs(n) * 10) / 10).toFixed(1);

/** One or two short sentences: how trust moved this turn, the main reason, and what it led to. */
function summarise(
  persona: Persona,
  before: ClientContext,
  after: ClientContext,
  from: Phase,
  to: Phase,
): string {
  const name = persona.name;
  const delta = after.trust - before.trust;
  const changes = after.verdict.changes.filter((c) => c.meter === 'trust');
  const largest = (sign: 1 | -1) =>
    changes.filter((c) => c.amount * sign > 0).sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount))[0];
  const steady = Math.abs(delta) < 0.05;
  const main = steady ? changes.find((c) => c.amount === 0) : largest(delta > 0 ? 1 : -1);
  const head = steady ? 'Trust held steady' : `Trust ${delta > 0 ? 'rose' : 'fell'} ${fmt(delta)}`;
  let sentence = main ? `${head}: ${main.reason}.` : `${head}.`;
  if (to === 'ended') {
    if (after.ended === 'walkout') sentence += ` ${name} walked out.`;
    if (after.ended === 'turn-limit') sentence += ' The session reached its turn limit.';
  } else if (to === 'withdrawn' && from !== 'withdrawn') {
    sentence += ` ${name} has withdrawn; give space and show you understand.`;
  } else if (from === 'withdrawn' && to !== 'withdrawn') {
    sentence += ` ${name} is coming back.`;
  }
  if (after.verdict.disclose) sentence += ` ${name} shared something new.`;
  return sentence;
}
