import { describe, expect, it } from 'vitest';
import { analyse } from '../../../engine/analysis/analyse.js';

describe('empathy and noticing', () => {
  it('credits "I can hear the pain in your voice" as empathy and noticing a non-verbal cue', () => {
    expect(analyse('I can hear the pain in your voice.').moves).toEqual(
      expect.arrayContaining(['empathy', 'noticing_nonverbal']),
    );
  });

  it('credits "Your anger is palpable today"', () => {
    expect(analyse('Your anger is palpable today.').moves).toEqual(
      expect.arrayContaining(['empathy', 'noticing_nonverbal']),
    );
  });

  it('responds to a feeling without naming it ("that sounds really hard")', () => {
    const a = analyse('That sounds really hard.');
    expect(a.moves).toEqual(['empathy']);
    expect(a.details[0]?.rule).toBe('empathy.responds-to-feeling');
  });

  it('does not credit the speaker’s own feelings as empathy', () => {
    expect(analyse('I was worried about the traffic this morning.').moves).not.toContain('empathy');
  });

  it('gives more credit for naming the feeling the client expressed', () => {
    const echoed = analyse('You seem really angry.', { previous: 'I am so angry with him.' });
    const fresh = analyse('You seem really angry.');
    const s = (a: typeof echoed) => a.details.find((d) => d.move === 'empathy')?.strength ?? 0;
    expect(s(echoed)).toBeGreaterThan(s(fresh));
  });

  it('credits naming the client’s cue', () => {
    const a = analyse("You're twisting your ring again.", { cue: '*twists her ring*' });
    expect(a.moves).toContain('noticing_nonverbal');
    expect(a.details.find((d) => d.move === 'noticing_nonverbal')?.evidence).toEqual(
      expect.arrayContaining(['ring']),
    );
  });
});
