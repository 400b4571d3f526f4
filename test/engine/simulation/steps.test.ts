import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELPFUL_MOVES, MOVES, ROADBLOCKS } from '../../../contract/moves.js';
import { STEPS, scoreTurn } from '../../../engine/simulation/scoreTurn.js';
import { analysisOf, contextAt, makePersona } from './helpers.js';

const persona = makePersona({
  notSo: [{ says: ['your wife'], correction: ['I am not married.'] }],
  feelings: [{ feeling: 'sad' }],
});

/** Every rule id a step declares, with `<move>` and `<roadblock>` spelt out. */
const declared = new Set(
  STEPS.flatMap((step) =>
    step.rules.flatMap((rule) =>
      rule.includes('<move>')
        ? MOVES.map((m) => rule.replace('<move>', m))
        : rule.includes('<roadblock>')
          ? ROADBLOCKS.map((m) => rule.replace('<roadblock>', m))
          : [rule],
    ),
  ),
);

describe('the steps of scoring a turn', () => {
  it('run in the order the issue names, each with its own rules', () => {
    expect(STEPS.map((s) => s.name)).toEqual([
      'gains',
      'mixed message',
      'repetition',
      'per-turn cap',
      'losses',
      'apology',
      'decay',
      'disclosure',
      'floors',
    ]);
    for (const step of STEPS) expect(step.rules.length, step.name).toBeGreaterThan(0);
  });

  it('write only the rule ids they declare, whatever the turn', () => {
    const move = fc.constantFrom(...MOVES);
    fc.assert(
      fc.property(
        fc.dictionary(move, fc.double({ min: 0, max: 1, noNaN: true }), { maxKeys: 4 }),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        fc.constantFrom(['sorri'], ['work'], ['crash'], [], ['wife']),
        (moves, trust, withdrawn, stems) => {
          const update = scoreTurn(
            persona,
            contextAt(persona, {
              trust,
              openness: trust,
              recentMoves: [['closed_question'], ['closed_question']],
              recentSayings: [stems.join(' '), stems.join(' ')],
              unrepaired: 4,
              unrepairedTurn: 0,
            }),
            analysisOf(moves, [...stems], { tokens: stems.length ? [`your ${stems[0]}`] : [] }),
            withdrawn,
          );
          for (const change of update.verdict.changes) expect(declared, change.rule).toContain(change.rule);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('give every helpful move a gain rule', () => {
    for (const move of HELPFUL_MOVES) expect(declared).toContain(`gain.${move}`);
  });
});
