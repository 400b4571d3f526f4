import { describe, expect, it } from 'vitest';
import { personaSchema } from '../../../engine/persona/schema.js';

const minimal = {
  id: 'min',
  name: 'Min',
  age: 30,
  referral: 'A short note.',
  opening: ['Hi.'],
  replies: {
    guarded: { default: ['…'] },
    tentative: { default: ['…'] },
    open: { default: ['…'] },
    disclosing: { default: ['…'] },
    withdrawn: { default: ['…'] },
  },
};

describe('persona schema', () => {
  it('accepts a minimal persona and fills in the defaults', () => {
    const persona = personaSchema.parse(minimal);
    expect(persona.pronouns).toBe('they/them');
    expect(persona.difficulty).toBe('intermediate');
    expect(persona.start).toEqual({ trust: 20, openness: 15 });
    expect(persona.dynamics.thresholds).toEqual({ tentative: 25, open: 45, disclosing: 65 });
    expect(persona.deflections.length).toBeGreaterThan(0);
    expect(persona.endings.walkout.length).toBeGreaterThan(0);
  });

  it('fills in the dynamics an educator leaves out when they set only some', () => {
    const persona = personaSchema.parse({ ...minimal, dynamics: { turnLimit: 10 } });
    expect(persona.dynamics.turnLimit).toBe(10);
    expect(persona.dynamics.trustCapPerTurn).toBe(6);
  });

  it('rejects a starting trust outside 0–100', () => {
    expect(personaSchema.safeParse({ ...minimal, start: { trust: 120 } }).success).toBe(false);
  });

  it('rejects a sensitivity for a move that does not exist', () => {
    expect(personaSchema.safeParse({ ...minimal, sensitivities: { probbing: 2 } }).success).toBe(false);
  });

  it('rejects a reply pool keyed by an unknown move', () => {
    const replies = { ...minimal.replies, open: { default: ['…'], reflecting: ['…'] } };
    expect(personaSchema.safeParse({ ...minimal, replies }).success).toBe(false);
  });

  it('rejects replies for a phase that does not exist', () => {
    const replies = { ...minimal.replies, closing: { default: ['…'] } };
    expect(personaSchema.safeParse({ ...minimal, replies }).success).toBe(false);
  });

  it('rejects a persona missing a phase’s replies', () => {
    const { withdrawn: _, ...replies } = minimal.replies;
    expect(personaSchema.safeParse({ ...minimal, replies }).success).toBe(false);
  });

  it('gives each disclosure defaults for its gates and prerequisites', () => {
    const persona = personaSchema.parse({
      ...minimal,
      disclosures: [{ id: 'a', title: 'A', topics: ['work'], text: 'Work.' }],
    });
    expect(persona.disclosures[0]).toMatchObject({
      minTrust: 0,
      minOpenness: 0,
      requires: [],
      volunteer: true,
    });
  });
});
