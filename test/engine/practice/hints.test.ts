import { describe, expect, it } from 'vitest';
import { hintsFor, nameCue, sayBack } from '../../../engine/practice/hints.js';
import { openSession, traineeTurn, type EngineState } from '../../../engine/simulation/engineSession.js';
import { loadPersonaFile } from '../../../server/personas/loadPersonas.js';
import { makePersona } from '../simulation/helpers.js';

const maya = loadPersonaFile('personas/maya.yaml').persona!;

/** A state with the client's last line and cue set as if just said. */
function withLast(state: EngineState, patch: Partial<EngineState['snapshot']['context']>): EngineState {
  return { ...state, snapshot: { ...state.snapshot, context: { ...state.snapshot.context, ...patch } } };
}

describe('saying the client’s words back', () => {
  it('turns the client’s first person into the second', () => {
    expect(sayBack('Mostly I just feel on edge.')).toBe('mostly you just feel on edge');
    expect(sayBack("I'm tired of being strong for everyone.")).toBe(
      'you’re tired of being strong for everyone',
    );
    expect(sayBack('My mum rings every Sunday.')).toBe('your mum rings every Sunday');
    expect(sayBack('It was raining and I was driving.')).toBe('it was raining and you were driving');
  });

  it('names a cue to the client’s face', () => {
    expect(nameCue('twists the ring on her finger')).toBe('you twist the ring on your finger');
    expect(nameCue('her voice catches')).toBe('your voice catches');
    expect(nameCue('glances at the door')).toBe('you glance at the door');
    expect(nameCue('catches his breath')).toBe('you catch your breath');
    expect(nameCue('arms folded, coat still on')).toBe('your arms folded');
  });
});

describe('hints', () => {
  const start = openSession(maya, 1).state;

  it('suggests noticing a cue just shown, in the client’s gesture', () => {
    const hints = hintsFor(
      maya,
      withLast(start, { lastCue: 'twists the ring on her finger', lastLine: 'I suppose.' }),
    );
    expect(hints).toContainEqual(
      expect.objectContaining({
        move: 'noticing_nonverbal',
        text: 'I notice you twist the ring on your finger. What’s happening for you right now?',
      }),
    );
  });

  it('suggests reflecting a feeling just voiced, in the client’s own words', () => {
    const hints = hintsFor(
      maya,
      withLast(start, {
        lastCue: null,
        lastLine: 'Mostly I just feel on edge. Like I’m waiting for something.',
      }),
    );
    expect(hints[0]).toMatchObject({
      move: 'complex_reflection',
      text: 'It sounds like mostly you just feel on edge.',
    });
    expect(hints[0]?.why).toContain('on edge');
  });

  it('suggests respecting a deflection, and safety first for a refused subject', () => {
    const { state } = traineeTurn(maya, start, 'Could you tell me about the crash?');
    const hints = hintsFor(maya, state);
    expect(hints[0]?.move).toBe('giving_space');
    expect(hints.map((h) => h.move)).toContain('confidentiality');
  });

  it('suggests a reflection after several questions in a row', () => {
    let state = start;
    for (const q of ['How are you?', 'Do you work?', 'Where do you live?'])
      state = traineeTurn(maya, state, q).state;
    const hints = hintsFor(
      maya,
      withLast(state, { lastCue: null, lastLine: 'I go to work, I come home. That is about it.' }),
    );
    expect(hints).toContainEqual(
      expect.objectContaining({ move: 'simple_reflection', text: 'So you go to work, you come home.' }),
    );
  });

  it('suggests owning the misstep when the client has withdrawn', () => {
    const { state } = traineeTurn(maya, start, 'You need to get over it. At least nobody died.');
    expect(hintsFor(maya, state)[0]?.move).toBe('giving_space');
    expect(hintsFor(maya, state)[0]?.text).toMatch(/^I’m sorry/);
  });

  it('gives one to three hints, one per move, never quoting what the client has not said', () => {
    const persona = makePersona();
    for (const seed of [1, 2, 3]) {
      const hints = hintsFor(persona, openSession(persona, seed).state);
      expect(hints.length).toBeGreaterThanOrEqual(1);
      expect(hints.length).toBeLessThanOrEqual(3);
      expect(new Set(hints.map((h) => h.move)).size).toBe(hints.length);
      expect(JSON.stringify(hints)).not.toContain('SECRET');
    }
  });
});
