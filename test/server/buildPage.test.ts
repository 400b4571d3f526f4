import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageIsStale, pageToServe } from '../../server/buildPage.js';
import { createLogger } from '../../server/log.js';

// A project tree with every input an hour old and the page built a minute ago.
let root: string;
const HOUR_AGO = Date.now() / 1000 - 3600;
const MINUTE_AGO = Date.now() / 1000 - 60;

function write(rel: string, when: number): void {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  fs.utimesSync(file, when, when);
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
    write(input, HOUR_AGO);
  write('dist/client/index.html', MINUTE_AGO);
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('pageIsStale', () => {
  it('is false when the page is newer than everything it is built from', () => {
    expect(pageIsStale(root)).toBe(false);
  });

  it('is true when the page has never been built', () => {
    fs.rmSync(path.join(root, 'dist'), { recursive: true });
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
    write(input, Date.now() / 1000);
    expect(pageIsStale(root)).toBe(true);
  });

  it('is true when a file is added to the contract after the build', () => {
    write('contract/new.ts', Date.now() / 1000);
    expect(pageIsStale(root)).toBe(true);
  });

  it('ignores server code, which the page does not bundle', () => {
    write('server/app.ts', Date.now() / 1000);
    expect(pageIsStale(root)).toBe(false);
  });

  it('tolerates a missing optional input', () => {
    fs.rmSync(path.join(root, 'package-lock.json'));
    expect(pageIsStale(root)).toBe(false);
  });
});

describe('pageToServe in production', () => {
  const logged = () => {
    const lines: { level: string; msg: string }[] = [];
    const log = createLogger({ destination: { write: (s: string) => void lines.push(JSON.parse(s)) } });
    return { log, lines };
  };

  it('serves the built page as it is, even when older than its sources, and says so', async () => {
    write('client/main.ts', Date.now() / 1000);
    const { log, lines } = logged();
    expect(await pageToServe(root, { production: true, log })).toBe(path.join(root, 'dist', 'client'));
    // Not rebuilt: Vite (a development dependency) is not there in production.
    expect(fs.statSync(path.join(root, 'dist', 'client', 'index.html')).mtimeMs).toBeLessThan(
      Date.now() - 30_000,
    );
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', msg: expect.stringContaining('run `npm run build`') }),
    ]);
  });

  it('refuses to start without a built page, saying to run the build', async () => {
    fs.rmSync(path.join(root, 'dist'), { recursive: true });
    await expect(pageToServe(root, { production: true, log: logged().log })).rejects.toThrow(
      /The page has not been built .* Run `npm run build` before starting with NODE_ENV=production/,
    );
  });
});
