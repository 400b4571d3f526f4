import { describe, expect, it } from 'vitest';
import { scoreTurn } from '../../../engine/simulation/scoreTurn.js';
import { analysisOf, contextAt, makePersona, persona } from './helpers.js';

const score = (
  patch: Parameters<typeof contextAt>[1],
  moves: Parameters<typeof analysisOf>[0],
  stems: string[] = [],
) => scoreTurn(persona, contextAt(persona, patch), analysisOf(moves, stems), false);
const trustFrom = (update: ReturnType<typeof scoreTurn>, rule: string) =>
  update.verdict.changes
    .filter((c) => c.meter === 'trust' && c.rule === rule)
    .reduce((s, c) => s + c.amount, 0);

describe('trust and openness rules', () => {
  it('gains in proportion to headroom: the same reflection earns less when trust is already high', () => {
    const low = trustFrom(score({ trust: 30 }, { simple_reflection: 0.5 }), 'gain.simple_reflection');
    const high = trustFrom(
      score({ trust: 80, baseline: 80 }, { simple_reflection: 0.5 }),
      'gain.simple_reflection',
    );
    expect(high).toBeLessThan(low);
  });

  it('loses more to a judgement than it gains from an equally strong empathic reply', () => {
    const gain = trustFrom(score({ trust: 50, baseline: 50 }, { empathy: 0.8 }), 'gain.empathy');
    const loss = -trustFrom(score({ trust: 50, baseline: 50 }, { judgement: 0.8 }), 'loss.judgement');
    expect(loss).toBeGreaterThan(gain);
  });

  it('caps the trust gained in one turn and says why', () => {
    const update = score({ trust: 30, baseline: 30 }, { empathy: 1, complex_reflection: 1, validation: 1 });
    const beforeDecay = update.verdict.changes
      .filter((c) => c.meter === 'trust' && c.rule !== 'decay.baseline')
      .reduce((s, c) => s + c.amount, 0);
    expect(beforeDecay).toBeCloseTo(persona.dynamics.trustCapPerTurn, 5);
    expect(update.verdict.changes.map((c) => c.rule)).toContain('cap.per-turn');
  });

  it('buys no trust with praise while the client is still guarded', () => {
    const update = score({}, { affirmation: 1 });
    expect(update.verdict.changes).toContainEqual(
      expect.objectContaining({ meter: 'trust', move: 'affirmation', rule: 'cap.too-fast', amount: 0 }),
    );
    expect(update.trust).toBe(20);
  });

  it('lets praise count once the client is past guarded', () => {
    expect(
      trustFrom(score({ trust: 40, baseline: 40 }, { affirmation: 1 }), 'gain.affirmation'),
    ).toBeGreaterThan(0);
  });

  it('keeps openness from running further ahead of trust than the persona allows', () => {
    const update = score({ trust: 20, openness: 34 }, { open_question: 1, empathy: 1 });
    expect(update.openness).toBeLessThanOrEqual(update.trust + persona.dynamics.opennessLead);
    expect(update.verdict.changes.map((c) => c.rule)).toContain('bound.openness');
  });

  it('lets trust drift down toward the baseline on a turn that does nothing', () => {
    const update = score({ trust: 60, baseline: 20 }, {});
    expect(update.trust).toBeLessThan(60);
    expect(update.verdict.changes).toEqual([expect.objectContaining({ rule: 'decay.baseline' })]);
  });

  it('reads a third closed question in a row as a checklist: nothing earned, terser, but no harm', () => {
    const update = score(
      { recentMoves: [['closed_question'], ['closed_question']], openness: 20 },
      { closed_question: 0.8 },
    );
    expect(update.verdict.changes).toContainEqual(
      expect.objectContaining({ meter: 'trust', rule: 'cap.interrogation', amount: 0 }),
    );
    const terser = update.verdict.changes.find((c) => c.rule === 'loss.interrogation');
    expect(terser?.meter).toBe('openness');
    expect(terser?.amount).toBeLessThan(0);
    expect(update.verdict.harm).toBe(false);
  });

  it('gives nothing for a question that is really probing', () => {
    const update = score({}, { open_question: 0.8, probing: 0.7 });
    expect(update.verdict.changes).toContainEqual(
      expect.objectContaining({ rule: 'cap.probing-question', amount: 0 }),
    );
    expect(trustFrom(update, 'gain.open_question')).toBe(0);
  });

  it('halves what helped when a roadblock comes in the same breath', () => {
    const clean = score({ trust: 40, baseline: 40 }, { simple_reflection: 0.5 });
    const mixed = score({ trust: 40, baseline: 40 }, { simple_reflection: 0.5, minimising: 0.5 });
    expect(trustFrom(mixed, 'cap.mixed-message')).toBeCloseTo(
      -trustFrom(clean, 'gain.simple_reflection') / 2,
      1,
    );
  });

  it('gives nothing for a question wrapped in hostility', () => {
    const update = score({}, { open_question: 0.8, hostility: 0.8 });
    expect(update.verdict.changes).toContainEqual(
      expect.objectContaining({ rule: 'cap.hostile-question', amount: 0 }),
    );
  });

  it('credits a trainee who names the cue the client just showed, even when the scorer missed it', () => {
    const update = score({ lastCue: 'twists the ring on her finger' }, { simple_reflection: 0.3 }, [
      'notic',
      'twist',
      'ring',
    ]);
    expect(trustFrom(update, 'gain.named-cue')).toBeGreaterThan(0);
  });

  it('does not credit a cue the trainee did not name', () => {
    const update = score({ lastCue: 'twists the ring on her finger' }, { simple_reflection: 0.3 }, [
      'notic',
      'tire',
    ]);
    expect(trustFrom(update, 'gain.named-cue')).toBe(0);
  });
});

describe('disclosure rules', () => {
  it('volunteers the next ready disclosure after a turn that helped', () => {
    expect(score({ trust: 35, openness: 30 }, { empathy: 0.8 }).verdict.disclose).toBe('first');
  });

  it('answers a question about something already shared instead of volunteering something new', () => {
    const update = score({ trust: 80, openness: 80, baseline: 80, disclosed: [] }, { open_question: 0.8 }, [
      'talk',
    ]);
    expect(update.verdict.disclose).toBe('first');
    const again = score(
      { trust: 80, openness: 80, baseline: 80, disclosed: ['first'] },
      { open_question: 0.8 },
      ['work'],
    );
    expect(again.verdict.disclose).toBeNull();
  });

  it('answers a question on another subject instead of volunteering what was ready', () => {
    const update = score({ trust: 35, openness: 30 }, { open_question: 0.8 }, ['drink', 'week']);
    expect(update.verdict.disclose).toBeNull();
    expect(update.verdict.deflect).toBeNull();
  });

  it('volunteers after an open invitation that names no subject', () => {
    const update = score({ trust: 35, openness: 30 }, { open_question: 0.8 }, ['like', 'talk', 'todai']);
    expect(update.verdict.disclose).toBe('first');
  });

  it('does not take the words of a reflection for the subject of the question beside it', () => {
    const analysis = analysisOf({ empathy: 0.8, open_question: 0.6 }, ['sound', 'lone', 'like']);
    analysis.details.find((x) => x.move === 'empathy')!.evidence = ['that sounds really lonely'];
    const update = scoreTurn(persona, contextAt(persona, { trust: 35, openness: 30 }), analysis, false);
    expect(update.verdict.disclose).toBe('first');
  });

  it('volunteers nothing after a turn with a roadblock', () => {
    expect(score({ trust: 40, openness: 30 }, { empathy: 0.8, advice: 0.3 }).verdict.disclose).toBeNull();
  });

  it('holds back a disclosure until its prerequisites have been disclosed', () => {
    const update = score({ trust: 80, openness: 80, baseline: 80 }, { open_question: 0.8 }, ['crash']);
    expect(update.verdict.disclose).toBeNull();
    expect(update.verdict.deflect).toBe('deep');
  });

  it('discloses a ready topic when asked about it', () => {
    const update = score(
      { trust: 80, openness: 80, baseline: 80, disclosed: ['first'] },
      { open_question: 0.8 },
      ['crash'],
    );
    expect(update.verdict.disclose).toBe('deep');
  });

  it('scales the cost of asking too soon by the persona’s sensitivity to probing', () => {
    const sensitive = makePersona({ sensitivities: { probing: 2.5 } });
    const thick = makePersona({ sensitivities: { probing: 0.5 } });
    const cost = (p: typeof persona) =>
      -scoreTurn(p, contextAt(p), analysisOf({ open_question: 0.8 }, ['crash']), false)
        .verdict.changes.filter((c) => c.rule === 'loss.not-ready')
        .reduce((s, c) => s + c.amount, 0);
    expect(cost(sensitive)).toBeCloseTo(5 * cost(thick), 1);
  });

  it('charges less for asking with permission than for asking outright', () => {
    const cost = (moves: Parameters<typeof analysisOf>[0]) =>
      -trustFrom(score({}, moves, ['crash']), 'loss.not-ready');
    expect(cost({ open_question: 0.8, giving_space: 0.8 })).toBeLessThan(cost({ open_question: 0.8 }));
  });

  it('charges more for pushing than for asking, and counts only pushing as harm', () => {
    const asked = score({}, { open_question: 0.8 }, ['crash']);
    const pushed = score({}, { probing: 0.8 }, ['crash']);
    expect(trustFrom(pushed, 'loss.not-ready')).toBeLessThan(trustFrom(asked, 'loss.not-ready'));
    expect([asked.verdict.harm, pushed.verdict.harm]).toEqual([false, true]);
  });

  it('makes no disclosure while withdrawn', () => {
    const update = scoreTurn(
      persona,
      contextAt(persona, { trust: 40, openness: 30 }),
      analysisOf({ empathy: 0.8 }, ['work']),
      true,
    );
    expect(update.verdict.disclose).toBeNull();
  });
});

describe('rupture and repair rules', () => {
  it('repairs with giving space and no roadblock', () => {
    const update = scoreTurn(
      persona,
      contextAt(persona, { trust: 30 }),
      analysisOf({ giving_space: 0.8 }),
      true,
    );
    expect(update.verdict.repaired).toBe(true);
  });

  it('does not repair when the apology comes with a roadblock', () => {
    const update = scoreTurn(
      persona,
      contextAt(persona, { trust: 30 }),
      analysisOf({ giving_space: 0.8, advice: 0.5 }),
      true,
    );
    expect(update.verdict.repaired).toBe(false);
    expect(update.harmsWhileWithdrawn).toBe(1);
  });

  it('marks a roadblock the persona is very sensitive to as severe', () => {
    const fragile = makePersona({ sensitivities: { advice: 3 } });
    const update = scoreTurn(fragile, contextAt(fragile, { trust: 50 }), analysisOf({ advice: 0.8 }), false);
    expect(update.verdict.severe).toBe(true);
  });
});

describe('topic matching', () => {
  it('hears a question about a topic in a synonym the persona did not list', () => {
    // The test persona lists "crash"; "accident" is its synonym, "collision" only the engine's.
    const update = score({}, { open_question: 0.8 }, ['collis']);
    expect(update.verdict.deflect).toBe('deep');
  });

  it('never matches a topic on generic words: an open invitation is not a question about a disclosure', () => {
    const chatty = makePersona({
      disclosures: [
        {
          id: 'calls',
          title: 'Calls',
          topics: ['phone', 'talk to her', 'happened'],
          text: 'Calls.',
          minTrust: 90,
        },
      ],
    });
    for (const stems of [['like', 'talk', 'todai'], ['happen'], ['feel', 'todai'], ['start']]) {
      const update = scoreTurn(chatty, contextAt(chatty), analysisOf({ open_question: 0.8 }, stems), false);
      expect(update.verdict.deflect).toBeNull();
      expect(update.verdict.changes.map((c) => c.rule)).not.toContain('loss.not-ready');
    }
    const phone = scoreTurn(chatty, contextAt(chatty), analysisOf({ open_question: 0.8 }, ['phone']), false);
    expect(phone.verdict.deflect).toBe('calls');
  });

  it('hears "mum" or "dad" for a topic of family, but not "sister" for a topic of dad', () => {
    const topics = (list: string[]) =>
      makePersona({ disclosures: [{ id: 'x', title: 'X', topics: list, text: 'X.', minTrust: 90 }] });
    const asked = (p: ReturnType<typeof makePersona>, stems: string[]) =>
      scoreTurn(p, contextAt(p), analysisOf({ open_question: 0.8 }, stems), false).verdict.deflect;
    expect(asked(topics(['family']), ['mum'])).toBe('x');
    expect(asked(topics(['dad']), ['father'])).toBe('x');
    expect(asked(topics(['dad']), ['sister'])).toBeNull();
    expect(asked(topics(['dad']), ['famili'])).toBeNull();
  });

  it('does not take a question on an unrelated topic for a disclosure topic', () => {
    expect(score({}, { open_question: 0.8 }, ['weather']).verdict.deflect).toBeNull();
  });
});

describe('repetition', () => {
  it('gives a repeated line only a quarter of its gain', () => {
    const fresh = score({ trust: 30, baseline: 30 }, { simple_reflection: 0.5 }, ['hard', 'week']);
    const again = score(
      { trust: 30, baseline: 30, recentSayings: ['hard week'] },
      { simple_reflection: 0.5 },
      ['week', 'hard'],
    );
    expect(again.trust - 30).toBeCloseTo((fresh.trust - 30) / 4, 1);
    expect(again.verdict.changes.map((c) => c.rule)).toContain('cap.repetition');
  });
});

describe('apology', () => {
  it('repairs a rupture with a plain apology and no roadblock', () => {
    const update = scoreTurn(
      persona,
      contextAt(persona, { trust: 30, unrepaired: 6, unrepairedTurn: 0, turn: 5 }),
      analysisOf({}, ['sorri', 'said']),
      true,
    );
    expect(update.verdict.repaired).toBe(true);
  });

  it('does not repair with an apology that comes with a roadblock', () => {
    const update = scoreTurn(
      persona,
      contextAt(persona, { trust: 30 }),
      analysisOf({ advice: 0.6 }, ['sorri']),
      true,
    );
    expect(update.verdict.repaired).toBe(false);
  });
});

describe('words that cannot be understood', () => {
  it('earn nothing, whatever moves came with them', () => {
    const update = scoreTurn(
      persona,
      contextAt(persona),
      analysisOf({ simple_reflection: 0.4 }, ['qwpoe'], { unclear: true }),
      false,
    );
    expect(update.verdict.changes.filter((c) => c.amount > 0)).toEqual([]);
    expect(update.verdict.heard?.unclear).toBe(true);
  });
});
