import { describe, expect, it } from 'vitest';
import { toSummary } from '../../../engine/persona/summary.js';
import { persona } from '../simulation/helpers.js';

describe('persona summary', () => {
  it('holds exactly the public fields', () => {
    expect(toSummary(persona)).toEqual({
      id: 'test-client',
      name: 'Tess',
      age: 40,
      pronouns: 'they/them',
      referral: 'A test client.',
      difficulty: 'intermediate',
      tags: [],
      contentNotes: [],
      disclosureCount: 2,
    });
  });

  it('never carries educator notes, background or disclosure text', () => {
    const shown = JSON.stringify(toSummary(persona));
    expect(shown).not.toMatch(/SECRET/);
  });
});
