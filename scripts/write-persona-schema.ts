/**
 * Writes personas/persona.schema.json from the zod persona schema, so editors validate and
 * complete persona files. Run after changing engine/persona/schema.ts: `npm run personas:schema`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { personaJsonSchemaText } from '../engine/persona/jsonSchema.js';

const target = fileURLToPath(new URL('../personas/persona.schema.json', import.meta.url));
writeFileSync(target, personaJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
