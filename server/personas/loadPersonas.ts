import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { checkPersona } from '../../engine/persona/semantic.js';
import { type Persona, personaSchema } from '../../engine/persona/schema.js';
import { rememberPersonaSource } from '../sessions/provenance.js';
import { closest, explainIssue, fieldsAt } from './explain.js';

/** One problem with a persona file, located for an editor. */
export interface PersonaFileError {
  /** A warning leaves the persona loaded; anything else stops the file. */
  level?: 'warning';
  file: string;
  /** 1-based; absent when the problem is the whole file (e.g. it could not be read). */
  line?: number;
  column?: number;
  /** Dotted field path, e.g. `start.trust` or `disclosures[2].requires[0]`; '' for the whole file. */
  path: string;
  /** The whole sentence: "maya.yaml line 12, column 10: start.trust must be a number from 0 to 100, got 'very high'". */
  message: string;
}

/** Formats a field path the way an educator reads it: `disclosures[2].requires`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function makeError(
  file: string,
  where: { line: number; col: number } | undefined,
  path: string,
  words: string,
): PersonaFileError {
  const at = where ? ` line ${where.line}, column ${where.col}` : '';
  const subject = path ? `${path} ` : '';
  return {
    file,
    ...(where ? { line: where.line, column: where.col } : {}),
    path,
    message: `${file}${at}: ${subject}${words}`,
  };
}

/**
 * The node for a path, or the nearest ancestor that exists (a missing field is reported where
 * its parent mapping is). For an unknown key, the key itself.
 */
function locate(
  doc: ReturnType<typeof parseDocument>,
  path: readonly PropertyKey[],
  key?: string,
): Node | undefined {
  let node: unknown = doc.contents;
  for (const part of path) {
    if (!isNode(node) || !('items' in node)) break;
    const next = (node as { get(k: unknown, keepScalar: true): unknown }).get(part, true);
    if (!isNode(next)) break;
    node = next;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    if (pair && isNode(pair.key)) return pair.key;
  }
  return isNode(node) ? node : undefined;
}

/**
 * Parses and validates the text of one persona file. Every problem comes back located (line,
 * column, field path) in plain words; the persona is returned only when there are none.
 */
export function parsePersonaText(
  text: string,
  file: string,
): {
  persona?: Persona;
  errors: PersonaFileError[];
  warnings?: PersonaFileError[];
  idAt?: { line: number; col: number };
} {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number | undefined) =>
    offset === undefined ? undefined : lineCounter.linePos(offset);
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) =>
        makeError(file, where(e.pos[0]), '', `is not valid YAML: ${e.message.split('\n')[0]}`),
      ),
    };
  }
  const raw: unknown = doc.toJS();
  const parsed = personaSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((issue) => {
      const value = valueAt(raw, issue.path);
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) =>
          makeError(
            file,
            where(locate(doc, issue.path, key)?.range?.[0]),
            formatPath([...issue.path, key]),
            unknownField(issue.path, key),
          ),
        );
      }
      const node = locate(doc, issue.path);
      return [
        makeError(
          file,
          where(node?.range?.[0]),
          formatPath(issue.path),
          explainIssue(personaSchema, issue, value),
        ),
      ];
    });
    return { errors };
  }
  const persona = parsed.data;
  const issues = checkPersona(persona);
  const located = (issue: (typeof issues)[number]) =>
    makeError(file, where(locate(doc, issue.path)?.range?.[0]), formatPath(issue.path), issue.message);
  const errors = issues.filter((i) => i.level !== 'warning').map(located);
  const warnings = issues
    .filter((i) => i.level === 'warning')
    .map((i) => ({ ...located(i), level: 'warning' as const }));
  if (errors.length > 0) return { errors, warnings };
  const idAt = where(locate(doc, ['id'])?.range?.[0]);
  return idAt ? { persona, errors, warnings, idAt } : { persona, errors, warnings };
}

/** Plain words for a field the format does not have, with the likely intended name. */
function unknownField(parent: readonly PropertyKey[], key: string): string {
  const fields = fieldsAt(personaSchema, parent);
  const guess = closest(key, fields);
  if (guess) return `is not a field of the persona format: did you mean '${guess}'?`;
  return fields.length > 0 && fields.length <= 12
    ? `is not a field of the persona format; the fields here are ${fields.join(', ')}`
    : 'is not a field of the persona format (check the spelling)';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Reads and validates one persona file. */
export function loadPersonaFile(path: string): ReturnType<typeof parsePersonaText> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'it could not be read';
    return { errors: [makeError(path, undefined, '', `cannot be loaded: ${why}`)] };
  }
  const result = parsePersonaText(text, path);
  if (result.persona) rememberPersonaSource(result.persona, text);
  return result;
}

/**
 * Loads persona files. A file with errors is reported and skipped; the rest load. Two files
 * with the same persona id: the later one is an error and is skipped. Warnings (an older file
 * without the newer fields) are reported and the persona loads.
 */
export function loadPersonaFiles(files: readonly string[]): {
  personas: Map<string, Persona>;
  errors: PersonaFileError[];
  warnings: PersonaFileError[];
} {
  const personas = new Map<string, Persona>();
  const sources = new Map<string, string>();
  const errors: PersonaFileError[] = [];
  const warnings: PersonaFileError[] = [];
  for (const file of files) {
    const result = loadPersonaFile(file);
    errors.push(...result.errors);
    warnings.push(...(result.warnings ?? []));
    if (!result.persona) continue;
    const id = result.persona.id;
    const first = sources.get(id);
    if (first) {
      errors.push(
        makeError(
          file,
          result.idAt,
          'id',
          `'${id}' is already used by ${first}; each persona needs its own id`,
        ),
      );
      continue;
    }
    personas.set(id, result.persona);
    sources.set(id, file);
  }
  return { personas, errors, warnings };
}

/** The persona files in a folder (`*.yaml`, `*.yml`; not its sub-folders), sorted. */
export function personaFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => join(dir, entry.name))
    .sort();
}

/**
 * Loads every persona file in a folder. Invalid files are reported and skipped; the rest load.
 * Returns errors rather than printing them: the caller decides where they go.
 */
export function loadPersonaDir(dir: string): {
  personas: Map<string, Persona>;
  errors: PersonaFileError[];
  warnings: PersonaFileError[];
} {
  let files: string[];
  try {
    files = personaFilesIn(dir);
  } catch {
    return {
      personas: new Map(),
      errors: [makeError(dir, undefined, '', 'is not a folder that can be read')],
      warnings: [],
    };
  }
  return loadPersonaFiles(files);
}
