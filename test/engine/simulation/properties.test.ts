import fc from 'fast-check';
import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../contract/analysis.js';
import { MOVES, type Move } from '../../../contract/moves.js';
import type { Phase } from '../../../contract/session.js';
import { createClientMachine } from '../../../engine/simulation/clientMachine.js';
import { selectReply } from '../../../engine/simulation/selectReply.js';
import { makePersona } from './helpers.js';

const persona = makePersona({ dynamics: { turnLimit: 60 } });
const machine = createClientMachine(persona);

/** Any analysis, including ones no scorer should produce: odd strengths, unknown moves, odd stems. */
const anyAnalysis: fc.Arbitrary<Analysis> = fc.record({
  moves: fc.array(fc.constantFrom(...MOVES), { maxLength: 4 }),
  details: fc.array(
    fc.record({
      move: fc.oneof(
        fc.constantFrom(...MOVES),
        fc.string().map((s) => s as Move),
      ),
      strength: fc.oneof(fc.double(), fc.double({ min: 0, max: 1, noNaN: true })),
      evidence: fc.array(fc.string(), { maxLength: 2 }),
      rule: fc.string(),
      reason: fc.string(),
    }),
    { maxLength: 6 },
  ),
  stems: fc.array(fc.oneof(fc.constantFrom('work', 'crash', 'accident', 'floor', 'notic'), fc.string()), {
    maxLength: 6,
  }),
  sentiment: fc.double(),
  wordCount: fc.nat(),
});

/** Steps a whole conversation as the facade does: trainee turn, then the chosen reply recorded. */
function converse(seed: number, analyses: Analysis[]) {
  let [snapshot] = initialTransition(machine, { seed });
  const seen = [snapshot];
  for (const analysis of analyses) {
    [snapshot] = transition(machine, snapshot, { type: 'trainee.spoke', analysis });
    const reply = selectReply(persona, snapshot.context, snapshot.value as Phase);
    if (snapshot.status !== 'done') {
      [snapshot] = transition(machine, snapshot, { type: 'client.replied', reply: reply.record });
    }
    seen.push(snapshot);
  }
  return seen;
}

describe('client model properties', () => {
  it('keeps trust and openness within 0–100 for any sequence of analyses', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(anyAnalysis, { maxLength: 40 }), (seed, analyses) => {
        for (const { context } of converse(seed, analyses)) {
          expect(context.trust).toBeGreaterThanOrEqual(0);
          expect(context.trust).toBeLessThanOrEqual(100);
          expect(context.openness).toBeGreaterThanOrEqual(0);
          expect(context.openness).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never lets openness run further ahead of trust than the persona allows', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(anyAnalysis, { maxLength: 30 }), (seed, analyses) => {
        for (const { context } of converse(seed, analyses)) {
          expect(context.openness).toBeLessThanOrEqual(context.trust + persona.dynamics.opennessLead + 0.01);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('explains every change with a finite amount, a rule and a reason', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(anyAnalysis, { maxLength: 20 }), (seed, analyses) => {
        for (const { context } of converse(seed, analyses)) {
          for (const change of context.verdict.changes) {
            expect(Number.isFinite(change.amount)).toBe(true);
            expect(change.rule).not.toBe('');
            expect(change.reason.length).toBeGreaterThan(10);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('replays the same conversation from the same seed and analyses', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(anyAnalysis, { maxLength: 15 }), (seed, analyses) => {
        const once = converse(seed, analyses).map((s) => [s.value, s.context]);
        const twice = converse(seed, analyses).map((s) => [s.value, s.context]);
        expect(twice).toEqual(once);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps the persisted snapshot JSON-serialisable', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(anyAnalysis, { maxLength: 15 }), (seed, analyses) => {
        const last = converse(seed, analyses).at(-1)!;
        const persisted = machine.getPersistedSnapshot(last);
        expect(JSON.parse(JSON.stringify(persisted))).toEqual(persisted);
      }),
      { numRuns: 50 },
    );
  });
});
