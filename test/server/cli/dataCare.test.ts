import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostgresPool, openPostgresStore } from '../../../server/store/postgresStore.js';
import { openSqliteStore } from '../../../server/store/sqliteStore.js';
import type { Store } from '../../../server/store/store.js';
import { describeWithPostgres, freshSchema } from '../postgres.js';
import { session, turn } from '../store/storeContract.js';
import { runScript } from './runCli.js';

// npm run data:purge / data:delete / data:backup, run as an administrator would.
const DAY = 86_400_000;
const dirs: string[] = [];
function dataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-data-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Ana's old session (100 days), Ana's and Ben's recent ones (1 day), each with a turn. */
async function fill(store: Store) {
  const now = Date.now();
  await store.createSession(session('ana-old', { trainee: 'Ana Díaz', startedAt: now - 100 * DAY }));
  await store.createSession(session('ana-new', { trainee: 'Ana Díaz', startedAt: now - DAY }));
  await store.createSession(session('ben-new', { trainee: 'Ben', startedAt: now - DAY }));
  for (const id of ['ana-old', 'ana-new', 'ben-new']) {
    const at = (await store.getSession(id))!.startedAt;
    await store.withSession(id, (tx) => tx!.recordTurn({ ...turn(1), at }, {} as never, 0));
  }
}

async function sqliteWithClass() {
  const dir = dataDir();
  const store = openSqliteStore(path.join(dir, 'rapport.sqlite'));
  await fill(store);
  await store.close();
  return dir;
}

/** Session ids left in the folder's database (read without the server's lock). */
function idsIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT id FROM sessions ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

describe('data:purge', () => {
  it('lists with --dry-run, then deletes sessions last active before the cut-off with their turns', async () => {
    const dir = await sqliteWithClass();
    const file = path.join(dir, 'rapport.sqlite');
    const dry = await runScript('data:purge', ['--older-than', '30', '--dry-run'], {
      env: { DATA_DIR: dir },
    });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(
      /^Would delete 1 session last active before \d{4}-\d\d-\d\dT[\d:.]+Z: ana-old\n$/,
    );
    expect(idsIn(file)).toEqual(['ana-new', 'ana-old', 'ben-new']);

    const run = await runScript('data:purge', ['--older-than', '30'], { env: { DATA_DIR: dir } });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      /^Deleted 1 session last active before .* \(older than 30 days\), with their turns/,
    );
    expect(idsIn(file)).toEqual(['ana-new', 'ben-new']);
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT COUNT(*) AS n FROM turns WHERE session_id = 'ana-old'").get()).toEqual({
      n: 0,
    });
    db.close();
  });

  it('refuses while a server holds the data folder, deleting nothing', async () => {
    const dir = await sqliteWithClass();
    const server = openSqliteStore(path.join(dir, 'rapport.sqlite'));
    try {
      const run = await runScript('data:purge', ['--older-than', '30'], { env: { DATA_DIR: dir } });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `A Rapport server (process ${process.pid}) is using ${dir}. Stop it, run data:purge again, then start the ` +
          'server: it keeps live sessions in memory, so sessions cannot be deleted under it. Nothing was deleted.\n',
      );
      expect(await server.course.countSessions({})).toBe(3);
    } finally {
      await server.close();
    }
  });

  it('asks for a whole number of days', async () => {
    for (const days of ['0', '2.5']) {
      const run = await runScript('data:purge', ['--older-than', days], { env: { DATA_DIR: dataDir() } });
      expect([days, run.code, run.stderr]).toEqual([
        days,
        1,
        'Usage: npm run data:purge -- --older-than DAYS [--dry-run]   (DAYS a whole number, 1 or more)\n',
      ]);
    }
  });
});

describe('data:delete', () => {
  it('deletes every session of one trainee, by the whole name in any case, and nobody else’s', async () => {
    const dir = await sqliteWithClass();
    const run = await runScript('data:delete', ['--trainee', 'ana díaz'], { env: { DATA_DIR: dir } });
    expect(run).toMatchObject({
      code: 0,
      stdout: "Deleted 2 sessions of 'ana díaz', with their turns, debriefs and labels.\n",
    });
    expect(idsIn(path.join(dir, 'rapport.sqlite'))).toEqual(['ben-new']);
    const none = await runScript('data:delete', ['--trainee', 'Ana'], { env: { DATA_DIR: dir } });
    expect(none.stdout).toBe("No sessions of a trainee named 'Ana' (the whole name, ignoring case).\n");
  });
});

describe('data:backup', () => {
  it('copies the database while the server runs, and checks the copy', async () => {
    const dir = await sqliteWithClass();
    const server = openSqliteStore(path.join(dir, 'rapport.sqlite'));
    const target = path.join(dataDir(), 'backup.sqlite');
    try {
      // A write the server has committed but not yet checkpointed out of its WAL is in the copy.
      await server.createSession(session('during', { trainee: 'Cy' }));
      const run = await runScript('data:backup', [target], { env: { DATA_DIR: dir } });
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(
        /^Backed up the SQLite database to .*backup\.sqlite: 4 sessions, schema version \d+, \d+ kB, checked\.\n$/,
      );
      expect(idsIn(target)).toEqual(['ana-new', 'ana-old', 'ben-new', 'during']);
      const again = await runScript('data:backup', [target], { env: { DATA_DIR: dir } });
      expect(again).toMatchObject({
        code: 1,
        stderr: `${target} already exists: choose another file, or remove it first.\n`,
      });
    } finally {
      await server.close();
    }
  });

  it('says what to do instead when sessions are in PostgreSQL, writing nothing', async () => {
    const target = path.join(dataDir(), 'backup.sqlite');
    const run = await runScript('data:backup', [target], {
      env: { DATA_DIR: dataDir(), DATABASE_URL: 'postgres://rapport@127.0.0.1:1/rapport' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^DATABASE_URL is set, so sessions are kept in PostgreSQL, which this command does not copy/,
    );
    expect(run.stderr).toMatch(/pg_dump --format=custom/);
    expect(fs.existsSync(target)).toBe(false);
  });
});

describeWithPostgres('data care on PostgreSQL', () => {
  it('purges and deletes in the database directly, while servers keep it open', async () => {
    const schema = await freshSchema();
    const store = await openPostgresStore(createPostgresPool(schema.url));
    try {
      await fill(store);
      const env = { DATABASE_URL: schema.url, DATA_DIR: dataDir() };
      const purge = await runScript('data:purge', ['--older-than', '30'], { env });
      expect(purge.stdout).toMatch(/^Deleted 1 session last active before/);
      const del = await runScript('data:delete', ['--trainee', 'BEN'], { env });
      expect(del.stdout).toBe("Deleted 1 session of 'BEN', with their turns, debriefs and labels.\n");
      expect((await store.course.listSessions({})).map((r) => r.id)).toEqual(['ana-new']);
      expect(await store.listTurns('ana-old')).toEqual([]);
    } finally {
      await store.close();
      await schema.drop();
    }
  });
});
