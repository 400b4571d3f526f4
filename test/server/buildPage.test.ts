import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageInputsHash, pageIsStale, pageToServe } from '../../server/buildPage.js';
import { createLogger } from '../../server/log.js';

// A project tree with every input, and a page built from exactly these inputs.
let root: string;

function write(rel: string, content = `contents of ${rel}`): void {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** What a build leaves: the page, and the fingerprint of the inputs it was built from. */
function built(): void {
  write('dist/client/index.html', '<!doctype html>');
  fs.writeFileSync(path.join(root, 'dist', 'client.inputs'), `${pageInputsHash(root)}\n`);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-build-'));
  for (const input of [
    'client/index.html',
    'client/main.ts',
    'contract/events.ts',
    'vite.config.ts',
    'tsconfig.json',
    'package-lock.json',
    'server/app.ts',
  ])
    write(input);
  built();
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('pageIsStale', () => {
  it('is false when the page was built from the inputs now here', () => {
    expect(pageIsStale(root)).toBe(false);
  });

  it('is true when the page has never been built', () => {
    fs.rmSync(path.join(root, 'dist'), { recursive: true });
    expect(pageIsStale(root)).toBe(true);
  });

  it('is true for a page built without a record of its inputs (by hand, or an older release)', () => {
    fs.rmSync(path.join(root, 'dist', 'client.inputs'));
    expect(pageIsStale(root)).toBe(true);
  });

  it.each([
    'client/main.ts',
    'client/index.html',
    'contract/events.ts',
    'vite.config.ts',
    'tsconfig.json',
    'package-lock.json',
  ])('is true when %s changed after the build', (input) => {
    write(input, 'changed');
    expect(pageIsStale(root)).toBe(true);
  });

  it('is true when a file is added to the contract, or one is renamed', () => {
    write('contract/new.ts');
    expect(pageIsStale(root)).toBe(true);
    fs.rmSync(path.join(root, 'contract/new.ts'));
    expect(pageIsStale(root)).toBe(false);
    fs.renameSync(path.join(root, 'client/main.ts'), path.join(root, 'client/start.ts'));
    expect(pageIsStale(root)).toBe(true);
  });

  it('ignores a file rewritten unchanged, as npm prune does to package-lock.json', () => {
    const later = Date.now() / 1000 + 60;
    fs.utimesSync(path.join(root, 'package-lock.json'), later, later);
    write('client/main.ts', 'contents of client/main.ts');
    expect(pageIsStale(root)).toBe(false);
  });

  it('ignores server code, which the page does not bundle', () => {
    write('server/app.ts', 'changed');
    expect(pageIsStale(root)).toBe(false);
  });

  it('tolerates an input the project does not have', () => {
    fs.rmSync(path.join(root, 'package-lock.json'));
    built();
    expect(pageIsStale(root)).toBe(false);
  });
});

describe('pageToServe in production', () => {
  const logged = () => {
    const lines: { level: string; msg: string }[] = [];
    const log = createLogger({ destination: { write: (s: string) => void lines.push(JSON.parse(s)) } });
    return { log, lines };
  };

  it('serves the built page as it is, even when its sources changed, and says so', async () => {
    write('client/main.ts', 'changed');
    const { log, lines } = logged();
    expect(await pageToServe(root, { production: true, log })).toBe(path.join(root, 'dist', 'client'));
    // Not rebuilt: Vite (a development dependency) is not there in production.
    expect(fs.readFileSync(path.join(root, 'dist', 'client', 'index.html'), 'utf8')).toBe('<!doctype html>');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', msg: expect.stringContaining('run `npm run build`') }),
    ]);
  });

  it('serves a current page without a word', async () => {
    const { log, lines } = logged();
    await pageToServe(root, { production: true, log });
    expect(lines).toEqual([]);
  });

  it('refuses to start without a built page, saying to run the build', async () => {
    fs.rmSync(path.join(root, 'dist'), { recursive: true });
    await expect(pageToServe(root, { production: true, log: logged().log })).rejects.toThrow(
      /The page has not been built .* Run `npm run build` before starting with NODE_ENV=production/,
    );
  });
});
