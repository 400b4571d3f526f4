import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { personaJsonSchemaText } from '../../../engine/persona/jsonSchema.js';

describe('persona JSON Schema', () => {
  it('is up to date in personas/persona.schema.json (run npm run personas:schema)', () => {
    const committed = readFileSync(new URL('../../../personas/persona.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(personaJsonSchemaText());
  });

  it('lets editors complete move names under sensitivities', () => {
    const schema = JSON.parse(personaJsonSchemaText());
    expect(Object.keys(schema.properties.sensitivities.properties)).toContain('probing');
  });

  it('does not require fields that have defaults', () => {
    const schema = JSON.parse(personaJsonSchemaText());
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'name', 'age', 'referral', 'opening', 'replies']),
    );
    expect(schema.required).not.toContain('dynamics');
  });
});
