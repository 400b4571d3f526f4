import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Persona } from '../../engine/persona/schema.js';

/**
 * Where a session's debrief came from, so debriefs stay comparable after a persona or the scorer
 * is edited: the persona file's hash and the scorer's version are recorded with every session.
 */

const sha256 = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex');

/** Hashes of the files personas were loaded from; a reloaded file gives a new persona object. */
const fileHashes = new WeakMap<Persona, string>();

/** Records the text a persona was loaded from (see loadPersonaFile). */
export function rememberPersonaSource(persona: Persona, text: string): void {
  fileHashes.set(persona, sha256(text));
}

/**
 * SHA-256 of the persona's file as it was read; for a persona that was not read from a file (one
 * built in code), of its JSON.
 */
export function personaHash(persona: Persona): string {
  return fileHashes.get(persona) ?? sha256(JSON.stringify(persona));
}

const ANALYSIS_DIR = path.resolve(import.meta.dirname, '../../engine/analysis');
const PACKAGE_JSON = path.resolve(import.meta.dirname, '../../package.json');
// The scorer is rules over natural: a new natural can change what it finds.
const NATURAL_JSON = path.resolve(import.meta.dirname, '../../node_modules/natural/package.json');

/** Every file under `dir`, sorted, with paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)],
    );
}

let cached: string | undefined;

/**
 * The scorer's version: Rapport's version and the first 12 hex digits of a hash over the scorer's
 * code and rule files (engine/analysis) and natural's package, e.g. `0.1.0+3f9c0a1b2d4e`. Any change to a rule, phrase
 * list or lexicon gives a new version without anyone having to remember to bump a number.
 */
export function scorerVersion(): string {
  if (cached) return cached;
  const hash = crypto.createHash('sha256');
  for (const file of filesUnder(ANALYSIS_DIR)) {
    hash.update(`${file.split(path.sep).join('/')}\0`);
    hash.update(fs.readFileSync(path.join(ANALYSIS_DIR, file)));
    hash.update('\0');
  }
  if (fs.existsSync(NATURAL_JSON)) hash.update(fs.readFileSync(NATURAL_JSON));
  const { version } = JSON.parse(fs.readFileSync(PACKAGE_JSON, 'utf8')) as { version: string };
  cached = `${version}+${hash.digest('hex').slice(0, 12)}`;
  return cached;
}
