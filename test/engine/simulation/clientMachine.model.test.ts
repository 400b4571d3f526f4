import { createTestModel } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { PHASES } from '../../../contract/session.js';
import { type ClientEvent, createClientMachine } from '../../../engine/simulation/clientMachine.js';
import { analysisOf, makePersona } from './helpers.js';

// Quick dynamics and a short session keep the state space small enough to search.
const persona = makePersona({ dynamics: { trustCapPerTurn: 20, gainRate: 40, turnLimit: 12 } });
const machine = createClientMachine(persona);

const events: ClientEvent[] = [
  { type: 'trainee.spoke', analysis: analysisOf({ empathy: 1, complex_reflection: 1 }) },
  { type: 'trainee.spoke', analysis: analysisOf({ giving_space: 1 }) },
  { type: 'trainee.spoke', analysis: analysisOf({ hostility: 1 }) },
  { type: 'trainee.spoke', analysis: analysisOf({ advice: 0.6 }) },
  { type: 'session.ended', reason: 'trainee' },
  // Every event type the machine accepts needs a well-formed example, or the model sends a bare one.
  { type: 'client.replied', reply: { used: [], line: 'Mm.', cue: null, rng: 1, cues: [] } },
];

const model = createTestModel(machine, {
  events,
  // Phase plus a coarse picture of the meters: enough to tell situations apart, few enough to search.
  serializeState: (snapshot) =>
    JSON.stringify([
      snapshot.value,
      Math.round(snapshot.context.trust / 10),
      snapshot.context.harmsWhileWithdrawn,
      snapshot.context.turn,
    ]),
});

const pathTo = (phase: string) =>
  model.getShortestPaths({ toState: (snapshot) => snapshot.value === phase, input: { seed: 1 } });

describe('client machine model', () => {
  for (const phase of PHASES) {
    it(`reaches ${phase}`, () => {
      expect(pathTo(phase).length).toBeGreaterThan(0);
    });
  }

  for (const phase of PHASES.filter((p) => p !== 'ended')) {
    it(`can end from ${phase}`, () => {
      const [path] = pathTo(phase);
      expect(path).toBeDefined();
      const onward = model.getShortestPaths({
        fromState: path!.state,
        toState: (snapshot) => snapshot.value === 'ended',
      });
      expect(onward.length).toBeGreaterThan(0);
    });
  }

  it('walks out of withdrawal after repeated harm', () => {
    const paths = model.getShortestPaths({
      toState: (snapshot) => snapshot.context.ended === 'walkout',
      input: { seed: 1 },
    });
    expect(paths.some((p) => p.steps.some((s) => s.state.value === 'withdrawn'))).toBe(true);
  });
});
