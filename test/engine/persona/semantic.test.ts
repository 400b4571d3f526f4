import { describe, expect, it } from 'vitest';
import { checkPersona } from '../../../engine/persona/semantic.js';
import type { PersonaInput } from '../../../engine/persona/schema.js';
import { makePersona } from '../simulation/helpers.js';

const disclosure = (id: string, requires: string[] = []) => ({
  id,
  title: id,
  topics: [`${id} topic`],
  text: id,
  requires,
});
// Errors only: the listening fields' warnings (uncovered subjects, no risk section) have their own tests.
const check = (patch: Partial<PersonaInput>) =>
  checkPersona(makePersona(patch)).filter((issue) => issue.level !== 'warning');

describe('persona semantic checks', () => {
  it('finds nothing wrong with a sound persona', () => {
    expect(check({})).toEqual([]);
  });

  it('reports a topic made only of small and generic words, which could never match', () => {
    const issues = check({
      disclosures: [
        { id: 'calls', title: 'Calls', topics: ['phone', 'talk to her', 'happened'], text: 'Calls.' },
      ],
    });
    expect(issues).toEqual([
      { path: ['disclosures', 0, 'topics', 1], message: expect.stringContaining("'talk to her'") },
      { path: ['disclosures', 0, 'topics', 2], message: expect.stringContaining("'happened'") },
    ]);
  });

  it('says which words of a topic are small or generic, and what a word is heard as', () => {
    // A newcomer's mistakes: 'cans' (the subject itself) is heard as 'can', a word any question uses.
    const issues = check({
      disclosures: [
        { id: 'garage', title: 'Garage', topics: ['garage', 'cans', 'in the day'], text: 'Cans.' },
      ],
    });
    expect(issues.map((i) => i.message)).toEqual([
      "'cans' never matches: 'cans' (heard as 'can') is a small or generic word, which any open question uses (like 'talk', 'today', 'feel', 'happened'); add a word that names this subject, or use another word for it",
      "'in the day' never matches: 'in', 'the' and 'day' are all small or generic words, which any open question uses (like 'talk', 'today', 'feel', 'happened'); add a word that names this subject, or use another word for it",
    ]);
  });

  it('reports a prerequisite that names no disclosure', () => {
    const issues = check({ disclosures: [disclosure('a', ['ghost'])] });
    expect(issues).toEqual([
      { path: ['disclosures', 0, 'requires', 0], message: expect.stringContaining("'ghost'") },
    ]);
  });

  it('reports prerequisites that go round in a circle', () => {
    const issues = check({
      disclosures: [disclosure('a', ['c']), disclosure('b', ['a']), disclosure('c', ['b'])],
    });
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/circle: a → c → b → a/)]);
  });

  it('reports a disclosure that requires itself', () => {
    expect(check({ disclosures: [disclosure('a', ['a'])] }).map((i) => i.message)).toContain(
      'cannot require itself',
    );
  });

  it('reports two disclosures with the same id', () => {
    const issues = check({ disclosures: [disclosure('a'), disclosure('a')] });
    expect(issues[0]?.path).toEqual(['disclosures', 1, 'id']);
  });

  it('reports phase thresholds out of order', () => {
    const issues = check({ dynamics: { thresholds: { tentative: 50, open: 40, disclosing: 60 } } });
    expect(issues[0]?.path).toEqual(['dynamics', 'thresholds']);
  });

  it('reports a walk-out floor above the withdrawal floor', () => {
    const issues = check({ dynamics: { withdrawBelow: 5, walkOutBelow: 8 } });
    expect(issues.map((i) => i.path.join('.'))).toContain('dynamics.walkOutBelow');
  });

  it('reports a start so low the client would walk out at once', () => {
    const issues = check({ start: { trust: 3, openness: 0 } });
    expect(issues.map((i) => i.path.join('.'))).toContain('start.trust');
  });
});
