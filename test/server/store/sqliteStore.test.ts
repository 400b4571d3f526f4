import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../server/store/migrations.js';
import { openSqliteStore } from '../../../server/store/sqliteStore.js';

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

describe('the SQLite store', () => {
  it('creates its folder, uses WAL and the newest schema version', () => {
    const file = tempFile();
    const store = openSqliteStore(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    store.close();
  });

  it('keeps sessions and turns across a reopen', () => {
    const file = tempFile();
    const store = openSqliteStore(file);
    store.createSession({
      id: 's1',
      personaId: 'maya',
      seed: 1,
      tokenHash: 'ab',
      startedAt: 1000,
      opening,
      state: { x: 1 } as never,
    });
    const reply = { ...opening, turn: 1, text: 'Okay.', meters: { trust: 25, openness: 12 } };
    store.recordTurn(
      's1',
      {
        turn: 1,
        said: 'Hello',
        at: 2000,
        analysis: { moves: [], details: [], stems: [], sentiment: 0, wordCount: 1 },
        reply,
      },
      { x: 2 } as never,
    );
    store.close();

    const again = openSqliteStore(file);
    expect(again.getSession('s1')?.state).toEqual({ x: 2 });
    expect(again.listTurns('s1').map((t) => t.reply.meters.trust)).toEqual([25]);
    again.close();
  });

  it('refuses a second turn with the same number', () => {
    const store = openSqliteStore(':memory:');
    store.createSession({
      id: 's1',
      personaId: 'maya',
      seed: 1,
      tokenHash: 'ab',
      startedAt: 1000,
      opening,
      state: {} as never,
    });
    const row = {
      turn: 1,
      said: 'a',
      at: 1,
      analysis: { moves: [], details: [], stems: [], sentiment: 0, wordCount: 1 },
      reply: opening,
    };
    store.recordTurn('s1', row, {} as never);
    expect(() => store.recordTurn('s1', row, {} as never)).toThrow();
    expect(store.listTurns('s1')).toHaveLength(1);
    store.close();
  });

  it('migrates a database written by an older schema version and keeps its rows', () => {
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
    expect(store.getSession('old')?.opening.text).toBe('Hi.');
    const updated = store.db.prepare("SELECT updated_at FROM sessions WHERE id = 'old'").get() as {
      updated_at: number;
    };
    expect(updated.updated_at).toBe(500);
    store.close();
  });

  it('drops the copy of the state each turn used to keep (v3), keeping the turns', () => {
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
    expect(store.listTurns('old').map((t) => t.said)).toEqual(['Hello']);
    expect(store.getSession('old')?.state).toEqual({ x: 2 });
    store.close();
  });
});

describe("the store's cache of live sessions", () => {
  const turn = (n: number) => ({
    turn: n,
    said: `line ${n}`,
    at: 1000 + n,
    analysis: { moves: [], details: [], stems: [], sentiment: 0, wordCount: 2 },
    reply: { ...opening, turn: n },
  });
  const session = (id: string) => ({
    id,
    personaId: 'maya',
    seed: 1,
    tokenHash: 'ab',
    startedAt: 1000,
    opening,
    state: { at: 0 } as never,
  });

  it('answers with the state of the last committed turn, also for rows it has dropped', () => {
    const store = openSqliteStore(':memory:', { cacheSize: 1 });
    store.createSession(session('a'));
    store.createSession(session('b')); // pushes 'a' out of the cache
    store.recordTurn('a', turn(1), { at: 1 } as never);
    store.recordTurn('b', turn(1), { at: 1 } as never);
    store.recordTurn('a', turn(2), { at: 2 } as never);
    expect(store.getSession('a')?.state).toEqual({ at: 2 });
    expect(store.getSession('b')?.state).toEqual({ at: 1 });
    expect(store.getSession('a')?.state).toEqual({ at: 2 });
    store.close();
  });

  it('keeps the cached state unchanged when a turn fails to commit', () => {
    const store = openSqliteStore(':memory:');
    store.createSession(session('a'));
    store.recordTurn('a', turn(1), { at: 1 } as never);
    expect(() => store.recordTurn('a', turn(1), { at: 99 } as never)).toThrow();
    expect(store.getSession('a')?.state).toEqual({ at: 1 });
    store.close();
  });

  it('records the end of a session in the cached row', () => {
    const store = openSqliteStore(':memory:');
    store.createSession(session('a'));
    expect(store.getSession('a')?.endReason).toBeUndefined();
    const debrief = { x: 1 } as never;
    store.endSession('a', 'trainee', { at: 3 } as never, debrief, 5000);
    expect(store.getSession('a')).toMatchObject({ endReason: 'trainee', endedAt: 5000, state: { at: 3 } });
    store.close();
  });

  it('rolls back every write of a failed atomic block, and the cache with it', () => {
    const store = openSqliteStore(':memory:');
    store.createSession(session('a'));
    store.recordTurn('a', turn(1), { at: 1 } as never);
    expect(() =>
      store.atomically(() => {
        store.recordTurn('a', turn(2), { at: 2 } as never);
        throw new Error('the debrief could not be built');
      }),
    ).toThrow('the debrief could not be built');
    expect(store.listTurns('a').map((t) => t.turn)).toEqual([1]);
    expect(store.getSession('a')?.state).toEqual({ at: 1 });
    store.atomically(() => store.recordTurn('a', turn(2), { at: 2 } as never));
    expect(store.getSession('a')?.state).toEqual({ at: 2 });
    store.close();
  });
});
