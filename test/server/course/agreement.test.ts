import { describe, expect, it } from 'vitest';
import { agreementOf, cohensKappa } from '../../../server/course/agreement.js';

describe("Cohen's kappa", () => {
  it('matches a worked example: 50 decisions, 35 agreed, kappa 0.4', () => {
    // Two raters, yes/no: both yes 20, only the first 5, only the second 10, both no 15.
    const k = cohensKappa({ both: 20, educatorOnly: 5, scorerOnly: 10, neither: 15 });
    expect(k.observed).toBe(0.7);
    expect(k.kappa).toBeCloseTo(0.4, 12);
  });

  it('is 1 for full agreement, 0 for agreement no better than chance, negative for worse', () => {
    expect(cohensKappa({ both: 3, educatorOnly: 0, scorerOnly: 0, neither: 7 }).kappa).toBe(1);
    expect(cohensKappa({ both: 1, educatorOnly: 1, scorerOnly: 1, neither: 1 }).kappa).toBe(0);
    expect(cohensKappa({ both: 0, educatorOnly: 5, scorerOnly: 5, neither: 0 }).kappa).toBe(-1);
  });

  it('is undefined when both always gave the same single answer, and with nothing counted', () => {
    expect(cohensKappa({ both: 0, educatorOnly: 0, scorerOnly: 0, neither: 9 })).toMatchObject({
      observed: 1,
      kappa: null,
    });
    expect(cohensKappa({ both: 0, educatorOnly: 0, scorerOnly: 0, neither: 0 }).kappa).toBeNull();
  });
});

describe('agreement between educator labels and the scorer', () => {
  it('counts each labelled turn once per move, and pools every decision overall', () => {
    const report = agreementOf([
      { sessionId: 's1', labels: ['empathy', 'open_question'], scorer: ['open_question'] },
      { sessionId: 's1', labels: [], scorer: ['advice'] },
      { sessionId: 's2', labels: ['empathy'], scorer: ['empathy'] },
    ]);
    expect([report.turns, report.sessions]).toEqual([3, 2]);
    expect(report.moves).toHaveLength(24);
    expect(report.moves.find((m) => m.move === 'empathy')).toMatchObject({
      both: 1,
      educatorOnly: 1,
      scorerOnly: 0,
      neither: 1,
    });
    expect(report.moves.find((m) => m.move === 'advice')).toMatchObject({
      scorerOnly: 1,
      neither: 2,
      kappa: 0,
    });
    // 3 turns × 24 moves = 72 decisions: 2 agreed yes, 1 + 1 disagreed, the rest agreed no.
    expect(report.overall).toMatchObject({ both: 2, educatorOnly: 1, scorerOnly: 1, neither: 68 });
    expect(report.overall.kappa).toBeCloseTo(
      (72 * 70 - (3 * 3 + 69 * 69)) / (72 * 72 - (3 * 3 + 69 * 69)),
      12,
    );
  });
});
