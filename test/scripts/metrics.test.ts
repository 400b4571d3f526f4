import { describe, expect, it } from 'vitest';
import { binary, halves } from '../../scripts/eval/metrics.js';

describe('binary scores', () => {
  it('computes precision, recall and F1 from gold and predicted pairs', () => {
    const b = binary([
      [true, true],
      [true, false],
      [false, true],
      [false, false],
      [true, true],
    ]);
    expect(b.precision).toBeCloseTo(2 / 3, 12);
    expect(b.recall).toBeCloseTo(2 / 3, 12);
    expect(b.f1).toBeCloseTo(2 / 3, 12);
    expect(b.support).toBe(3);
  });

  it('scores zero, not NaN, when nothing is predicted or present', () => {
    expect(binary([[false, false]])).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
  });
});

describe('the two halves', () => {
  it('deals conversations in id order to the half with fewer turns so far', () => {
    // Conversation 1 has four turns, 2 and 3 one each, 10 two.
    const ids = ['1', '1', '1', '1', '2', '3', '10', '10'];
    expect(Object.fromEntries(halves(ids))).toEqual({
      '1': 'tune',
      '2': 'check',
      '3': 'check',
      '10': 'check',
    });
  });

  it('puts every turn of a conversation in the same half', () => {
    const ids = Array.from({ length: 200 }, (_, i) => String(i % 37));
    const half = halves(ids);
    expect(half.size).toBe(37);
    const sizes = { tune: 0, check: 0 };
    for (const id of ids) sizes[half.get(id)!]++;
    expect(Math.abs(sizes.tune - sizes.check)).toBeLessThanOrEqual(6);
  });
});
