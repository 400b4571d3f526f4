import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closeSession,
  type EngineState,
  endingLine,
  openSession,
  sessionView,
  traineeTurn,
} from '../../../engine/simulation/engineSession.js';
import { makePersona, persona } from './helpers.js';

const lines = [
  'What brings you here today?',
  'It sounds like things have been really hard lately.',
  'Take your time, there is no rush.',
  'What is work like for you at the moment?',
  'You seem tired.',
];

function play(seed: number, p = persona) {
  let { state, opening } = openSession(p, seed);
  const replies = [opening];
  for (const line of lines) {
    const out = traineeTurn(p, state, line);
    state = out.state;
    replies.push(out.reply);
  }
  return { state, replies };
}

describe('engine session facade', () => {
  it('opens guarded, at turn 0, with the persona’s starting meters', () => {
    const { opening, state } = openSession(persona, 3);
    expect(opening).toMatchObject({
      turn: 0,
      text: 'Hello.',
      state: 'guarded',
      meters: { trust: 20, openness: 15 },
    });
    expect(sessionView(state)).toEqual({
      meters: { trust: 20, openness: 15 },
      phase: 'guarded',
      turn: 0,
      disclosed: [],
    });
  });

  it('replays the same conversation for the same seed and the same words', () => {
    expect(play(11)).toEqual(play(11));
  });

  it('keeps working from a state that went through JSON, as the store keeps it', () => {
    const { state } = openSession(persona, 5);
    const stored = JSON.parse(JSON.stringify(state)) as EngineState;
    expect(traineeTurn(persona, stored, lines[0]!)).toEqual(traineeTurn(persona, state, lines[0]!));
  });

  it('takes any text a trainee types and keeps the meters within 0–100', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.lorem()), { maxLength: 10 }),
        (seed, said) => {
          let { state } = openSession(persona, seed);
          for (const text of said) {
            const { state: next, reply } = traineeTurn(persona, state, text);
            state = next;
            for (const value of [reply.meters.trust, reply.meters.openness]) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(100);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts trainee turns', () => {
    expect(sessionView(play(2).state).turn).toBe(lines.length);
  });

  it('gives per-turn feedback: the scorer’s moves, every meter change and a summary', () => {
    const { state } = openSession(persona, 1);
    const { reply, analysis } = traineeTurn(persona, state, 'What brings you here today?');
    expect(reply.feedback?.moves).toEqual(analysis.details);
    expect(reply.feedback?.changes.length).toBeGreaterThan(0);
    expect(reply.feedback?.summary).toMatch(/^Trust (rose|fell|held steady)/);
  });

  it('marks a disclosure with its public id and title only', () => {
    const open = makePersona({
      disclosures: [{ id: 'first', title: 'The first thing', topics: ['work'], text: 'It is work.' }],
    });
    const { state } = openSession(open, 1);
    const { reply } = traineeTurn(open, state, 'What is work like for you at the moment?');
    expect(reply.disclosure).toEqual({ id: 'first', title: 'The first thing' });
    expect(reply.text).toBe('It is work.');
    expect(sessionView(traineeTurn(open, state, 'What is work like for you?').state).disclosed).toEqual([
      'first',
    ]);
  });

  it('never shows the browser educator notes, background or disclosures not yet reached', () => {
    const { replies, state } = play(4);
    const shown = JSON.stringify({ replies, view: sessionView(state) });
    expect(shown).not.toContain('SECRET-EDUCATOR-NOTE');
    expect(shown).not.toContain('SECRET-BACKGROUND');
    expect(shown).not.toContain('SECRET-DEEP-TEXT');
  });

  it('ends at the turn limit with the persona’s turn-limit line', () => {
    const short = makePersona({ dynamics: { turnLimit: 2 } });
    let { state } = openSession(short, 1);
    state = traineeTurn(short, state, 'Hello.').state;
    const { reply, state: last } = traineeTurn(short, state, 'How are you?');
    expect(reply.ended).toBe('turn-limit');
    expect(reply.state).toBe('ended');
    expect(reply.text).toBe(short.endings['turn-limit'][0]?.text);
    expect(sessionView(last).ended).toBe('turn-limit');
  });

  it('closes a session for the trainee', () => {
    const closed = closeSession(persona, openSession(persona, 1).state, 'trainee');
    expect(sessionView(closed)).toMatchObject({ phase: 'ended', ended: 'trainee' });
  });

  it('leaves an ended session as it was when the trainee speaks again', () => {
    const closed = closeSession(persona, openSession(persona, 1).state, 'time-limit');
    const out = traineeTurn(persona, closed, 'Are you still there?');
    expect(out.state).toEqual(closed);
    expect(out.reply).toMatchObject({ state: 'ended', ended: 'time-limit' });
  });

  it('refuses to step a session with another persona', () => {
    const other = makePersona({ id: 'someone-else' });
    expect(() => traineeTurn(other, openSession(persona, 1).state, 'Hello.')).toThrow(
      /belongs to persona 'test-client'/,
    );
  });

  it('gives the persona’s goodbye for the reason the trainee or the clock closed the session', () => {
    const p = makePersona({
      endings: {
        trainee: ['Bye then.', 'See you.'],
        'time-limit': ['Is that the time?'],
        walkout: ['I’m off.'],
        'turn-limit': ['That’s our time.'],
      },
    });
    const { state } = openSession(p, 1);
    expect(p.endings.trainee.map((l) => l.text)).toContain(endingLine(p, closeSession(p, state, 'trainee')));
    expect(endingLine(p, closeSession(p, state, 'time-limit'))).toBe('Is that the time?');
  });

  it('gives the same goodbye every time it is asked for, and the one a walk-out or turn limit said', () => {
    const short = makePersona({
      dynamics: { turnLimit: 1 },
      endings: { 'turn-limit': ['a', 'b', 'c', 'd'] },
    });
    const { state, reply } = traineeTurn(short, openSession(short, 7).state, 'Hello.');
    expect(endingLine(short, state)).toBe(reply.text);
    const closed = closeSession(persona, openSession(persona, 1).state, 'trainee');
    expect(endingLine(persona, closed)).toBe(endingLine(persona, closed));
  });

  it('has no goodbye while the session is still going', () => {
    expect(endingLine(persona, openSession(persona, 1).state)).toBeNull();
  });

  it('does not close an ended session a second time', () => {
    const closed = closeSession(persona, openSession(persona, 1).state, 'trainee');
    expect(closeSession(persona, closed, 'time-limit')).toEqual(closed);
  });

  it('never changes the state it is given (the server keeps it in a cache)', () => {
    const deepFreeze = <T>(value: T): T => {
      if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value)) deepFreeze(v);
      }
      return value;
    };
    const turns = [...lines, 'You should just get over it.', 'Sorry, that was unfair of me.', ...lines];
    for (const seed of [1, 2, 3]) {
      let state = deepFreeze(openSession(persona, seed).state);
      const before = JSON.stringify(state);
      for (const line of turns) {
        // Strict mode: a write into a frozen object throws.
        state = deepFreeze(traineeTurn(persona, state, line).state);
      }
      const closed = closeSession(persona, state, 'trainee');
      expect(sessionView(closed).ended).toBe('trainee');
      expect(endingLine(persona, closed)).toEqual(expect.any(String));
      expect(before).not.toBe(JSON.stringify(state));
    }
  });
});
