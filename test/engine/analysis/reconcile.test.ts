import { describe, expect, it } from 'vitest';
import { analyse, explain } from '../../../engine/analysis/analyse.js';
import { OVERRIDES, reconcile } from '../../../engine/analysis/reconcile.js';

describe('the overrides in reconcile', () => {
  it('each have a unique name and a reason', () => {
    const names = OVERRIDES.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    for (const o of OVERRIDES) expect(o.why.length, o.name).toBeGreaterThan(20);
  });

  for (const o of OVERRIDES) {
    it(`${o.name}: changes its example, which then gets the moves it names`, () => {
      const { text, previous } = o.example;
      const context = previous !== undefined ? { previous } : {};
      const { findings, prepared, client } = explain(text, context);
      const applied: string[] = [];
      reconcile(findings, { prepared, client }, applied);
      expect(applied, `"${text}"`).toContain(o.name);
      expect([...analyse(text, context).moves].sort(), `"${text}"`).toEqual([...o.example.moves].sort());
    });
  }
});
