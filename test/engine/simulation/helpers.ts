import type { Analysis } from '../../../contract/analysis.js';
import type { Move } from '../../../contract/moves.js';
import type { ClientContext } from '../../../engine/simulation/context.js';
import { createClientMachine, initialContext } from '../../../engine/simulation/clientMachine.js';
import { type Persona, type PersonaInput, personaSchema } from '../../../engine/persona/schema.js';

/**
 * An Analysis built by hand, so machine tests do not depend on the scorer's rules:
 * `analysisOf({ empathy: 0.9 }, ['crash'])`.
 */
export function analysisOf(
  moves: Partial<Record<Move, number>> = {},
  stems: string[] = [],
  extra: Partial<Analysis> = {},
): Analysis {
  const details = Object.entries(moves)
    .map(([move, strength]) => ({
      move: move as Move,
      strength: strength ?? 0,
      evidence: [],
      rule: `test.${move}`,
      reason: `test ${move}`,
    }))
    .sort((a, b) => b.strength - a.strength);
  return { moves: details.map((d) => d.move), details, stems, sentiment: 0, wordCount: 10, ...extra };
}

/** A small persona with round numbers, so tests can reason about the meters. */
export function makePersona(overrides: Partial<PersonaInput> = {}): Persona {
  return personaSchema.parse({
    id: 'test-client',
    name: 'Tess',
    age: 40,
    referral: 'A test client.',
    educatorNotes: 'SECRET-EDUCATOR-NOTE',
    background: 'SECRET-BACKGROUND',
    start: { trust: 20, openness: 15 },
    opening: ['Hello.'],
    replies: {
      guarded: { default: ['g1', 'g2', 'g3'], question: ['gq1'] },
      tentative: { default: ['t1', 't2'] },
      open: { default: ['o1', 'o2'], empathy: ['oe1', 'oe2'] },
      disclosing: { default: ['d1', 'd2'] },
      withdrawn: { default: ['w1', 'w2'] },
    },
    deflections: ['not now'],
    repairs: ['okay then'],
    cues: { guarded: ['looks at the floor'], withdrawn: ['turns away'] },
    disclosures: [
      {
        id: 'first',
        title: 'The first thing',
        topics: ['work'],
        minTrust: 30,
        minOpenness: 20,
        text: 'SECRET-FIRST-TEXT',
      },
      {
        id: 'deep',
        title: 'The deep thing',
        topics: ['crash', 'accident'],
        minTrust: 60,
        minOpenness: 50,
        requires: ['first'],
        text: 'SECRET-DEEP-TEXT',
      },
    ],
    ...overrides,
  });
}

export const persona = makePersona();

/** A context like the machine's, at chosen meters. */
export function contextAt(p: Persona, patch: Partial<ClientContext> = {}): ClientContext {
  // The machine's own starting context, with the raw starting openness and a fixed RNG state.
  return { ...initialContext(p, 1), openness: p.start.openness, rng: 1, ...patch };
}

/** A machine snapshot in a given phase with a given context. */
export function snapshotAt(p: Persona, value: string, patch: Partial<ClientContext> = {}) {
  return createClientMachine(p).resolveState({ value, context: contextAt(p, patch) });
}
