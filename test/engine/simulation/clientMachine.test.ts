import { createActor, initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createClientMachine } from '../../../engine/simulation/clientMachine.js';
import { analysisOf, makePersona, persona, snapshotAt } from './helpers.js';

const machine = createClientMachine(persona);
const spoke = (moves: Parameters<typeof analysisOf>[0], stems: string[] = []) =>
  ({ type: 'trainee.spoke', analysis: analysisOf(moves, stems) }) as const;

describe('client machine guards', () => {
  it('starts guarded at the persona’s starting meters', () => {
    const [snapshot] = initialTransition(machine, { seed: 1 });
    expect(snapshot.value).toBe('guarded');
    expect(snapshot.context).toMatchObject({ trust: 20, openness: 15, baseline: 20, turn: 0 });
  });

  it('isTrustAtTentativeLevel: moves to tentative once trust reaches the tentative threshold', () => {
    const [next] = transition(
      machine,
      snapshotAt(persona, 'guarded', { trust: 24.9 }),
      spoke({ empathy: 1 }),
    );
    expect(next.context.trust).toBeGreaterThanOrEqual(25);
    expect(next.value).toBe('tentative');
  });

  it('isTrustAtOpenLevel: moves to open once trust reaches the open threshold', () => {
    const [next] = transition(
      machine,
      snapshotAt(persona, 'tentative', { trust: 44 }),
      spoke({ empathy: 1 }),
    );
    expect(next.value).toBe('open');
  });

  it('isTrustAtDisclosingLevel: moves to disclosing once trust reaches the disclosing threshold', () => {
    const [next] = transition(machine, snapshotAt(persona, 'open', { trust: 64 }), spoke({ empathy: 1 }));
    expect(next.value).toBe('disclosing');
  });

  it('falls back a phase when trust drops under its threshold', () => {
    const [next] = transition(machine, snapshotAt(persona, 'open', { trust: 46 }), spoke({ advice: 0.8 }));
    expect(next.context.trust).toBeLessThan(45);
    expect(next.value).toBe('tentative');
  });

  it('isSevereRoadblock: a severe roadblock sends the client into withdrawal', () => {
    const [next] = transition(machine, snapshotAt(persona, 'open', { trust: 50 }), spoke({ hostility: 1 }));
    expect(next.value).toBe('withdrawn');
  });

  it('isTrustBelowFloor: a roadblock that drops trust under the withdrawal floor sends the client into withdrawal', () => {
    const [next] = transition(
      machine,
      snapshotAt(persona, 'guarded', { trust: 11, baseline: 11 }),
      spoke({ judgement: 0.8 }),
    );
    expect(next.context.trust).toBeLessThan(persona.dynamics.withdrawBelow);
    expect(next.value).toBe('withdrawn');
  });

  it('isRepaired: a turn without repair keeps the client withdrawn', () => {
    const [next] = transition(
      machine,
      snapshotAt(persona, 'withdrawn', { trust: 30 }),
      spoke({ closed_question: 0.8 }),
    );
    expect(next.value).toBe('withdrawn');
  });

  it('isRepaired: giving space without a roadblock repairs the rupture', () => {
    const [next] = transition(
      machine,
      snapshotAt(persona, 'withdrawn', { trust: 30 }),
      spoke({ giving_space: 0.9 }),
    );
    expect(next.value).toBe('tentative');
    expect(next.context.verdict.repaired).toBe(true);
  });

  it('isTrustBelowWalkOutFloor: trust under the walk-out floor while withdrawn ends the session with a walk-out', () => {
    const [next] = transition(
      machine,
      snapshotAt(persona, 'withdrawn', { trust: 5, baseline: 5 }),
      spoke({ judgement: 1 }),
    );
    expect(next.context.trust).toBeLessThan(persona.dynamics.walkOutBelow);
    expect(next.value).toBe('ended');
    expect(next.context.ended).toBe('walkout');
  });

  it('withdraws rather than walking out when one turn would take an engaged client under the floor', () => {
    const [next] = transition(machine, snapshotAt(persona, 'guarded', { trust: 5 }), spoke({ hostility: 1 }));
    expect(next.value).toBe('withdrawn');
    expect(next.context.trust).toBe(persona.dynamics.walkOutBelow);
    expect(next.context.verdict.changes.map((c) => c.rule)).toContain('floor.withdraw-first');
  });

  it('isHarmedTooOftenWhileWithdrawn: repeated harm while withdrawn ends the session with a walk-out', () => {
    const start = snapshotAt(persona, 'withdrawn', { trust: 40, harmsWhileWithdrawn: 1 });
    const [next] = transition(machine, start, spoke({ advice: 0.5 }));
    expect(next.value).toBe('ended');
    expect(next.context.ended).toBe('walkout');
  });

  it('isTrustBelowFloor: a gentle question the client is not ready for does not cause a rupture', () => {
    const sensitive = makePersona({ sensitivities: { probing: 5 } });
    const [next] = transition(
      createClientMachine(sensitive),
      snapshotAt(sensitive, 'guarded', { trust: 11, baseline: 11 }),
      spoke({ open_question: 0.8 }, ['crash']),
    );
    expect(next.context.trust).toBeLessThan(sensitive.dynamics.withdrawBelow);
    expect(next.value).toBe('guarded');
  });

  it('isTurnLimitReached: the last allowed turn ends the session', () => {
    const limited = makePersona({ dynamics: { turnLimit: 3 } });
    const [next] = transition(
      createClientMachine(limited),
      snapshotAt(limited, 'open', { trust: 50, turn: 2 }),
      spoke({ empathy: 1 }),
    );
    expect(next.value).toBe('ended');
    expect(next.context.ended).toBe('turn-limit');
  });
});

describe('client machine actions', () => {
  it('scoreTurn: counts the turn and records the moves used', () => {
    const [next] = transition(machine, snapshotAt(persona, 'guarded'), spoke({ open_question: 0.8 }));
    expect(next.context.turn).toBe(1);
    expect(next.context.recentMoves).toEqual([['open_question']]);
  });

  it('scoreTurn: records each change with its move, rule and reason', () => {
    const [next] = transition(machine, snapshotAt(persona, 'guarded'), spoke({ empathy: 0.8 }));
    const change = next.context.verdict.changes.find((c) => c.meter === 'trust' && c.move === 'empathy');
    expect(change).toMatchObject({ rule: 'gain.empathy', reason: expect.stringContaining('Tess') });
    expect(change?.amount).toBeGreaterThan(0);
  });

  it('scoreTurn: marks a disclosure reached when asked about a ready topic', () => {
    const start = snapshotAt(persona, 'tentative', { trust: 35, openness: 30 });
    const [next] = transition(machine, start, spoke({ open_question: 0.8 }, ['work']));
    expect(next.context.disclosed).toEqual(['first']);
  });

  it('scoreTurn: deflects a question on a topic the client is not ready for', () => {
    const [next] = transition(
      machine,
      snapshotAt(persona, 'guarded'),
      spoke({ open_question: 0.8 }, ['crash']),
    );
    expect(next.context.verdict.deflect).toBe('deep');
    expect(next.context.disclosed).toEqual([]);
  });

  it('recordDisclosure: keeps nothing disclosed on a turn that ends in withdrawal', () => {
    const start = snapshotAt(persona, 'open', { trust: 50, openness: 40 });
    const [next] = transition(machine, start, spoke({ open_question: 0.8, hostility: 1 }, ['work']));
    expect(next.value).toBe('withdrawn');
    expect(next.context.disclosed).toEqual([]);
    expect(next.context.verdict.disclose).toBeNull();
  });

  it('recordDisclosure: keeps nothing disclosed on the turn that reaches the turn limit', () => {
    const short = makePersona({ dynamics: { turnLimit: 5 } });
    const [next] = transition(
      createClientMachine(short),
      snapshotAt(short, 'tentative', { trust: 40, openness: 30, turn: 4 }),
      spoke({ empathy: 0.8 }),
    );
    expect(next.context.ended).toBe('turn-limit');
    expect(next.context.disclosed).toEqual([]);
  });

  it('lowerBaseline: a rupture lowers the baseline and records why', () => {
    const [next] = transition(machine, snapshotAt(persona, 'open', { trust: 50 }), spoke({ hostility: 1 }));
    expect(next.context.baseline).toBe(15);
    expect(next.context.ruptures).toBe(1);
    expect(next.context.verdict.changes.at(-1)).toMatchObject({
      meter: 'baseline',
      amount: -5,
      rule: 'rupture.baseline',
    });
  });

  it('recordEndingFromEvent: the trainee ending the session ends it with their reason', () => {
    const [next] = transition(machine, snapshotAt(persona, 'open', { trust: 50 }), {
      type: 'session.ended',
      reason: 'trainee',
    });
    expect(next.value).toBe('ended');
    expect(next.status).toBe('done');
    expect(next.context.ended).toBe('trainee');
  });

  it('recordReply: stores the chosen line, cue, used ids and generator state', () => {
    const [next] = transition(machine, snapshotAt(persona, 'guarded'), {
      type: 'client.replied',
      reply: {
        used: ['replies.guarded.default.1'],
        line: 'g2',
        cue: 'looks at the floor',
        rng: 99,
        cues: [{ text: 'looks at the floor', turn: 0 }],
      },
    });
    expect(next.value).toBe('guarded');
    expect(next.context).toMatchObject({
      used: ['replies.guarded.default.1'],
      lastLine: 'g2',
      lastCue: 'looks at the floor',
      rng: 99,
    });
  });

  it('ignores trainee turns once ended', () => {
    const [ended] = transition(machine, snapshotAt(persona, 'open', { trust: 50 }), {
      type: 'session.ended',
      reason: 'time-limit',
    });
    const [next] = transition(machine, ended, spoke({ empathy: 1 }));
    expect(next.context.turn).toBe(ended.context.turn);
    expect(next.value).toBe('ended');
  });

  it('runs as an actor, seeded from its input', () => {
    const actor = createActor(machine, { input: { seed: 9 } }).start();
    actor.send(spoke({ empathy: 1 }));
    expect(actor.getSnapshot().context).toMatchObject({ turn: 1, rng: 9 });
    expect(actor.getSnapshot().context.trust).toBeGreaterThan(persona.start.trust);
    actor.stop();
  });

  it('is built once per persona', () => {
    expect(createClientMachine(persona)).toBe(machine);
  });
});
