import { describe, expect, it } from 'vitest';
import { ALTERNATIVES } from '../../../engine/debrief/alternatives.js';
import { buildDebrief, MAX_KEY_MOMENTS } from '../../../engine/debrief/buildDebrief.js';
import { change, input, OPENING, turns } from './fixtures.js';

describe('buildDebrief: the session at a glance', () => {
  it('reports the outcome, turn count, duration and final meters', () => {
    const d = buildDebrief(input(turns({ trust: 22 }, { trust: 25, openness: 18 }), { outcome: 'walkout' }));
    expect(d.outcome).toBe('walkout');
    expect(d.turns).toBe(2);
    expect(d.durationMs).toBe(300_000);
    expect(d.finalMeters).toEqual({ trust: 25, openness: 18 });
    expect(d.finalState).toBe('ended');
  });

  it('never reports a negative duration when the clocks disagree', () => {
    expect(buildDebrief(input([], { startedAt: 2_000, endedAt: 1_000 })).durationMs).toBe(0);
  });

  it('starts the timeline at the opening and adds one point per turn', () => {
    const d = buildDebrief(input(turns({ trust: 22, state: 'tentative' })));
    expect(d.timeline).toEqual([
      { turn: 0, trust: 20, openness: 10, state: 'guarded' },
      { turn: 1, trust: 22, openness: 10, state: 'tentative' },
    ]);
  });

  it('ends a session without turns at the opening meters', () => {
    const d = buildDebrief(input([]));
    expect(d.finalMeters).toEqual(OPENING.meters);
    expect(d.keyMoments).toEqual([]);
  });

  it('counts each move every time it is used', () => {
    const d = buildDebrief(
      input(
        turns({ trust: 20, moves: ['open_question', 'empathy'] }, { trust: 20, moves: ['open_question'] }),
      ),
    );
    expect(d.moveCounts).toEqual({ open_question: 2, empathy: 1 });
    expect(d.summary.questions).toBe(2);
  });

  it('is pure: the same input gives the same debrief', () => {
    const t = turns({ trust: 30, moves: ['advice'] }, { trust: 10, state: 'withdrawn' });
    expect(buildDebrief(input(t))).toEqual(buildDebrief(input(t)));
  });
});

describe('buildDebrief: disclosures', () => {
  it('lists the disclosures reached, x of y', () => {
    const d = buildDebrief(
      input(turns({ trust: 40, disclosure: { id: 'crash', title: 'The crash' } }, { trust: 42 })),
    );
    expect(d.disclosures.reached).toEqual(['The crash']);
    expect(d.disclosures.total).toBe(4);
  });

  it('reports the tier of the deepest disclosure reached, not how many were reached', () => {
    const order = ['job', 'crash', 'guilt', 'passenger'];
    const d = buildDebrief({
      ...input(turns({ trust: 40, disclosure: { id: 'guilt', title: 'Guilt' } })),
      disclosureOrder: order,
    });
    expect(d.disclosures.deepest).toBe(3);
    expect(buildDebrief({ ...input(turns({ trust: 40 })), disclosureOrder: order }).disclosures.deepest).toBe(
      0,
    );
  });

  it('counts a disclosure reached twice once', () => {
    const crash = { id: 'crash', title: 'The crash' };
    const d = buildDebrief(input(turns({ trust: 40, disclosure: crash }, { trust: 42, disclosure: crash })));
    expect(d.disclosures.reached).toEqual(['The crash']);
    expect(d.keyMoments.filter((m) => m.kind === 'disclosure')).toHaveLength(1);
  });
});

describe('buildDebrief: key moments', () => {
  it('quotes the trainee and gives the reason for a rise in trust', () => {
    const d = buildDebrief(
      input(
        turns({
          said: 'That sounds frightening.',
          trust: 25,
          changes: [change('trust', 5, 'named the fear')],
        }),
      ),
    );
    expect(d.keyMoments).toEqual([
      { turn: 1, said: 'That sounds frightening.', trustChange: 5, reason: 'named the fear', kind: 'rise' },
    ]);
  });

  it('explains a rise by its largest gain, not by the decay beside it', () => {
    const changes = [change('trust', -0.5, 'trust drifts back'), change('trust', 3.5, 'an open question')];
    const d = buildDebrief(input(turns({ trust: 23, changes })));
    expect(d.keyMoments[0]?.reason).toBe('an open question');
  });

  it('explains a fall by its largest loss', () => {
    const changes = [change('trust', 0.8, 'a small gain'), change('trust', -4.8, 'asked why')];
    const d = buildDebrief(input(turns({ trust: 16, changes })));
    expect(d.keyMoments[0]).toMatchObject({ kind: 'fall', trustChange: -4, reason: 'asked why' });
  });

  it('falls back to the turn summary when no change is itemised', () => {
    const d = buildDebrief(input(turns({ trust: 25, summary: 'Trust rose 5.' })));
    expect(d.keyMoments[0]?.reason).toBe('Trust rose 5.');
  });

  it('ignores turns where trust barely moved', () => {
    expect(buildDebrief(input(turns({ trust: 20.5 }))).keyMoments).toEqual([]);
  });

  it('marks the turn the client withdrew as a rupture and the way back as a repair', () => {
    const d = buildDebrief(
      input(
        turns(
          { trust: 8, state: 'withdrawn', moves: ['minimising'] },
          { trust: 8.5, state: 'withdrawn' },
          { trust: 14, state: 'guarded' },
        ),
      ),
    );
    expect(d.keyMoments.map((m) => [m.turn, m.kind])).toEqual([
      [1, 'rupture'],
      [3, 'repair'],
    ]);
  });

  it('marks the line the client walked out after', () => {
    const d = buildDebrief(
      input(
        turns({ trust: 2, state: 'ended', ended: 'walkout', changes: [change('trust', -6, 'an insult')] }),
        {
          outcome: 'walkout',
        },
      ),
    );
    expect(d.keyMoments[0]).toMatchObject({ kind: 'rupture', reason: 'the client walked out: an insult' });
  });

  it(`keeps the ${MAX_KEY_MOMENTS} largest moments, in turn order`, () => {
    // Trust alternates up and down by growing steps: the last turns move it most.
    const specs = Array.from({ length: 10 }, (_, i) => ({ trust: i % 2 === 0 ? 20 + (i + 1) * 2 : 20 }));
    const d = buildDebrief(input(turns(...specs)));
    expect(d.keyMoments).toHaveLength(MAX_KEY_MOMENTS);
    expect(d.keyMoments.map((m) => m.turn)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('always keeps a disclosure among the key moments', () => {
    const specs = Array.from({ length: 9 }, (_, i) => ({ trust: i % 2 === 0 ? 40 : 20 }));
    const d = buildDebrief(input(turns({ trust: 21, disclosure: { id: 'a', title: 'A' } }, ...specs)));
    expect(d.keyMoments[0]).toMatchObject({ turn: 1, kind: 'disclosure' });
  });
});

describe('buildDebrief: roadblocks', () => {
  it('offers a better alternative for each roadblock used, with the trainee’s words', () => {
    const d = buildDebrief(
      input(
        turns(
          { said: 'You should drive again.', trust: 15, moves: ['advice'] },
          { said: 'Why?', trust: 12, moves: ['probing', 'closed_question'] },
        ),
      ),
    );
    expect(d.alternatives).toEqual([
      { turn: 1, move: 'advice', said: 'You should drive again.', ...ALTERNATIVES.advice },
      { turn: 2, move: 'probing', said: 'Why?', ...ALTERNATIVES.probing },
    ]);
  });

  it('has an alternative with a reason for every roadblock', () => {
    for (const alt of Object.values(ALTERNATIVES)) {
      expect(alt.instead.length).toBeGreaterThan(10);
      expect(alt.why.length).toBeGreaterThan(10);
    }
  });
});
