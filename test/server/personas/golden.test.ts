import { describe, expect, it } from 'vitest';
import { runGolden } from '../../../engine/client/golden.js';
import { goldenFilesIn, loadGoldenFile } from '../../../server/personas/loadGolden.js';
import { loadPersonaDir } from '../../../server/personas/loadPersonas.js';

// The golden transcripts of every persona (personas/tests/*.golden.yaml), as `npm run personas:test` runs them.
const { personas } = loadPersonaDir('personas');
const files = goldenFilesIn('personas/tests');

describe('golden transcripts', () => {
  it('exist for every persona', () => {
    const covered = files.map((file) => loadGoldenFile(file).golden?.persona);
    for (const id of personas.keys()) expect(covered).toContain(id);
  });

  for (const file of files) {
    const { golden, errors } = loadGoldenFile(file);
    describe(file, () => {
      it('is a valid golden file for a known persona', () => {
        expect(errors).toEqual([]);
        expect(personas.has(golden?.persona ?? '')).toBe(true);
      });
      for (const transcript of golden?.transcripts ?? []) {
        it(transcript.name, () => {
          const persona = personas.get(golden!.persona);
          expect(persona).toBeDefined();
          expect(runGolden(persona!, transcript, golden!.seed).failures).toEqual([]);
        });
      }
    });
  }
});
