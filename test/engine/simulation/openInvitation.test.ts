import { describe, expect, it } from 'vitest';
import { openSession, traineeTurn } from '../../../engine/simulation/engineSession.js';
import type { Persona } from '../../../engine/persona/schema.js';
import { loadPersonaDir } from '../../../server/personas/loadPersonas.js';

// Invitations that leave the subject to the client, run through the real scorer.
const { personas } = loadPersonaDir('personas');
const maya = personas.get('maya')!;
const lee = personas.get('lee')!;

const invitations = [
  'What would you like to talk about today?',
  "What's on your mind?",
  'Where would you like to start?',
  'How are you feeling today?',
  'What would be helpful to talk about?',
  'Is there anything you want to tell me about how things have been?',
  'What brings you here today?',
  "What's been happening for you?",
  "Can you tell me a bit about what's been going on?",
  'What would you like to get out of today?',
];

/** The first trainee turn of a fresh session. */
function firstTurn(persona: Persona, text: string) {
  return traineeTurn(persona, openSession(persona, 1).state, text).reply;
}

describe('an open invitation that names no topic', () => {
  for (const persona of personas.values()) {
    for (const text of invitations) {
      it(`costs ${persona.name} nothing and is not deflected: "${text}"`, () => {
        const reply = firstTurn(persona, text);
        const rules = (reply.feedback?.changes ?? []).map((c) => c.rule);
        expect(rules).not.toContain('loss.not-ready');
        expect(persona.deflections).not.toContain(reply.text);
        expect(reply.state).not.toBe('withdrawn');
      });
    }
  }

  it('still costs Maya trust when the question names the crash', () => {
    const reply = firstTurn(maya, 'What happened in the crash?');
    expect((reply.feedback?.changes ?? []).map((c) => c.rule)).toContain('loss.not-ready');
  });
});

describe('a question on another topic', () => {
  it('gets an answer, not a volunteered disclosure: Lee asked about drinking keeps his job to himself', () => {
    const { state } = openSession(lee, 1);
    // Ready for his first disclosure (trust and openness over its minimums), not yet said.
    state.snapshot.context.trust = 26;
    state.snapshot.context.openness = 22;
    state.snapshot.context.baseline = 26;
    const { reply } = traineeTurn(lee, state, 'How much do you drink a week?');
    expect(reply.disclosure).toBeUndefined();
  });

  it('still lets Lee volunteer it after a reflection', () => {
    const { state } = openSession(lee, 1);
    state.snapshot.context.trust = 26;
    state.snapshot.context.openness = 22;
    state.snapshot.context.baseline = 26;
    const { reply } = traineeTurn(lee, state, 'It sounds like being here is the last thing you want.');
    expect(reply.disclosure?.id).toBe('lost-the-job');
  });
});
