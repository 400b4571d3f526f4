import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../server/store/migrations.js';
import { openSqliteStore } from '../../../server/store/sqliteStore.js';
import type { Store } from '../../../server/store/store.js';
import { courseContract } from './courseContract.js';
import { session, storeContract, turn } from './storeContract.js';

const dirs: string[] = [];
function tempFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-store-'));
  dirs.push(dir);
  return path.join(dir, 'nested', 'rapport.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const opening = { turn: 0, text: 'Hi.', state: 'guarded' as const, meters: { trust: 20, openness: 10 } };

/** A store on a fresh file, for the contract suites. */
async function openForTest() {
  const file = tempFile();
  let store: Store = openSqliteStore(file);
  return {
    store,
    async reopen() {
      await store.close();
      store = openSqliteStore(file);
      return store;
    },
    cleanup: () => store.close(),
  };
}

describe('the SQLite store: the store contract', () => {
  storeContract(openForTest);
});

describe('the SQLite store: the course contract', () => {
  courseContract(openForTest);
});

describe('the SQLite store', () => {
  it('creates its folder, uses WAL and the newest schema version', async () => {
    const file = tempFile();
    const store = openSqliteStore(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    await store.close();
  });

  it('migrates a database written by an older schema version and keeps its rows', async () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 1));
    old
      .prepare(
        `INSERT INTO sessions (id, persona_id, seed, token_hash, started_at, opening_json, state_json)
         VALUES ('old', 'maya', 3, 'ff', 500, ?, '{}')`,
      )
      .run(JSON.stringify(opening));
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();

    const store = openSqliteStore(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(await store.getSession('old')).toMatchObject({ opening: { text: 'Hi.' }, replyDueAt: 0 });
    const updated = store.db.prepare("SELECT updated_at FROM sessions WHERE id = 'old'").get() as {
      updated_at: number;
    };
    expect(updated.updated_at).toBe(500);
    await store.close();
  });

  it('drops the copy of the state each turn used to keep (v3), keeping the turns', async () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 2));
    old
      .prepare(
        `INSERT INTO sessions (id, persona_id, seed, token_hash, started_at, updated_at, opening_json, state_json)
         VALUES ('old', 'maya', 3, 'ff', 500, 600, ?, '{"x":2}')`,
      )
      .run(JSON.stringify(opening));
    old
      .prepare(
        `INSERT INTO turns (session_id, turn, said, at, analysis_json, reply_json, trust, openness, state_json)
         VALUES ('old', 1, 'Hello', 600, '{}', ?, 25, 12, '{"x":2}')`,
      )
      .run(JSON.stringify({ ...opening, turn: 1 }));
    old.close();

    const store = openSqliteStore(file);
    const columns = store.db.prepare('PRAGMA table_info(turns)').all() as { name: string }[];
    expect(columns.map((c) => c.name)).not.toContain('state_json');
    expect((await store.listTurns('old')).map((t) => t.said)).toEqual(['Hello']);
    expect((await store.getSession('old'))?.state).toEqual({ x: 2 });
    await store.close();
  });

  it('refuses a database written by a newer Rapport, naming the file and both versions', async () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const future = new Database(file);
    future.pragma(`user_version = ${MIGRATIONS.at(-1)!.version + 1}`);
    future.close();
    const newest = MIGRATIONS.at(-1)!.version;
    expect(() => openSqliteStore(file)).toThrow(
      `The database '${file}' was written by a newer version of Rapport (schema version ${newest + 1}; ` +
        `this version knows up to ${newest}).`,
    );
    // Nothing was changed, and the folder was not left locked.
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(newest + 1);
    again.close();
    const lock = openSqliteStore(path.join(path.dirname(file), 'other.sqlite'));
    await lock.close();
  });
});

describe('one server per data folder', () => {
  it('refuses a second store on the same folder and names the process holding it', async () => {
    const file = tempFile();
    const first = openSqliteStore(file);
    expect(() => openSqliteStore(file)).toThrow(
      new RegExp(`already in use by another Rapport server \\(process ${process.pid}\\)`),
    );
    await first.close();
    // Released on close: the next one gets in.
    const second = openSqliteStore(file);
    await second.close();
  });

  it('lets a new store in once the process holding the folder is killed', async () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // A process that takes the lock the way the store does, says so, and waits to be killed.
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./server/store/dataDirLock.ts').then((m) => { m.lockDataDir(${JSON.stringify(path.dirname(file))}); console.log('locked'); setInterval(() => {}, 1000); })`,
      ],
      { cwd: path.resolve(import.meta.dirname, '../../..'), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    expect(() => openSqliteStore(file)).toThrow(/already in use by another Rapport server \(process \d+\)/);
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    const store = openSqliteStore(file);
    await store.close();
  });
});

describe("the store's cache of live sessions", () => {
  it('answers with the state of the last committed turn, also for rows it has dropped', async () => {
    const store = openSqliteStore(':memory:', { cacheSize: 1 });
    await store.createSession(session('a'));
    await store.createSession(session('b')); // pushes 'a' out of the cache
    const record = (id: string, n: number) =>
      store.withSession(id, async (tx) => tx!.recordTurn(turn(n), { at: n } as never, 0));
    await record('a', 1);
    await record('b', 1);
    await record('a', 2);
    expect((await store.getSession('a'))?.state).toEqual({ at: 2 });
    expect((await store.getSession('b'))?.state).toEqual({ at: 1 });
    expect((await store.getSession('a'))?.state).toEqual({ at: 2 });
    await store.close();
  });

  it('keeps the cached row unchanged when a transaction rolls back', async () => {
    const store = openSqliteStore(':memory:');
    await store.createSession(session('a'));
    await store.withSession('a', async (tx) => tx!.recordTurn(turn(1), { at: 1 } as never, 0));
    await expect(
      store.withSession('a', async (tx) => {
        await tx!.recordTurn(turn(2), { at: 2 } as never, 0);
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect((await store.getSession('a'))?.state).toEqual({ at: 1 });
    // The file agrees with the cache.
    const row = store.db.prepare("SELECT state_json FROM sessions WHERE id = 'a'").get() as {
      state_json: string;
    };
    expect(JSON.parse(row.state_json)).toEqual({ at: 1 });
    await store.close();
  });
});
