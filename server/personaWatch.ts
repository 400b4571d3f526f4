import fs from 'node:fs';
import type { Persona } from '../engine/persona/schema.js';
import type { Logger } from './log.js';
import { loadPersonaDir } from './personas/loadPersonas.js';

/**
 * Reloads the persona folder when a file in it changes (used by `npm run dev`), updating the
 * shared map in place so new sessions see the edit at once. A file saved half-written or broken
 * is reported and its last good version kept, so an educator's typo never empties the list.
 */
export function watchPersonas(dir: string, personas: Map<string, Persona>, log: Logger): () => void {
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    const { personas: fresh, errors } = loadPersonaDir(dir);
    for (const e of errors) log.warn(`persona file not reloaded: ${e.message}`);
    for (const [id, persona] of fresh) personas.set(id, persona);
    // Drop personas whose files are gone only when every file loaded: otherwise a broken file's
    // persona would vanish.
    if (errors.length === 0) for (const id of [...personas.keys()]) if (!fresh.has(id)) personas.delete(id);
    log.info(`personas reloaded: ${[...personas.keys()].join(', ')}`);
  };
  const watcher = fs.watch(dir, { recursive: false }, (_event, file) => {
    if (!file || !/\.ya?ml$/.test(file)) return;
    // Editors write a file in several steps; wait for them to settle.
    clearTimeout(timer);
    timer = setTimeout(reload, 150);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
