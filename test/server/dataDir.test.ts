import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../server/store/migrations.js';
import { startChildServer } from './childServer.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-datadir-'));
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts a server expected to refuse; resolves with its log once it has exited. */
async function refusedStart(env: Record<string, string>): Promise<string> {
  const err = await startChildServer(env).then(
    (server) => {
      cleanup.push(() => server.stop('SIGKILL'));
      throw new Error('the server started');
    },
    (e: Error) => e,
  );
  expect(err.message).toMatch(/exited \(1\) before listening/);
  return err.message;
}

describe('the SQLite data folder', () => {
  it('refuses a second server on the same DATA_DIR, naming the one that has it', async () => {
    const dir = tempDir();
    const first = await startChildServer({ DATA_DIR: dir });
    cleanup.push(() => first.stop('SIGKILL'));
    const log = await refusedStart({ DATA_DIR: dir });
    expect(log).toContain(
      `The data folder ${dir} is already in use by another Rapport server (process ${first.process.pid}).`,
    );
    expect(log).toContain('set DATABASE_URL to a PostgreSQL database');
    // The first goes on serving.
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
  });

  it('refuses a database written by a newer Rapport and leaves it untouched', async () => {
    const dir = tempDir();
    const newest = MIGRATIONS.at(-1)!.version;
    const db = new Database(path.join(dir, 'rapport.sqlite'));
    db.pragma(`user_version = ${newest + 3}`);
    db.close();
    const log = await refusedStart({ DATA_DIR: dir });
    expect(log).toContain(`was written by a newer version of Rapport (schema version ${newest + 3}`);
    const again = new Database(path.join(dir, 'rapport.sqlite'));
    expect(again.pragma('user_version', { simple: true })).toBe(newest + 3);
    expect(again.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({
      n: 0,
    });
    again.close();
  });

  it('says which environment variables are wrong, and does not start', async () => {
    const log = await refusedStart({ DATA_DIR: tempDir(), PORT: 'eighty', SESSION_MINUTES: 'soon' });
    expect(log).toContain('Rapport cannot start; fix its environment:');
    expect(log).toContain("PORT must be a whole number from 0 to 65535, got 'eighty'.");
    expect(log).toContain("SESSION_MINUTES must be a number of minutes from 0 to 1440, got 'soon'.");
  });
});
