import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type GoldenFile, goldenSchema } from '../../engine/client/golden.js';
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

/** Reads one golden file; problems come back as plain sentences naming the file and field. */
export function loadGoldenFile(file: string): { golden?: GoldenFile; errors: string[] } {
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
  return { golden: parsed.data, errors: [] };
}
