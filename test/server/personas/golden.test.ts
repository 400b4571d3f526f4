import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGolden } from '../../../engine/simulation/golden.js';
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
    const { golden, errors } = loadGoldenFile(file, personas);
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

describe('loading a golden file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'golden-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a notDisclosed id the persona does not have, naming the file and field', () => {
    const file = join(dir, 'maya.golden.yaml');
    writeFileSync(
      file,
      'persona: maya\ntranscripts:\n  - name: typo\n    turns:\n      - say: "Hello."\n    expect:\n      notDisclosed: [the-crsh]\n',
    );
    const { errors } = loadGoldenFile(file, personas);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /maya\.golden\.yaml: transcripts\[0\]\.expect\.notDisclosed\[0\]: 'the-crsh' is not a disclosure of maya/,
    );
  });

  it('reports a persona that is not in the library', () => {
    const file = join(dir, 'nobody.golden.yaml');
    writeFileSync(file, 'persona: nobody\ntranscripts:\n  - name: t\n    turns:\n      - say: "Hello."\n');
    expect(loadGoldenFile(file, personas).errors).toEqual([
      `${file}: persona: 'nobody' is not in personas/: name its file before the golden file (npm run personas:test -- drafts/nobody.yaml ${file}), or check the id`,
    ]);
  });
});
