import { describe, expect, it } from 'vitest';
import type { ClientTurn } from '../../../contract/session.js';
import type { PersonaInput } from '../../../engine/persona/schema.js';
import { type EngineState, openSession, traineeTurn } from '../../../engine/simulation/engineSession.js';
import { makePersona } from './helpers.js';

// A client who listens, tested with real words through the real scorer.
const base: Partial<PersonaInput> = {
  start: { trust: 40, openness: 35 },
  dynamics: { cueChance: 0, thresholds: { tentative: 25, open: 45, disclosing: 65 } },
  feelings: [
    { feeling: 'sad', about: 'the divorce', strength: 'strong' },
    { feeling: 'tired', about: 'work', strength: 'moderate' },
  ],
  notSo: [{ says: ['your wife died', 'she died'], correction: ['She didn’t die. She left.'] }],
  corrections: ['Not that. Sad, more.', 'I wouldn’t say that.'],
  repetition: ['You said that already.', 'Yes, you said.'],
  unclear: ['Sorry?'],
  answers: {
    sleep: { guarded: ['Badly.'], open: ['I wake at four most nights.'], closed: ['No. Not really.'] },
    family: { guarded: ['There’s my brother.'], closed: ['One brother. Older.'] },
    football: { words: ['football', 'match'], guarded: ['I watch it with my brother.'] },
  },
  risk: { guarded: ['No. Nothing like that.'], open: ['No. I’ve had dark nights, but no.'] },
  replies: {
    guarded: { default: ['g1', 'g2', 'g3'] },
    tentative: {
      default: ['t1', 't2', 't3', 't4', 't5', 't6'],
      reflection: [{ text: 'Far away is the word.', needs: ['far away'] }, 'That’s it.', 'Yes.'],
    },
    open: { default: ['o1', 'o2'] },
    disclosing: { default: ['d1', 'd2'] },
    withdrawn: { default: ['w1', 'w2'] },
  },
  disclosures: [
    {
      id: 'divorce',
      title: 'The divorce',
      topics: ['divorce', 'marriage', 'that night'],
      minTrust: 60,
      minOpenness: 50,
      text: 'SECRET-DIVORCE',
      more: ['MORE-1', 'MORE-2'],
    },
  ],
};

function play(lines: readonly string[], patch: Partial<PersonaInput> = {}, seed = 1) {
  const persona = makePersona({ ...base, ...patch });
  let state: EngineState = openSession(persona, seed).state;
  const turns: (ClientTurn & { source: string })[] = [];
  for (const line of lines) {
    const out = traineeTurn(persona, state, line);
    state = out.state;
    turns.push({ ...out.reply, source: out.source });
  }
  return { turns, state, persona };
}

const gained = (turn: ClientTurn | undefined) =>
  (turn?.feedback?.changes ?? []).some(
    (c) => c.meter === 'trust' && c.rule.startsWith('gain.') && c.amount > 0,
  );

describe('a client that answers what was asked', () => {
  it('answers a question on a subject from its answers, whichever everyday words ask it', () => {
    const { turns } = play(['How have you been sleeping?', 'Are you getting any rest at the moment?']);
    for (const t of turns) expect(t.source).toMatch(/^answers\.sleep\./);
    expect(turns[0]?.text).not.toBe(turns[1]?.text);
  });

  it('gives the plain answer to a yes/no question', () => {
    const { turns } = play(['Do you have brothers or sisters?']);
    expect(turns[0]?.text).toBe('One brother. Older.');
  });

  it('hears a subject of the persona’s own', () => {
    const { turns } = play(['Did you watch the football last night?']);
    expect(turns[0]?.text).toBe('I watch it with my brother.');
    expect(turns[0]?.source).not.toBe('deflections');
  });

  it('does not deflect a harmless question for a stray shared word', () => {
    const { turns } = play(['What did you get up to last night?']);
    expect(turns[0]?.source).not.toBe('deflections');
  });

  it('still deflects a question on a disclosure it is not ready for', () => {
    const { turns } = play(['How are things with the divorce?']);
    expect(turns[0]?.source).toBe('deflections');
  });

  it('says it has answered already once every answer on a subject is used', () => {
    const { turns } = play(['Do you have any family?', 'How is your family?', 'Tell me about your family.']);
    expect(turns.at(-1)?.source).toBe('repetition');
  });

  it('says more, not the same words, when asked again about something it shared', () => {
    const { turns } = play(
      [
        'It sounds like you have been carrying a lot.',
        'How are things with the divorce?',
        'What happened with the divorce?',
      ],
      { start: { trust: 70, openness: 60 } },
    );
    expect(turns.map((t) => t.text)).toContain('SECRET-DIVORCE');
    expect(turns.at(-1)?.text).toMatch(/^MORE-/);
  });
});

describe('risk', () => {
  it('answers a risk question honestly, without deflecting on a shared word, and loses no trust', () => {
    const { turns } = play([
      'Have you had any thoughts of ending your life, with everything that happened that night?',
    ]);
    expect(turns[0]?.source).toMatch(/^risk\./);
    const lost = (turns[0]?.feedback?.changes ?? []).filter(
      (c) => c.meter === 'trust' && c.amount < 0 && c.rule !== 'decay.baseline',
    );
    expect(lost).toEqual([]);
  });

  it('gives a plain, safe answer when the persona has no risk section', () => {
    const { turns } = play(['Are you thinking about killing yourself?'], { risk: undefined });
    expect(turns[0]?.source).toBe('risk.default.self');
    const safe = play(['Are you safe at home?'], { risk: undefined }).turns[0];
    expect(safe?.source).toBe('risk.default.safety');
    expect(safe?.text).toMatch(/^(Yes\. )?I’m safe/);
  });

  it('answers "Are you safe?" from safety, not with the no meant for suicide', () => {
    const risk = { ...base.risk, safety: { guarded: ['Yes. I’m safe at home.'] } };
    const [safe, self] = play(['Are you safe at home?', 'Have you thought about ending your life?'], {
      risk,
    }).turns;
    expect([safe?.source, safe?.text]).toEqual(['risk.safety.guarded', 'Yes. I’m safe at home.']);
    expect(self?.source).toMatch(/^risk\.(guarded|tentative|open)$/);
    // Asked both at once, the question about their life is the one answered.
    const both = play(['Are you safe, and have you had thoughts of ending your life?'], { risk }).turns[0];
    expect(both?.source).toBe('risk.guarded');
    // Asked whether they are in danger, the question is the other way round: the risk lines' no.
    const danger = play(['Are you in danger at home?', 'Do you ever feel unsafe?'], { risk }).turns;
    expect(danger.map((t) => t.source)).toEqual([
      'risk.guarded',
      expect.stringMatching(/^risk\.(guarded|open)$/),
    ]);
    // Without safety lines, the risk lines answer it (and personas:check warns).
    expect(play(['Do you feel safe right now?']).turns[0]?.source).toBe('risk.guarded');
  });
});

describe('risk asked again', () => {
  const rules = (turn: ClientTurn | undefined) =>
    (turn?.feedback?.changes ?? [])
      .filter((c) => c.move === 'risk_question' || c.move === 'closed_question')
      .map((c) => c.rule);

  it('earns once: asked again within five turns it is answered and costs nothing, but earns nothing', () => {
    const { turns } = play([
      'Have you had any thoughts of ending your life?',
      'Do you ever hurt yourself?',
      'Are you thinking about suicide?',
      'Thank you for telling me.',
      'Take your time.',
      'What would help?',
      'It sounds like a hard week.',
      'How are you sleeping?',
      'Have you had thoughts of ending your life since we last spoke about it?',
    ]);
    expect(rules(turns[0])).toContain('gain.risk_question');
    // Neither the risk question nor the closed question carrying it earns.
    expect(new Set(rules(turns[1]))).toEqual(new Set(['cap.risk-again']));
    expect(new Set(rules(turns[2]))).toEqual(new Set(['cap.risk-again']));
    for (const t of turns.slice(1, 3)) {
      expect(t.source).toMatch(/^risk\./);
      expect((t.feedback?.changes ?? []).filter((c) => c.amount < 0 && c.rule !== 'decay.baseline')).toEqual(
        [],
      );
    }
    // Five turns later, checking in again is good practice and earns again.
    expect(rules(turns[8])).toContain('gain.risk_question');
  });
});

describe('accuracy', () => {
  it('does not take the trainee’s own feeling for a reading of the client’s', () => {
    const { turns } = play(['I’m glad you came in. It sounds like things have been hard for you lately.']);
    expect(turns[0]?.source).not.toBe('corrections');
    expect(turns[0]?.feedback?.changes.map((c) => c.rule)).not.toContain('cap.misread');
  });

  it('corrects a reflection of a feeling the client does not have, and it earns nothing', () => {
    const { turns } = play(['It sounds like you are feeling really cheerful and relaxed.']);
    expect(turns[0]?.source).toBe('corrections');
    expect(gained(turns[0])).toBe(false);
    expect(turns[0]?.feedback?.changes.map((c) => c.rule)).toContain('cap.misread');
  });

  it('confirms a reflection of a feeling near one the client has, and it earns', () => {
    const { turns } = play(['It sounds like you are grieving the marriage, and feeling low.']);
    expect(turns[0]?.source).not.toBe('corrections');
    expect(gained(turns[0])).toBe(true);
  });

  it('puts a factual error right, and it costs a little', () => {
    const { turns } = play(['It must have been devastating when your wife died.']);
    expect(turns[0]?.text).toBe('She didn’t die. She left.');
    expect(turns[0]?.feedback?.changes).toContainEqual(expect.objectContaining({ rule: 'loss.wrong-fact' }));
  });

  it('says a line that confirms particular words only when those words were said', () => {
    const other = play(['You feel sad about it.', 'You feel low at the moment.', 'You feel sad and tired.'], {
      start: { trust: 30, openness: 25 },
    });
    expect(other.turns.map((t) => t.text)).not.toContain('Far away is the word.');
    const said = play(['You feel far away from everything, and sad.'], {
      start: { trust: 30, openness: 25 },
    });
    expect(said.turns[0]?.text).toBe('Far away is the word.');
  });
});

describe('memory', () => {
  it('earns nothing the third time the same line is said, and notices', () => {
    const line = 'It sounds like you feel really sad about all of this.';
    const { turns } = play([line, line, line]);
    expect(gained(turns[0])).toBe(true);
    expect(gained(turns[2])).toBe(false);
    expect(turns[2]?.source).toBe('repetition');
  });

  it('never repeats a reply line while another that fits remains', () => {
    const lines = ['Okay.', 'Right.', 'Mm.', 'I see.', 'Okay then.', 'Sure.'];
    const { turns } = play(lines);
    const texts = turns.map((t) => t.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('proportion', () => {
  it('stays, terse, with a trainee who asks only polite closed questions', () => {
    const { turns } = play(
      Array(12)
        .fill(0)
        .map((_, i) => ['Do you work?', 'Is that okay?', 'Do you live nearby?', 'Are you tired?'][i % 4]!),
      { start: { trust: 20, openness: 15 } },
    );
    expect(turns.some((t) => t.ended)).toBe(false);
    expect(turns.some((t) => t.state === 'withdrawn')).toBe(false);
  });
});
