import { describe, expect, it } from 'vitest';
import type { PersonaInput } from '../../../engine/persona/schema.js';
import { continuationOf, lastSessionMood, startingMeters } from '../../../engine/practice/continuity.js';
import {
  closeSession,
  openSession,
  sessionView,
  traineeTurn,
  type EngineState,
} from '../../../engine/simulation/engineSession.js';
import { makePersona } from '../simulation/helpers.js';

const base: Partial<PersonaInput> = {
  start: { trust: 20, openness: 15 },
  dynamics: { cueChance: 0 },
  returning: {
    drift: 0.5,
    openings: { warm: ['Hi. I was looking forward to this, actually.'], hurt: ['I nearly didn’t come.'] },
  },
  disclosures: [
    {
      id: 'first',
      title: 'The first thing',
      topics: ['work'],
      minTrust: 22,
      minOpenness: 10,
      text: 'SECRET-FIRST',
      more: ['MORE-FIRST'],
      recall: ['Like I said last week, work is the worst of it.'],
    },
  ],
};
const persona = makePersona(base);

function play(state: EngineState, lines: readonly string[]) {
  let s = state;
  const replies = lines.map((line) => {
    const out = traineeTurn(persona, s, line);
    s = out.state;
    return out;
  });
  return { state: s, replies };
}

describe('a returning client', () => {
  it('starts where trust ended, drifted part of the way back to the baseline, with disclosures kept', () => {
    const first = play(openSession(persona, 1).state, [
      'It sounds like things have been really hard.',
      'How are things at work?',
      'That sounds exhausting, carrying all that.',
    ]);
    expect(sessionView(first.state).disclosed).toContain('first');
    const ended = closeSession(persona, first.state, 'trainee');
    const from = continuationOf(ended);
    const again = openSession(persona, 2, from);
    const view = sessionView(again.state);
    const end = sessionView(first.state).meters.trust;
    expect(view.meters.trust).toBeCloseTo(from.baseline + (end - from.baseline) * 0.5, 1);
    expect(view.disclosed).toEqual(['first']);
    expect(from.sessions).toBe(1);
  });

  it('refers back to what it shared last time when asked about it again', () => {
    const first = play(openSession(persona, 1).state, ['It sounds hard.', 'How are things at work?']);
    const from = continuationOf(closeSession(persona, first.state, 'trainee'));
    const { replies } = play(openSession(persona, 3, from).state, ['How is work now?']);
    expect(replies[0]?.reply.text).toBe('Like I said last week, work is the worst of it.');
    expect(replies[0]?.source).toBe('recall.first');
  });

  it('opens by how the last session ended', () => {
    const hurt = {
      disclosed: [],
      trust: 8,
      openness: 5,
      baseline: 15,
      ended: 'walkout' as const,
      withdrawn: true,
      sessions: 1,
    };
    expect(lastSessionMood(persona, hurt)).toBe('hurt');
    expect(openSession(persona, 1, hurt).opening.text).toBe('I nearly didn’t come.');
    const warm = { ...hurt, trust: 60, ended: 'trainee' as const, withdrawn: false };
    expect(openSession(persona, 1, warm).opening.text).toBe('Hi. I was looking forward to this, actually.');
    // 60 drifts halfway back to the baseline of 15: 37.5, tentative.
    expect(openSession(persona, 1, warm).opening.state).toBe('tentative');
  });

  it('remembers the client was withdrawn when the trainee ended the session', () => {
    const { state } = play(openSession(persona, 1).state, [
      'You are being ridiculous, you need to get a grip.',
    ]);
    expect(sessionView(state).phase).toBe('withdrawn');
    expect(continuationOf(closeSession(persona, state, 'trainee')).withdrawn).toBe(true);
  });

  it('keeps openness within its lead over trust', () => {
    const start = startingMeters(persona, {
      disclosed: [],
      trust: 30,
      openness: 90,
      baseline: 20,
      ended: 'trainee',
      withdrawn: false,
      sessions: 1,
    });
    expect(start.openness).toBeLessThanOrEqual(start.trust + persona.dynamics.opennessLead);
  });
});
