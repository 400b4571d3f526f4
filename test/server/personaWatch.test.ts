import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Persona } from '../../engine/persona/schema.js';
import { silentLogger } from '../../server/log.js';
import { watchPersonas } from '../../server/personaWatch.js';
import { loadPersonaDir } from '../../server/personas/loadPersonas.js';
import { PERSONAS_DIR } from './testServer.js';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

function until(check: () => boolean, ms = 3000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() - start > ms) return reject(new Error('condition not met in time'));
      setTimeout(tick, 25);
    };
    tick();
  });
}

describe('persona hot reload', () => {
  it('picks up an edited file and keeps the last good version of a broken one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-watch-'));
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const source = fs.readFileSync(path.join(PERSONAS_DIR, 'maya.yaml'), 'utf8');
    const file = path.join(dir, 'maya.yaml');
    fs.writeFileSync(file, source);
    const personas: Map<string, Persona> = loadPersonaDir(dir).personas;
    const originalName = personas.get('maya')!.name;
    cleanup.push(watchPersonas(dir, personas, silentLogger));

    fs.writeFileSync(file, source.replace(/^name: .*$/m, 'name: Maya Edited'));
    await until(() => personas.get('maya')?.name === 'Maya Edited');

    fs.writeFileSync(file, `${source}\nstart: { trust: very high }\n`);
    await new Promise((r) => setTimeout(r, 400));
    expect(personas.get('maya')?.name).toBe('Maya Edited');
    expect(originalName).not.toBe('Maya Edited');
  });
});
