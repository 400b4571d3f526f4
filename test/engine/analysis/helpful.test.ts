import { describe, expect, it } from 'vitest';
import { analyse } from '../../../engine/analysis/analyse.js';

const moves = (text: string) => analyse(text).moves;

describe('helpful moves by phrase', () => {
  it('finds validation, affirmation and giving space', () => {
    expect(moves('It makes sense that you would feel that way.')).toContain('validation');
    expect(moves('It took a lot of courage to come here today.')).toEqual(['affirmation']);
    expect(moves('We can leave that for now and come back to it whenever you are ready.')).toEqual([
      'giving_space',
    ]);
  });

  it('finds confidentiality with its limits', () => {
    const a = analyse('Everything we talk about is confidential, unless someone is at risk of serious harm.');
    expect(a.moves).toEqual(['confidentiality']);
  });

  it('finds cultural curiosity in a respectful question about faith', () => {
    expect(moves('How does your faith fit into how you are making sense of this?')).toEqual(
      expect.arrayContaining(['cultural_curiosity', 'open_question']),
    );
  });

  it('finds information about services and evidence', () => {
    expect(moves('Research shows that talking therapies can help with low mood.')).toEqual(['information']);
    expect(moves('The helpline is open twenty four hours a day.')).toEqual(['information']);
  });

  it('finds information about consequences and about what can be arranged', () => {
    expect(moves('If you stop suddenly, the withdrawal will be harder.')).toContain('information');
    expect(moves('We can certainly arrange a referral to the clinic.')).toContain('information');
    expect(moves("If you're worried that you'll lose your friends, that makes sense.")).not.toContain(
      'information',
    );
  });

  it('finds nothing in a backchannel', () => {
    for (const t of ['Mm-hmm.', 'Yeah.', 'Okay.', '']) expect(moves(t), t).toEqual([]);
  });
});
