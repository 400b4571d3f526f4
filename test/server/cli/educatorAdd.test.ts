import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../server/course/passwords.js';
import { openSqliteStore } from '../../../server/store/sqliteStore.js';
import { runScript } from './runCli.js';

// npm run --silent educator:add -- EMAIL, the password on standard input.
const dirs: string[] = [];
function dataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-educator-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const add = (dir: string, args: string[], stdin: string) =>
  runScript('educator:add', args, { env: { DATA_DIR: dir }, stdin });

/** The stored record for an address, read the way the server reads it. */
async function recordOf(dir: string, email: string) {
  const store = openSqliteStore(path.join(dir, 'rapport.sqlite'));
  try {
    return (await store.course.findEducator(email))?.passwordHash;
  } finally {
    await store.close();
  }
}

describe('educator:add', () => {
  it('makes an account from the password piped in, stored as a scrypt hash', async () => {
    const dir = dataDir();
    const run = await add(dir, ['Tutor@Example.ac.uk'], 'a long enough password\n');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      'Educator account made for tutor@example.ac.uk. Sign in at /educator on the Rapport server.\n',
    );
    const record = await recordOf(dir, 'tutor@example.ac.uk');
    expect(record).toMatch(/^scrypt\$/);
    expect(await verifyPassword('a long enough password', record!)).toBe(true);
  });

  it('refuses a short password, a second account for the address, and a missing address', async () => {
    const dir = dataDir();
    expect(await add(dir, ['tutor@example.ac.uk'], 'short\n')).toMatchObject({
      code: 1,
      stderr: 'The password must be at least 10 characters long; it has 5.\n',
    });
    expect(await recordOf(dir, 'tutor@example.ac.uk')).toBeUndefined();
    await add(dir, ['tutor@example.ac.uk'], 'a long enough password\n');
    const again = await add(dir, ['tutor@example.ac.uk'], 'another long password\n');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /already an educator account for tutor@example\.ac\.uk\. To give it a new password, add --reset/,
    );
    expect((await add(dir, [], '')).stderr).toMatch(/^Usage: npm run --silent educator:add -- EMAIL/);
    expect((await add(dir, ['not-an-address'], 'a long enough password')).stderr).toBe(
      "'not-an-address' is not an email address.\n",
    );
  });

  it('sets a new password with --reset, while a server holds the data folder', async () => {
    const dir = dataDir();
    await add(dir, ['tutor@example.ac.uk'], 'a long enough password\n');
    // The server's store, holding the folder's lock, as a running server does.
    const server = openSqliteStore(path.join(dir, 'rapport.sqlite'));
    try {
      const run = await add(dir, ['tutor@example.ac.uk', '--reset'], 'a brand new password\r\n');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^New password set for tutor@example\.ac\.uk/);
      const record = (await server.course.findEducator('tutor@example.ac.uk'))!.passwordHash;
      expect(await verifyPassword('a brand new password', record)).toBe(true);
      const added = await add(dir, ['second@example.ac.uk'], 'a long enough password');
      expect(added.code).toBe(0);
      expect(await server.course.findEducator('second@example.ac.uk')).toBeDefined();
    } finally {
      await server.close();
    }
  });
});
