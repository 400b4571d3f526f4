import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldenFile } from '../../engine/simulation/golden.js';
import { type Persona, SPEAKING_PHASES } from '../../engine/persona/schema.js';
import { toSummary } from '../../engine/persona/summary.js';
import { loadGoldenFile } from '../../server/personas/loadGolden.js';
import { loadPersonaDir, personaFilesIn } from '../../server/personas/loadPersonas.js';

/**
 * The shipped persona library against the minimums of the persona issue: every client worth
 * practising with has staged disclosures, enough lines not to repeat itself, enough cues to
 * feel present, sensitivities of its own, and golden transcripts for a good and a poor path.
 */

const PERSONAS_DIR = 'personas';
const TESTS_DIR = join(PERSONAS_DIR, 'tests');

const MIN_DISCLOSURES = 4;
const MIN_REPLY_LINES = 80;
const MIN_CUES = 12;

const { personas, errors } = loadPersonaDir(PERSONAS_DIR);
const library = [...personas.values()];

/** Reply lines as the schema structures them: every pool of every phase, deflections and repairs. */
function replyLineCount(persona: Persona): number {
  const pools = SPEAKING_PHASES.flatMap((phase) => Object.values(persona.replies[phase]));
  const inPools = pools.reduce((sum, pool) => sum + (pool?.length ?? 0), 0);
  return inPools + persona.deflections.length + persona.repairs.length;
}

function cueCount(persona: Persona): number {
  return SPEAKING_PHASES.reduce((sum, phase) => sum + (persona.cues[phase]?.length ?? 0), 0);
}

function goldenFor(persona: Persona): GoldenFile | undefined {
  const file = join(TESTS_DIR, `${persona.id}.golden.yaml`);
  if (!existsSync(file)) return undefined;
  const { golden, errors: goldenErrors } = loadGoldenFile(file, personas);
  expect(goldenErrors).toEqual([]);
  return golden;
}

/** Runs of eight words from a private text, for spotting it (or a piece of it) elsewhere. */
function shingles(text: string, size = 8): string[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length <= size) return words.length > 0 ? [words.join(' ')] : [];
  return words.slice(0, words.length - size + 1).map((_, i) => words.slice(i, i + size).join(' '));
}

const normalised = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean).join(' ');

describe('the persona library', () => {
  it('loads every shipped persona without errors', () => {
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(library.length).toBeGreaterThanOrEqual(5);
  });

  it.each(library.map((p) => [p.id, p] as const))('%s has at least four staged disclosures', (_, persona) => {
    expect(persona.disclosures.length).toBeGreaterThanOrEqual(MIN_DISCLOSURES);
  });

  it.each(library.map((p) => [p.id, p] as const))('%s has at least 80 reply lines', (_, persona) => {
    expect(replyLineCount(persona)).toBeGreaterThanOrEqual(MIN_REPLY_LINES);
  });

  it.each(library.map((p) => [p.id, p] as const))('%s has at least 12 non-verbal cues', (_, persona) => {
    expect(cueCount(persona)).toBeGreaterThanOrEqual(MIN_CUES);
  });

  it.each(library.map((p) => [p.id, p] as const))('%s has sensitivities of its own', (_, persona) => {
    const multipliers = Object.values(persona.sensitivities);
    expect(multipliers.length).toBeGreaterThan(0);
    expect(multipliers.some((m) => m !== 1)).toBe(true);
  });

  it.each(library.map((p) => [p.id, p] as const))(
    '%s has golden transcripts for a good path and a poor path',
    (_, persona) => {
      const golden = goldenFor(persona);
      expect(golden, `${TESTS_DIR}/${persona.id}.golden.yaml`).toBeDefined();
      expect(golden!.persona).toBe(persona.id);
      const deepest = persona.disclosures.at(-1)!.id;
      // A good path reaches the deepest disclosure; a poor path ends in a walk-out or never gets there.
      const good = golden!.transcripts.filter((t) => t.expect.disclosed?.includes(deepest));
      const poor = golden!.transcripts.filter(
        (t) => t.expect.ended === 'walkout' || t.expect.notDisclosed?.includes(deepest),
      );
      expect(good.map((t) => t.name)).not.toEqual([]);
      expect(poor.map((t) => t.name)).not.toEqual([]);
    },
  );

  it.each(library.map((p) => [p.id, p] as const))(
    '%s names only its own disclosures in its golden transcripts',
    (_, persona) => {
      // A misspelt id in `notDisclosed` would pass silently, so every id must be real.
      const golden = goldenFor(persona);
      const known = new Set(persona.disclosures.map((d) => d.id));
      const named = (golden?.transcripts ?? []).flatMap((t) => [
        ...(t.expect.disclosed ?? []),
        ...(t.expect.notDisclosed ?? []),
        ...t.turns.flatMap((turn) => ('disclosure' in turn && turn.disclosure ? [turn.disclosure] : [])),
      ]);
      expect(named.filter((id) => !known.has(id))).toEqual([]);
    },
  );

  it.each(personaFilesIn(PERSONAS_DIR))('%s points editors at the persona schema', (file) => {
    const firstLine = readFileSync(file, 'utf8').split('\n', 1)[0];
    expect(firstLine).toBe('# yaml-language-server: $schema=./persona.schema.json');
  });

  it.each(library.map((p) => [p.id, p] as const))(
    '%s shows the browser no educator notes, background or disclosure text',
    (_, persona) => {
      const summary = toSummary(persona);
      const shown = normalised(Object.values(summary).flat().join('\n'));
      // Only a phrase the referral itself makes public may appear in the summary.
      const referral = normalised(persona.referral);
      const secrets = [persona.educatorNotes, persona.background, ...persona.disclosures.map((d) => d.text)];
      for (const secret of secrets) {
        for (const piece of shingles(secret)) {
          if (referral.includes(piece)) continue;
          expect(shown).not.toContain(piece);
        }
      }
      for (const field of ['educatorNotes', 'background', 'culture', 'disclosures']) {
        expect(summary).not.toHaveProperty(field);
      }
    },
  );
});
