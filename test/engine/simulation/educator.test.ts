import { describe, expect, it } from 'vitest';
import type { ClientTurn } from '../../../contract/session.js';
import { openSession, sessionView, traineeTurn } from '../../../engine/simulation/engineSession.js';
import type { Persona } from '../../../engine/persona/schema.js';
import { loadPersonaFile } from '../../../server/personas/loadPersonas.js';

// What an educator expects of the client, run through the real scorer with real words.
const maya = loadPersonaFile('personas/maya.yaml').persona!;
const rob = loadPersonaFile('test/fixtures/personas/rob.yaml').persona!;

const patient = [
  "Thank you for coming in. Take your time, there's no rush. We can go at whatever pace feels right for you.",
  "It sounds like it's been a really hard few months, and coming here wasn't easy.",
  "I notice you're looking down. It's okay to feel unsure about being here.",
  'Whatever you share stays between us, within the limits I mentioned.',
  "It sounds like you're exhausted, carrying a lot on your own.",
  'What has it been like for you lately?',
  'You feel far away from things, like you are watching your life from a distance.',
  'That sounds really lonely.',
  "It makes sense that you'd feel on edge after what you've been through.",
  'What are the nights like for you?',
  'You feel exhausted and frightened at night.',
  'How do you get around these days?',
  "It sounds like you're frightened every time you're in a car.",
  'Only if you want to, would you like to tell me about that night?',
  'That sounds terrifying, and you felt helpless not being able to reach her.',
  "You feel responsible for what happened to Lena, even though others tell you it wasn't your fault.",
  'It sounds like you feel really guilty.',
  "What's it like between you and Lena now?",
  "You're scared of what she might say, and scared of losing her too.",
  'It took courage to say that out loud.',
  'Take your time. We can go as slowly as you need.',
  "It sounds like you've been carrying this alone for a long time.",
  "What would it be like to hear Lena's voice?",
  'You feel guilty, and you miss her.',
  'I can see how much she matters to you.',
];

const roadblocks = [
  "So what's wrong with you?",
  "You should really try driving again, it's the only way to get over it.",
  'At least nobody died. Cheer up.',
  'Sounds like PTSD to me.',
  'You need to stop dwelling on it and move on.',
  "You're being dramatic.",
  'Honestly, you should just get over it.',
];

const pushing = [
  'Tell me exactly what happened in the crash.',
  'Why did it happen? What did you see?',
  'Describe the accident for me in detail.',
];

/** Plays lines until the session ends; returns every reply and the final state. */
function play(persona: Persona, lines: readonly string[], seed = 1) {
  let { state } = openSession(persona, seed);
  const replies: ClientTurn[] = [];
  for (const line of lines) {
    if (sessionView(state).ended) break;
    const out = traineeTurn(persona, state, line);
    state = out.state;
    replies.push(out.reply);
  }
  return { state, replies };
}

/** Trust lost on one turn, before any floor: every negative trust change. */
const trustLost = (reply: ClientTurn | undefined) =>
  -(reply?.feedback?.changes ?? [])
    .filter((c) => c.meter === 'trust' && c.amount < 0)
    .reduce((s, c) => s + c.amount, 0);

const deepest = maya.disclosures.at(-1)!.id;

describe('what an educator expects of Maya', () => {
  for (const seed of [1, 2, 3]) {
    it(`lets a patient, reflective trainee reach her deepest disclosure within 25 turns (seed ${seed})`, () => {
      const { replies } = play(maya, patient, seed);
      const turn = replies.findIndex((r) => r.disclosure?.id === deepest) + 1;
      expect(turn).toBeGreaterThan(0);
      expect(turn).toBeLessThanOrEqual(25);
    });
  }

  it('withdraws and then walks out when the trainee leans on roadblocks', () => {
    const { replies, state } = play(maya, roadblocks);
    const withdrawnAt = replies.findIndex((r) => r.state === 'withdrawn');
    const endedAt = replies.findIndex((r) => r.ended === 'walkout');
    expect(withdrawnAt).toBeGreaterThanOrEqual(0);
    expect(endedAt).toBeGreaterThan(withdrawnAt);
    expect(sessionView(state).ended).toBe('walkout');
    expect(replies.at(-1)?.text).toSatisfy((t: string) => maya.endings.walkout.some((l) => l.text === t));
  });

  it('is hurt far more than a client not sensitive to probing by pushing for the crash in the first turn', () => {
    const mayaCost = trustLost(play(maya, pushing.slice(0, 1)).replies[0]);
    const robCost = trustLost(play(rob, pushing.slice(0, 1)).replies[0]);
    expect(mayaCost).toBeGreaterThan(3 * robCost);
  });

  it('withdraws when pushed for the crash in the first turns, where a client not sensitive to probing stays', () => {
    const mayaPhases = play(maya, pushing).replies.map((r) => r.state);
    const robPhases = play(rob, pushing).replies.map((r) => r.state);
    expect(mayaPhases).toContain('withdrawn');
    expect(robPhases).not.toContain('withdrawn');
    expect(robPhases).not.toContain('ended');
  });

  it('comes back after a repair, but to a lower baseline', () => {
    let { state } = play(maya, patient.slice(0, 9));
    const before = state.snapshot.context.baseline;
    const rupture = traineeTurn(maya, state, 'Sounds like PTSD to me, you should see a psychiatrist.');
    expect(rupture.reply.state).toBe('withdrawn');
    state = rupture.state;
    const repair = traineeTurn(maya, state, "I'm sorry, that was clumsy of me. Take all the time you need.");
    expect(repair.reply.state).not.toBe('withdrawn');
    expect(repair.reply.state).not.toBe('ended');
    expect(repair.state.snapshot.context.baseline).toBeLessThan(before);
  });

  it('gains less from five closed questions in a row than from five reflections', () => {
    const closed = [
      'Is that right?',
      'Do you have family nearby?',
      'Are you okay?',
      'Is it hard?',
      'Have you been here before?',
    ];
    const reflections = [
      "It sounds like you're exhausted.",
      'You feel far away from everything.',
      'That sounds really lonely.',
      "It sounds like you're carrying a lot on your own.",
      'You feel on edge a lot of the time.',
    ];
    const trustAfter = (lines: string[]) => sessionView(play(maya, lines).state).meters.trust;
    expect(trustAfter(closed)).toBeLessThan(trustAfter(reflections));
  });
});

describe('options offered with permission', () => {
  const lee = loadPersonaFile('personas/lee.yaml').persona!;
  // Lee resists advice; the same menu costs trust unasked and none when he is asked first.
  const trustAfter = (line: string) => {
    const { state } = openSession(lee, 4);
    const warm = traineeTurn(
      lee,
      state,
      'Thanks for coming in today. Whatever you share stays between us, within the limits I mentioned.',
    );
    const out = traineeTurn(lee, warm.state, line);
    return { after: out.reply, changes: out.reply.feedback?.changes ?? [] };
  };

  it('costs no trust, where the same menu unasked is a roadblock', () => {
    const asked = trustAfter(
      'Would it be okay if I shared what has helped other people? Some people find a walk helps, others prefer ringing a friend.',
    );
    const unasked = trustAfter('Some people find a walk helps, others prefer ringing a friend.');
    expect(asked.changes.some((c) => c.rule.startsWith('loss.'))).toBe(false);
    expect(unasked.changes.some((c) => c.rule === 'loss.advice')).toBe(true);
    expect(asked.after.meters.trust).toBeGreaterThan(unasked.after.meters.trust);
  });
});
