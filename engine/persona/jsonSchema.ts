import { z } from 'zod';
import { personaSchema } from './schema.js';

/**
 * The persona format as JSON Schema (draft-07, which editors' YAML plugins read best), for the
 * `# yaml-language-server: $schema=./persona.schema.json` line at the top of persona files.
 * Input shape: fields with defaults are optional.
 */
export function personaJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(personaSchema, { io: 'input', target: 'draft-07', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://rapport.local/persona.schema.json',
    title: 'Rapport persona',
    description:
      'A simulated counselling client for Rapport. Fields left out take the defaults shown; see docs/ for the persona guide.',
  };
}

/** The committed file's exact text (stable key order, trailing newline). */
export function personaJsonSchemaText(): string {
  return `${JSON.stringify(personaJsonSchema(), null, 2)}\n`;
}
