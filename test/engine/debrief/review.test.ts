import { describe, expect, it } from 'vitest';
import { reviewListening, reviewRisk } from '../../../engine/debrief/review.js';
import { change, turns } from './fixtures.js';

describe('the risk review', () => {
  it('says risk was not explored, with an example of how to ask', () => {
    const review = reviewRisk(turns({ trust: 20 }, { trust: 22 }));
    expect(review.explored).toBe(false);
    expect(review.note).toMatch(/^Risk was not explored\. .*Has that crossed your mind\?”$/);
  });

  it('says when and how risk was asked, and whether with care', () => {
    const t = turns(
      { trust: 20 },
      {
        trust: 24,
        said: 'That sounds so hard. Are you thinking of suicide?',
        moves: ['empathy', 'risk_question'],
      },
    );
    t[1]!.analysis.details = t[1]!.analysis.details.map((d) =>
      d.move === 'risk_question' ? { ...d, rule: 'risk.direct' } : d,
    );
    const review = reviewRisk(t);
    expect(review.explored).toBe(true);
    expect(review.asked).toEqual([
      {
        turn: 2,
        said: 'That sounds so hard. Are you thinking of suicide?',
        manner: 'direct',
        withCare: true,
      },
    ]);
    expect(review.note).toBe(
      'You asked about risk at turn 2, directly, naming suicide, with care, alongside acknowledging how things are for the client.',
    );
  });

  it('suggests acknowledging first when the question came bare', () => {
    const t = turns({ trust: 24, moves: ['risk_question', 'closed_question'] });
    t[0]!.analysis.details = t[0]!.analysis.details.map((d) =>
      d.move === 'risk_question' ? { ...d, rule: 'risk.others' } : d,
    );
    expect(reviewRisk(t).note).toMatch(
      /^You asked about risk at turn 1, about harming someone else, without acknowledging/,
    );
  });
});

describe('the listening review', () => {
  it('counts the turns the client corrected or heard again', () => {
    const misread = { ...change('trust', 0, 'misread'), rule: 'cap.misread' };
    const fact = { ...change('trust', -2, 'fact'), rule: 'loss.wrong-fact' };
    const again = { ...change('trust', 0, 'again'), rule: 'cap.repeated-again' };
    const review = reviewListening(
      turns(
        { trust: 20, changes: [misread] },
        { trust: 18, changes: [fact, misread] },
        { trust: 18, changes: [again] },
      ),
    );
    expect(review).toEqual({ misread: 2, wrongFacts: 1, repeated: 1 });
  });
});
