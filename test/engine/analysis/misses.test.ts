import { describe, expect, it } from 'vitest';
import { analyse } from '../../../engine/analysis/analyse.js';

const moves = (text: string, previous?: string) =>
  analyse(text, previous !== undefined ? { previous } : {}).moves;

describe('misses found in use: roadblocks', () => {
  it('finds minimising in platitudes that have no "at least"', () => {
    for (const t of [
      "He's in a better place now.",
      'He had a good innings.',
      'Everything happens for a reason.',
    ])
      expect(moves(t, 'My grandad died on Sunday.'), t).toEqual(['minimising']);
  });

  it('does not count a platitude the client was told by others', () => {
    expect(moves("People keep telling you he's in a better place.")).not.toContain('minimising');
  });

  it('finds judgement of a behaviour, whoever is named', () => {
    expect(moves('Drink-driving is really irresponsible.')).toEqual(['judgement']);
    expect(moves('That was a stupid thing to do.')).toEqual(['judgement']);
    expect(moves('You feel what you did was stupid.')).not.toContain('judgement');
  });

  it('reads "have you tried X?" as advice (it asks nothing), and "what have you tried?" as exploring', () => {
    expect(moves('Have you tried exercise?')).toEqual(['advice']);
    expect(moves('What have you tried for this before?')).toEqual(['open_question']);
    expect(moves('You could try writing it down.')).toEqual(['advice']);
  });

  it('reads a promise of secrecy as a boundary breach, not confidentiality', () => {
    expect(moves("I won't tell anyone, I promise.")).toEqual(['boundary_breach']);
  });

  it('does not read "I love your lanyard" or "you\'re pretty sure" as over-familiar', () => {
    expect(moves('I love your lanyard.')).not.toContain('boundary_breach');
    expect(moves("You're pretty sure you want to stop.")).not.toContain('boundary_breach');
    expect(moves('I love you.')).toContain('boundary_breach');
  });

  it('reads "as if" in a reflection as an image, not a sneer', () => {
    const m = moves('You feel numb. As if life is happening behind glass.', 'I feel nothing. I just watch.');
    expect(m).not.toContain('hostility');
    expect(m).toContain('complex_reflection');
    expect(moves('As if!')).toContain('hostility');
  });
});

describe('misses found in use: helpful moves', () => {
  it('finds confidentiality explained honestly without the word "confidential"', () => {
    expect(
      moves("What you say here stays between us, unless I'm worried you or someone else is at risk."),
    ).toEqual(['confidentiality']);
    expect(moves('I have to tell your employer whether you attended, but not what we talk about.')).toEqual([
      'confidentiality',
    ]);
  });

  it('credits a kind boundary as giving space, not a breach', () => {
    expect(moves("I can't be your friend outside these sessions, but I am here for you in them.")).toEqual([
      'giving_space',
    ]);
  });

  it('credits an apology for a misstep as repair (giving space)', () => {
    expect(moves("I'm sorry, I pushed too hard there.")).toEqual(['giving_space']);
    expect(moves('I apologise, that came out wrong.')).toEqual(['giving_space']);
    expect(moves("I'm sorry to hear about your dad.")).toEqual(['empathy']);
  });

  it('finds a summary that lists what the client said without announcing it', () => {
    const m = moves(
      "Let me check I've got this: the landlord wants you out, your hours were cut, and your mum is ill.",
      "And on top of that my mum's not well.",
    );
    expect(m).toContain('summary');
    expect(moves("You've told me about the debts, the arguments with Jo and the drinking.")).toContain(
      'summary',
    );
  });

  it('asks an open question, never probing, with "what\'s on your mind?"', () => {
    expect(moves("What's on your mind?")).toEqual(['open_question']);
    expect(moves('What would you like to talk about today?')).toEqual(['open_question']);
  });
});

describe('misses found in use: reflections and empathy', () => {
  it('gives no reflection or empathy credit to a label', () => {
    expect(moves('Sounds like you have anger issues.', 'I snapped at him again.')).toEqual(['labelling']);
    expect(moves('Sounds like PTSD to me.', 'I keep having nightmares.')).toEqual(['labelling']);
  });

  it('does not credit empathy for a situation word in advice ("under pressure")', () => {
    expect(
      moves("You're under a lot of pressure at work, so you should take a break.", 'Work is mad.'),
    ).toEqual(['advice']);
  });

  it('gives no reflection credit to minimising', () => {
    expect(moves('At least nobody died. Cheer up.', 'I crashed the car and I keep shaking.')).toEqual([
      'minimising',
    ]);
  });

  it('reads a plain "X sounds exhausting" as a complex reflection with empathy', () => {
    const m = moves(
      'Lying awake every night sounds exhausting and frightening.',
      "I'm lying awake every night.",
    );
    expect(m).toEqual(expect.arrayContaining(['complex_reflection', 'empathy']));
    expect(m).not.toContain('simple_reflection');
  });

  it('lets a check-in tacked onto a statement stay a reflection', () => {
    expect(moves("You've cut down to five a day. Yeah?", "I've cut down to five a day now.")).toEqual([
      'simple_reflection',
    ]);
  });
});
