import { describe, expect, it } from 'vitest';
import { checkGolden, goldenSchema, runGolden } from '../../../engine/simulation/golden.js';
import { makePersona } from './helpers.js';

const persona = makePersona({ dynamics: { turnLimit: 3 } });
const transcript = (turns: object[], expect: object = {}) =>
  goldenSchema.parse({ persona: persona.id, transcripts: [{ name: 't', turns, expect }] }).transcripts[0]!;

describe('golden transcript runner', () => {
  it('passes a transcript whose expectations hold', () => {
    const result = runGolden(persona, transcript([{ say: 'Hello.', phase: 'guarded' }]), 1);
    expect(result).toMatchObject({ passed: true, failures: [] });
    expect(result.log).toHaveLength(1);
  });

  it('names the turn and what differed when a phase is wrong', () => {
    const result = runGolden(persona, transcript([{ say: 'Hello.', phase: 'disclosing' }]), 1);
    expect(result.failures).toEqual(['turn 1: expected phase disclosing, got guarded']);
  });

  it('reports an expected disclosure that was never reached', () => {
    const result = runGolden(persona, transcript([{ say: 'Hello.' }], { disclosed: ['deep'] }), 1);
    expect(result.failures).toEqual(['at the end: expected disclosure deep to be reached']);
  });

  it('reports lines scripted after the session ended', () => {
    const says = ['One.', 'Two.', 'Three.', 'Four.'].map((say) => ({ say }));
    const result = runGolden(persona, transcript(says, { ended: 'turn-limit' }), 1);
    expect(result.failures).toEqual(['turn 4: the session had already ended (turn-limit)']);
  });

  it('reports a notDisclosed id that is not a disclosure of the persona, instead of passing', () => {
    const result = runGolden(persona, transcript([{ say: 'Hello.' }], { notDisclosed: ['dep'] }), 1);
    expect(result.passed).toBe(false);
    expect(result.failures).toEqual([
      "expect.notDisclosed[0]: 'dep' is not a disclosure of test-client (its disclosures: first, deep)",
    ]);
  });

  it('names every unknown disclosure id in a golden file with where it is', () => {
    const golden = goldenSchema.parse({
      persona: persona.id,
      transcripts: [
        { name: 'a', turns: [{ say: 'Hi.', disclosure: 'frist' }], expect: { disclosed: ['first'] } },
        { name: 'b', turns: [{ say: 'Hi.' }], expect: { notDisclosed: ['deep', 'deeep'] } },
      ],
    });
    expect(checkGolden(persona, golden)).toEqual([
      {
        path: ['transcripts', 0, 'turns', 0, 'disclosure'],
        message: "'frist' is not a disclosure of test-client (its disclosures: first, deep)",
      },
      {
        path: ['transcripts', 1, 'expect', 'notDisclosed', 1],
        message: "'deeep' is not a disclosure of test-client (its disclosures: first, deep)",
      },
    ]);
  });
});

describe('golden transcripts that rewind and come back next week', () => {
  const persona = makePersona({
    dynamics: { cueChance: 0 },
    returning: { drift: 0.5, openings: { hurt: ['I nearly did not come.'], guarded: ['Hello again.'] } },
  });

  it('go back before a roadblock, with the client as it was, and then say something better', () => {
    const result = runGolden(
      persona,
      goldenSchema.parse({
        persona: persona.id,
        transcripts: [
          {
            name: 'retry',
            turns: [
              { say: 'It sounds like things have been hard.' },
              { say: 'You are being ridiculous, you need to get a grip.', phase: 'withdrawn' },
              { rewind: 2, phase: 'guarded' },
              { say: 'That sounds like a lot to carry.', phase: ['guarded', 'tentative'] },
            ],
          },
        ],
      }).transcripts[0]!,
      1,
    );
    expect(result.failures).toEqual([]);
    expect(result.log.map((l) => l.say)).toEqual([
      'It sounds like things have been hard.',
      'You are being ridiculous, you need to get a grip.',
      '(back to before turn 2)',
      'That sounds like a lot to carry.',
    ]);
  });

  it('meet the client again in a second session, opening by how the first ended', () => {
    const result = runGolden(
      persona,
      goldenSchema.parse({
        persona: persona.id,
        transcripts: [
          {
            name: 'next week',
            turns: [
              { say: 'You are being ridiculous, you need to get a grip.', phase: 'withdrawn' },
              { nextSession: true, from: 'returning.hurt' },
              { say: 'It sounds like last time was hard.' },
            ],
          },
        ],
      }).transcripts[0]!,
      1,
    );
    expect(result.failures).toEqual([]);
  });

  it('say so when a rewind goes past the session', () => {
    const result = runGolden(
      persona,
      goldenSchema.parse({
        persona: persona.id,
        transcripts: [{ name: 'too far', turns: [{ say: 'Hello.' }, { rewind: 5 }] }],
      }).transcripts[0]!,
      1,
    );
    expect(result.failures).toEqual(['turn 2: cannot go back to turn 5: the session has had 1']);
  });
});
