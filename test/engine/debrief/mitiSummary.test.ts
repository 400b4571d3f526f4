import { describe, expect, it } from 'vitest';
import { mitiSummary } from '../../../engine/debrief/buildDebrief.js';

describe('mitiSummary', () => {
  it('places two reflections per question in the good band', () => {
    const s = mitiSummary({ simple_reflection: 2, complex_reflection: 2, open_question: 2 });
    expect(s.reflectionToQuestion).toBe(2);
    expect(s.bands.reflectionToQuestion).toBe('good');
  });

  it('places one reflection per question in the fair band', () => {
    const s = mitiSummary({ simple_reflection: 3, open_question: 2, closed_question: 1 });
    expect(s.reflectionToQuestion).toBe(1);
    expect(s.bands.reflectionToQuestion).toBe('fair');
  });

  it('places fewer reflections than questions below fair', () => {
    expect(mitiSummary({ simple_reflection: 1, closed_question: 2 }).bands.reflectionToQuestion).toBe(
      'below',
    );
  });

  it('counts reflections with no questions at the good end of R:Q', () => {
    const s = mitiSummary({ complex_reflection: 1 });
    expect(s.reflectionToQuestion).toBeNull();
    expect(s.bands.reflectionToQuestion).toBe('good');
  });

  it('gives no R:Q band without reflections or questions', () => {
    const s = mitiSummary({ empathy: 2 });
    expect(s.bands.reflectionToQuestion).toBeNull();
    expect(s.percentOpen).toBeNull();
    expect(s.percentComplex).toBeNull();
  });

  it('bands the share of open questions at 50 and 70 per cent', () => {
    expect(mitiSummary({ open_question: 7, closed_question: 3 }).bands.percentOpen).toBe('good');
    expect(mitiSummary({ open_question: 1, closed_question: 1 }).bands.percentOpen).toBe('fair');
    expect(mitiSummary({ open_question: 1, closed_question: 2 }).bands.percentOpen).toBe('below');
  });

  it('bands the share of complex reflections at 40 and 50 per cent', () => {
    expect(mitiSummary({ complex_reflection: 1, simple_reflection: 1 }).bands.percentComplex).toBe('good');
    expect(mitiSummary({ complex_reflection: 2, simple_reflection: 3 }).bands.percentComplex).toBe('fair');
    expect(mitiSummary({ complex_reflection: 1, simple_reflection: 3 }).bands.percentComplex).toBe('below');
  });

  it('rounds the percentages to whole numbers', () => {
    expect(mitiSummary({ open_question: 2, closed_question: 1 }).percentOpen).toBe(67);
  });

  it('counts every roadblock and calls only none good', () => {
    expect(mitiSummary({ advice: 2, probing: 1, empathy: 3 }).roadblocks).toBe(3);
    expect(mitiSummary({ advice: 1 }).bands.roadblocks).toBe('below');
    expect(mitiSummary({ empathy: 1 }).bands.roadblocks).toBe('good');
  });
});
