import { describe, expect, it } from 'vitest';
import type { MoveDetail } from '../../contract/analysis.js';
import { analyse } from '../../engine/analysis/analyse.js';
import { evidenceRanges } from '../../client/coaching.js';

const marked = (text: string, moves: readonly MoveDetail[]) =>
  evidenceRanges(text, moves).map(([a, b]) => text.slice(a, b));

describe("marking the evidence in the trainee's words", () => {
  it('finds evidence that spans a typed line break, as the scorer reads it', () => {
    const text = 'Take your\ntime. That sounds\n  really hard.';
    const { details } = analyse(text, { previous: 'It has been a hard year.' });
    expect(details.flatMap((d) => d.evidence)).toContain('take your time');
    expect(marked(text, details)).toEqual(['Take your\ntime', 'That sounds\n  really hard']);
  });

  it('finds evidence typed with curly apostrophes, case and spacing aside', () => {
    const text = 'I  can  HEAR how much you’re hurting.';
    const details = [
      {
        move: 'empathy',
        strength: 0.8,
        evidence: ["i can hear how much you're hurting"],
        rule: 'x',
        reason: 'y',
      },
    ] as MoveDetail[];
    expect(marked(text, details)).toEqual(['I  can  HEAR how much you’re hurting']);
  });

  it('merges overlapping evidence and ignores evidence not in the text', () => {
    const text = 'Take your time, there is no rush.';
    const details = [
      {
        move: 'giving_space',
        strength: 0.8,
        evidence: ['take your time', 'your time, there'],
        rule: 'a',
        reason: 'b',
      },
      {
        move: 'validation',
        strength: 0.5,
        evidence: ['not here at all', '', 'no rush'],
        rule: 'c',
        reason: 'd',
      },
    ] as MoveDetail[];
    expect(evidenceRanges(text, details)).toEqual([
      [0, 21],
      [25, 32],
    ]);
  });

  it('treats regular-expression characters in evidence as plain text', () => {
    const text = 'So (just to check) you are going?';
    const details = [
      { move: 'closed_question', strength: 1, evidence: ['(just to check)'], rule: 'a', reason: 'b' },
    ] as MoveDetail[];
    expect(marked(text, details)).toEqual(['(just to check)']);
  });
});
