import { describe, expect, it } from 'vitest';
import { isMove } from '../../../contract/moves.js';
import { RULE_CARDS, explain } from '../../../engine/analysis/analyse.js';
import type { Example } from '../../../engine/analysis/phrases.js';

const asInput = (e: Example) => (typeof e === 'string' ? { text: e } : e);
const label = (e: Example) => {
  const x = asInput(e);
  return x.previous !== undefined ? `"${x.text}" (after "${x.previous}")` : `"${x.text}"`;
};
const firedBy = (e: Example) => {
  const { text, ...context } = asInput(e);
  return new Set(explain(text, context).findings.map((f) => f.rule));
};

describe('every rule', () => {
  it('has a unique id, a known move, and at least one example and one counter-example', () => {
    const ids = RULE_CARDS.map((r) => r.id);
    expect(new Set(ids).size, 'duplicate rule ids').toBe(ids.length);
    for (const rule of RULE_CARDS) {
      expect(isMove(rule.move), rule.id).toBe(true);
      expect(rule.examples.length, `${rule.id} examples`).toBeGreaterThan(0);
      expect(rule.counterExamples.length, `${rule.id} counter-examples`).toBeGreaterThan(0);
    }
  });

  it('fires on each of its examples and on none of its counter-examples', () => {
    const wrong: string[] = [];
    for (const rule of RULE_CARDS) {
      for (const e of rule.examples)
        if (!firedBy(e).has(rule.id)) wrong.push(`${rule.id} should fire on ${label(e)}`);
      for (const e of rule.counterExamples)
        if (firedBy(e).has(rule.id)) wrong.push(`${rule.id} should not fire on ${label(e)}`);
    }
    expect(wrong).toEqual([]);
  });
});
