import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkGolden, type GoldenFile, goldenSchema } from '../../engine/simulation/golden.js';
import type { Persona } from '../../engine/persona/schema.js';
import { formatPath } from './loadPersonas.js';

/** The golden-transcript files (`*.golden.yaml`) in a folder, sorted. */
export function goldenFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.golden.yaml'))
      .map((name) => join(dir, name))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Reads one golden file; problems come back as plain sentences naming the file and field. Given
 * the persona library, it also checks that the persona exists and that every disclosure id the
 * file names is one of that persona's (a misspelt `notDisclosed` id would otherwise pass).
 */
export function loadGoldenFile(
  file: string,
  personas?: ReadonlyMap<string, Persona>,
): { golden?: GoldenFile; errors: string[] } {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { errors: [`${file}: cannot be read as YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const parsed = goldenSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map(
        (issue) => `${file}: ${formatPath(issue.path) || 'file'}: ${issue.message}`,
      ),
    };
  }
  const golden = parsed.data;
  if (!personas) return { golden, errors: [] };
  const persona = personas.get(golden.persona);
  if (!persona) {
    return {
      golden,
      errors: [
        `${file}: persona: '${golden.persona}' is not in personas/: name its file before the golden file (npm run personas:test -- drafts/${golden.persona}.yaml ${file}), or check the id`,
      ],
    };
  }
  const errors = checkGolden(persona, golden).map(
    (issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`,
  );
  return { golden, errors };
}
