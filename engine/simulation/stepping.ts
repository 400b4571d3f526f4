import { createActor, type initialTransition } from 'xstate';
import type { Phase } from '../../contract/session.js';
import type { Persona } from '../persona/schema.js';
import type { ClientMachine } from './clientMachine.js';
import { type ClientContext, completeContext } from './context.js';

/**
 * Stepping the client machine by hand, fast: one inert actor scope per machine instead of a
 * throwaway actor per event, and a persisted snapshot built without a walk over the context. A
 * property test (test/engine/simulation/stepping.test.ts) holds both to xstate's own
 * `transition()` and `getPersistedSnapshot()`.
 */

/**
 * Everything the server persists for a session, JSON-serialisable. `snapshot` is the client
 * machine's persisted xstate snapshot: its value is the phase; its context holds the meters,
 * baseline, turn, what has been disclosed, recent moves, used lines, the RNG state and the last
 * line and cue. The persona itself is not in it (the machine closes over it).
 */
export interface EngineState {
  version: 1;
  personaId: string;
  snapshot: PersistedClientSnapshot;
}

/** The parts of xstate's persisted snapshot the engine reads back (it may hold more). */
export interface PersistedClientSnapshot {
  value: string;
  status: string;
  context: ClientContext;
  [key: string]: unknown;
}

export type Snapshot = ReturnType<typeof initialTransition<ClientMachine>>[0];
export type ClientEvent = Parameters<ClientMachine['transition']>[1];
type Scope = Parameters<ClientMachine['transition']>[2];

const scopes = new WeakMap<ClientMachine, Scope>();

/**
 * The actor scope a machine's transitions run in: one per machine, made once. xstate's pure
 * `transition()` builds a throwaway actor for every call (a fifth of a turn's cost); the client
 * machine has no children, delays or side-effect actions, so one inert scope serves every session.
 * Its actor is never started.
 */
function scopeOf(machine: ClientMachine): Scope {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine, { input: { seed: 0 } });
    scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      logger: () => {},
      defer: () => {},
      emit: () => {},
      stopChild: () => {},
      actionExecutor: () => {},
    };
    scopes.set(machine, scope);
  }
  return scope;
}

/** The next snapshot for an event: xstate's pure transition, in the machine's shared scope. */
export function step(machine: ClientMachine, snapshot: Snapshot, event: ClientEvent): Snapshot {
  return machine.transition(snapshot, event, scopeOf(machine));
}

export function persist(persona: Persona, snapshot: Snapshot): EngineState {
  // What xstate's getPersistedSnapshot gives for this machine (it has no child actors and no
  // history states), without its walk over the context. The context is shared, not copied: the
  // engine never changes a context in place (see restore).
  return {
    version: 1,
    personaId: persona.id,
    snapshot: {
      status: snapshot.status,
      value: phaseOf(snapshot),
      historyValue: {},
      context: snapshot.context,
      children: {},
    },
  };
}

export function restore(persona: Persona, machine: ClientMachine, state: EngineState): Snapshot {
  // Stepping one persona's session with another's rules would silently corrupt it.
  if (state.personaId !== persona.id) {
    throw new Error(`This session belongs to persona '${state.personaId}', not '${persona.id}'.`);
  }
  // No copy: the engine never changes a context in place (assign builds new ones; a test steps
  // deep-frozen states), so the caller's state — possibly a cached row — is left as it was.
  return machine.resolveState({
    value: state.snapshot.value,
    context: completeContext(state.snapshot.context),
  });
}

export function phaseOf(snapshot: Snapshot): Phase {
  return String(snapshot.value) as Phase;
}
