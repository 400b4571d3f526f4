import { describe, expect, it } from 'vitest';
import { analyse } from '../../../engine/analysis/analyse.js';

/** Rules for the way counsellors talk (seen in transcripts; every example here is our own). */
const moves = (text: string, previous?: string) =>
  analyse(text, previous !== undefined ? { previous } : {}).moves;

describe('turns of phrase that do not ask', () => {
  it('does not read "you know what I mean?" or "you know what?" as a question', () => {
    expect(moves('You know what I mean? It gets on top of you.')).not.toContain('open_question');
    expect(moves('So, you know what? I think you have a point there.')).not.toContain('open_question');
    expect(moves('Do you know what he said to her?')).toContain('closed_question');
  });
});

describe('what is not a reflection', () => {
  it('does not credit a reflection frame broken off before anything was reflected', () => {
    const previous = 'I have been doing the breathing and walking the dog every morning.';
    expect(moves('So it sounds like--', previous)).toEqual([]);
    expect(moves('So it sounds like the mornings are going better.', previous)).toEqual(
      expect.arrayContaining([expect.stringMatching(/reflection$/)]),
    );
  });

  it('reads "sounds like a good idea" as agreement, not a reflection', () => {
    const previous = 'Maybe I could ask my brother to drive me.';
    expect(moves('Yeah, that sounds like a good plan.', previous)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/reflection$/)]),
    );
    expect(moves('It sounds like you have a plan.', previous)).toEqual(
      expect.arrayContaining([expect.stringMatching(/reflection$/)]),
    );
  });

  it('does not read the counsellor announcing their own plan as a reflection', () => {
    const previous = 'Okay, that would help.';
    const said = moves("And next time, I'd like to check back with you about how your class went.", previous);
    expect(said).not.toContain('simple_reflection');
    expect(said).not.toContain('complex_reflection');
  });

  it('does not count a statement that only sets up a real question as a reflection', () => {
    const previous = 'Yeah.';
    for (const t of [
      'So the first appointment was last week. What was that like?',
      'And the doctor sent you along to see us. How did that sit with you?',
    ]) {
      const said = moves(t, previous);
      expect(said, t).toContain('open_question');
      expect(said, t).not.toContain('simple_reflection');
      expect(said, t).not.toContain('complex_reflection');
    }
  });
});

describe('roadblocks read in context', () => {
  it('reads "grow up" as hostile only when it is an order', () => {
    expect(moves('Oh, grow up.')).toContain('hostility');
    expect(moves('You need to grow up.')).toContain('hostility');
    const previous = 'I want my kids to grow up somewhere safe, with a garden.';
    const said = moves('So you want your kids to grow up somewhere safe.', previous);
    expect(said).not.toContain('hostility');
    expect(said).toEqual(expect.arrayContaining([expect.stringMatching(/reflection$/)]));
  });
});

describe('information', () => {
  it('reads what "we could" do together, after a condition or a hedge, as information', () => {
    expect(moves('If evenings are too busy, then we could look at a short walk at lunchtime.')).toContain(
      'information',
    );
    expect(moves('Maybe we can work out a few steps together next week.')).toContain('information');
    expect(moves('I wonder if we could talk about your sleep?')).not.toContain('information');
  });
});

describe('small gaps', () => {
  it('credits "Good job." as an affirmation, but not a good job to be found', () => {
    expect(moves('Good job.')).toContain('affirmation');
    expect(moves('You want to find a good job near home.', 'I need a good job near home.')).not.toContain(
      'affirmation',
    );
  });

  it('reads a platitude the client said first, echoed back, as a reflection, not minimising', () => {
    const previous = 'She had a long life, my gran, ninety-six, but I still miss her.';
    expect(moves('She had a long life.', previous)).not.toContain('minimising');
    expect(moves('Well, she had a long life.', 'My gran died on Sunday.')).toContain('minimising');
  });
});

describe('words that look like other moves', () => {
  it('reads "right, because you ..." as agreement, and sarcasm only with its usual tail', () => {
    const said = moves(
      "Right, because you're noticing it's affecting how you sleep.",
      "It's been keeping me up, I've noticed.",
    );
    expect(said).not.toContain('hostility');
    expect(moves('Right, because that always works.')).toContain('hostility');
  });

  it('reads "you\'re looking for" as a reflection of a search, not a non-verbal cue', () => {
    const previous = "I keep searching online for a gym that isn't too expensive.";
    const said = moves("So you're looking for somewhere that won't cost too much.", previous);
    expect(said).not.toContain('noticing_nonverbal');
    expect(moves("You're looking away from me a lot today.")).toContain('noticing_nonverbal');
  });

  it('does not read "it doesn\'t make sense to you" as validation', () => {
    const previous = "I don't understand why it keeps happening to me.";
    expect(moves("It doesn't make sense to you.", previous)).not.toContain('validation');
    expect(moves('That makes sense.')).toContain('validation');
  });

  it('reads "you just let it go" as the client\'s own doing, not minimising', () => {
    const said = moves(
      'You just let it go and walked away this time.',
      'I walked off this time instead of shouting.',
    );
    expect(said).not.toContain('minimising');
    expect(moves('Just let it go.')).toContain('minimising');
  });

  it('reads "your babe" as a baby, and "babe" said to the client as over-familiar', () => {
    const said = moves('You want the best for your babe.', 'I just want the best for my baby.');
    expect(said).not.toContain('boundary_breach');
    expect(moves('Thanks, babe.')).toContain('boundary_breach');
  });

  it('does not read a relative clause after "when ..." as a question', () => {
    expect(moves("When your partner's away, which you find hard, the panic gets worse.")).not.toContain(
      'closed_question',
    );
  });

  it('reads "you know." on its own as a filler, not a reflection', () => {
    const said = moves('You know. It can take a while to settle.', 'Yeah.');
    expect(said).not.toContain('simple_reflection');
    expect(said).not.toContain('complex_reflection');
  });
});

describe('transcribed speech', () => {
  it('reads through a restart that repeats a word or two ("am I- am I right")', () => {
    const previous = 'The mornings are the worst, honestly, the hardest bit of the day.';
    const said = moves('So, am I- am I right in thinking the mornings are the hardest?', previous);
    expect(said).not.toContain('closed_question');
    expect(said).toEqual(expect.arrayContaining([expect.stringMatching(/reflection$/)]));
  });
});

describe('information by announcement', () => {
  it('reads "just so you know" and "I want to reassure you that" as information, not praise', () => {
    expect(moves('Just so you know, the clinic shuts at four on Fridays.')).toContain('information');
    expect(moves('I want to reassure you that the inhaler stays in the lungs.')).toContain('information');
    expect(moves("I just want to let you know that I think you're doing really well.")).not.toContain(
      'information',
    );
  });
});
