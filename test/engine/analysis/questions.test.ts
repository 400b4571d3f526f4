import { describe, expect, it } from 'vitest';
import { analyse } from '../../../engine/analysis/analyse.js';

const moves = (text: string) => analyse(text).moves;

describe('question form', () => {
  it('reads wh-, how and "tell me" openings as open questions', () => {
    for (const t of [
      'What brings you here today?',
      'How did that feel?',
      'Tell me more about your sister.',
      'Could you describe a typical day?',
    ])
      expect(moves(t), t).toContain('open_question');
  });

  it('reads an inverted auxiliary as a closed question', () => {
    for (const t of ['Do you live alone?', 'Have you told anyone?', 'Is she still in hospital?'])
      expect(moves(t), t).toEqual(['closed_question']);
  });

  it('reads a statement said with a question mark, and a tag question, as closed', () => {
    expect(moves('You moved here last year?')).toContain('closed_question');
    expect(moves('That was in March, right?')).toContain('closed_question');
  });

  it('finds an open question typed without a question mark', () => {
    expect(moves('how are you doing this week')).toContain('open_question');
  });

  it('does not read a pseudo-cleft statement as a question', () => {
    expect(moves('What I mean is that it takes time.')).not.toContain('open_question');
  });

  it('treats stacked questions and "why" interrogation as probing', () => {
    expect(moves('Why did you do that?')).toEqual(expect.arrayContaining(['probing', 'open_question']));
    expect(moves('Are you sleeping? Are you eating? Are you taking your tablets?')).toContain('probing');
  });

  it('does not read "Why don\'t you take your time?" as a question, advice or probing', () => {
    expect(moves("Why don't you take your time?")).toEqual(['giving_space']);
  });
});
