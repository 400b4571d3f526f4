import { describe, expect, it } from 'vitest';
import { analyse } from '../../../engine/analysis/analyse.js';

const moves = (text: string) => analyse(text).moves;

describe('roadblocks', () => {
  it('finds advice without permission', () => {
    for (const t of [
      'You should leave him.',
      'If I were you, I would quit.',
      'Try to get to bed by ten.',
      'You could try meditation.',
    ])
      expect(moves(t), t).toContain('advice');
  });

  it('turns advice offered with permission into information and giving space', () => {
    const m = moves(
      'Would it be okay if I shared an idea? Some people find writing things down before bed helps.',
    );
    expect(m).not.toContain('advice');
    expect(m).toEqual(expect.arrayContaining(['information', 'giving_space']));
  });

  it('turns a menu of options offered with permission into information, and leaves an unasked menu advice', () => {
    for (const t of [
      'Would it be okay if I shared a few things that have helped other people? Some people find a walk helps, others prefer ringing a friend.',
      'There are lots of things you could try. Would you like to hear some?',
    ]) {
      const details = analyse(t).details;
      expect(
        details.map((d) => d.move),
        t,
      ).not.toContain('advice');
      expect(details.find((d) => d.move === 'information')?.rule, t).toBe(
        'information.options-with-permission',
      );
    }
    // The menu's own hedge ("some people find…") is not permission asked.
    expect(moves('Some people find a walk helps, others prefer ringing a friend.')).toEqual(['advice']);
    expect(moves('There are lots of things you could try, like walking or calling someone.')).toEqual([
      'advice',
    ]);
  });

  it('does not read "I don\'t think you should have to carry that alone" as advice or judgement', () => {
    const m = moves("I don't think you should have to carry that alone.");
    expect(m).not.toContain('advice');
    expect(m).not.toContain('judgement');
    expect(m).toContain('validation');
  });

  it('does not read "I\'m not here to judge you" as judgement', () => {
    expect(moves("I'm not here to judge you.")).toEqual(['validation']);
  });

  it('finds judgement, minimising, labelling and hostility', () => {
    expect(moves('You should have known better.')).toEqual(['judgement']);
    expect(moves('At least you still have your job.')).toEqual(['minimising']);
    expect(moves("You're clearly in denial.")).toEqual(['labelling']);
    expect(moves('Oh great, well done, genius.')).toEqual(['hostility']);
  });

  it('hears hostility in what the client is called, by AFINN tone', () => {
    const a = analyse('You are a disgrace.');
    expect(a.moves).toEqual(['hostility']);
    expect(a.details[0]?.rule).toBe('hostility.negative-tone');
    expect(moves('You are angry with him.')).not.toContain('hostility');
    expect(moves('Smoking is damaging your lungs and can kill you.')).not.toContain('hostility');
  });

  it('does not label when the label is negated', () => {
    expect(moves("You're not a failure.")).toEqual(['validation']);
  });

  it('finds dismissing culture, boundary breaches and self-focus', () => {
    expect(moves("Your culture doesn't matter here.")).toEqual(['dismissing_culture']);
    expect(moves("Here's my personal number, text me any time.")).toEqual(['boundary_breach']);
    expect(moves('Let me tell you about my own experience with drinking.')).toEqual(['self_focus']);
  });

  it('keeps a brief relevant disclosure apart from self-focus', () => {
    expect(moves('I lost my dad when I was young too.')).toEqual(['self_disclosure']);
  });
});
