import fc from 'fast-check';
import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { MOVES } from '../../../contract/moves.js';
import { END_REASONS } from '../../../contract/session.js';
import { createClientMachine } from '../../../engine/simulation/clientMachine.js';
import { persist, restore, type ClientEvent, step } from '../../../engine/simulation/stepping.js';
import { analysisOf, makePersona } from './helpers.js';

// The engine steps the machine by hand in one shared scope and builds the persisted snapshot
// itself, for speed. Both must agree with xstate's own pure API on any sequence of events.
const persona = makePersona({
  answers: { sleep: { guarded: ['Badly.'] } },
  feelings: [{ feeling: 'sad' }],
  notSo: [{ says: ['your wife'], correction: ['No wife.'] }],
});
const machine = createClientMachine(persona);

const spoke = fc
  .record({
    moves: fc.dictionary(fc.constantFrom(...MOVES), fc.double({ min: 0, max: 1, noNaN: true }), {
      maxKeys: 3,
    }),
    stems: fc.subarray(['work', 'crash', 'sleep', 'sorri', 'wife', 'accid']),
  })
  .map(
    ({ moves, stems }): ClientEvent => ({
      type: 'trainee.spoke',
      analysis: analysisOf(moves, stems, { tokens: stems }),
    }),
  );
const replied = fc
  .record({
    rng: fc.integer(),
    line: fc.constantFrom('Mm.', 'Yes.'),
    cue: fc.constantFrom(null, 'looks away'),
  })
  .map(
    ({ rng, line, cue }): ClientEvent => ({
      type: 'client.replied',
      reply: { used: [`replies.guarded.default.${rng & 1}`], line, cue, rng, cues: [] },
    }),
  );
const ended = fc
  .constantFrom(...END_REASONS)
  .map((reason): ClientEvent => ({ type: 'session.ended', reason }));
const events = fc.array(fc.oneof({ weight: 6, arbitrary: spoke }, { weight: 3, arbitrary: replied }, ended), {
  maxLength: 30,
});

describe('the engine’s own stepping', () => {
  it('reaches the same phase and context as xstate’s transition(), event by event', () => {
    fc.assert(
      fc.property(fc.integer(), events, (seed, sequence) => {
        let [ours] = initialTransition(machine, { seed });
        let [theirs] = initialTransition(machine, { seed });
        for (const event of sequence) {
          ours = step(machine, ours, event);
          [theirs] = transition(machine, theirs, event);
          expect(ours.value).toEqual(theirs.value);
          expect(ours.status).toEqual(theirs.status);
          expect(ours.context).toEqual(theirs.context);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('persists what getPersistedSnapshot() persists, and restores to the same snapshot', () => {
    fc.assert(
      fc.property(fc.integer(), events, (seed, sequence) => {
        let [snapshot] = initialTransition(machine, { seed });
        for (const event of sequence) [snapshot] = transition(machine, snapshot, event);
        const state = persist(persona, snapshot);
        const reference = machine.getPersistedSnapshot(snapshot);
        expect(JSON.parse(JSON.stringify(state.snapshot))).toEqual(JSON.parse(JSON.stringify(reference)));
        const back = restore(persona, machine, JSON.parse(JSON.stringify(state)));
        expect(back.value).toEqual(snapshot.value);
        expect(back.context).toEqual(JSON.parse(JSON.stringify(snapshot.context)));
      }),
      { numRuns: 200 },
    );
  });
});
