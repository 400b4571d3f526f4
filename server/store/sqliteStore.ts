import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ClientTurn, Debrief, EndReason } from '../../contract/session.js';
import type { EngineState } from '../../engine/simulation/engineSession.js';
import { migrate } from './migrations.js';
import type { SessionRow, Store, TurnRow } from './store.js';

interface SessionDbRow {
  id: string;
  persona_id: string;
  seed: number;
  token_hash: string;
  started_at: number;
  ended_at: number | null;
  end_reason: string | null;
  opening_json: string;
  state_json: string;
}
interface TurnDbRow {
  turn: number;
  said: string;
  at: number;
  analysis_json: string;
  reply_json: string;
}

/**
 * Opens (creating if needed) the SQLite store. `file` is a path, or ':memory:' for tests.
 * WAL mode lets reads go on while a turn is written; statements are prepared once. Rows handed
 * out are shared with the store's cache of live sessions: read them, never change them.
 */
export function openSqliteStore(
  file: string,
  { cacheSize = 5000 }: { cacheSize?: number } = {},
): Store & { db: Database.Database } {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);

  const insertSession = db.prepare(
    `INSERT INTO sessions (id, persona_id, seed, token_hash, started_at, updated_at, opening_json, state_json)
     VALUES (@id, @personaId, @seed, @tokenHash, @startedAt, @startedAt, @opening, @state)`,
  );
  const selectSession = db.prepare<[string], SessionDbRow>('SELECT * FROM sessions WHERE id = ?');
  const insertTurn = db.prepare(
    `INSERT INTO turns (session_id, turn, said, at, analysis_json, reply_json, trust, openness)
     VALUES (@sessionId, @turn, @said, @at, @analysis, @reply, @trust, @openness)`,
  );
  const updateState = db.prepare('UPDATE sessions SET state_json = ?, updated_at = ? WHERE id = ?');
  const selectTurns = db.prepare<[string], TurnDbRow>(
    'SELECT turn, said, at, analysis_json, reply_json FROM turns WHERE session_id = ? ORDER BY turn',
  );
  const updateEnd = db.prepare(
    'UPDATE sessions SET ended_at = ?, updated_at = ?, end_reason = ?, state_json = ? WHERE id = ?',
  );
  const upsertDebrief = db.prepare(
    `INSERT INTO debriefs (session_id, debrief_json, created_at) VALUES (?, ?, ?)
     ON CONFLICT(session_id) DO UPDATE SET debrief_json = excluded.debrief_json, created_at = excluded.created_at`,
  );
  const selectDebrief = db.prepare<[string], { debrief_json: string }>(
    'SELECT debrief_json FROM debriefs WHERE session_id = ?',
  );

  const recordTurn = db.transaction((sessionId: string, t: TurnRow, state: EngineState) => {
    insertTurn.run({
      sessionId,
      turn: t.turn,
      said: t.said,
      at: t.at,
      analysis: JSON.stringify(t.analysis),
      reply: JSON.stringify(t.reply),
      trust: t.reply.meters.trust,
      openness: t.reply.meters.openness,
    });
    updateState.run(JSON.stringify(state), t.at, sessionId);
  });
  const endSession = db.transaction(
    (sessionId: string, reason: EndReason, state: EngineState, debrief: Debrief, at: number) => {
      updateEnd.run(at, at, reason, JSON.stringify(state), sessionId);
      upsertDebrief.run(sessionId, JSON.stringify(debrief), at);
    },
  );

  /**
   * Sessions recently read or written, as stored. This process is the database's only writer, so
   * the copy is updated after each commit and a turn reads no row and parses no JSON. Bounded:
   * the least recently used row is dropped first (it is read back from the file when needed).
   */
  const live = new Map<string, SessionRow>();
  const remember = (row: SessionRow) => {
    live.delete(row.id);
    live.set(row.id, row);
    if (live.size > cacheSize) live.delete(live.keys().next().value as string);
    return row;
  };
  const update = (id: string, change: Partial<SessionRow>) => {
    const row = live.get(id);
    if (row) remember({ ...row, ...change });
  };

  return {
    db,
    createSession(row: SessionRow) {
      insertSession.run({
        id: row.id,
        personaId: row.personaId,
        seed: row.seed,
        tokenHash: row.tokenHash,
        startedAt: row.startedAt,
        opening: JSON.stringify(row.opening),
        state: JSON.stringify(row.state),
      });
      remember({ ...row });
    },
    getSession(id: string) {
      const cached = live.get(id);
      if (cached) return remember(cached);
      const r = selectSession.get(id);
      if (!r) return undefined;
      return remember({
        id: r.id,
        personaId: r.persona_id,
        seed: r.seed,
        tokenHash: r.token_hash,
        startedAt: r.started_at,
        ...(r.ended_at === null ? {} : { endedAt: r.ended_at }),
        ...(r.end_reason === null ? {} : { endReason: r.end_reason as EndReason }),
        opening: JSON.parse(r.opening_json) as ClientTurn,
        state: JSON.parse(r.state_json) as EngineState,
      });
    },
    recordTurn(sessionId, turn, state) {
      recordTurn(sessionId, turn, state);
      update(sessionId, { state });
    },
    listTurns(sessionId: string) {
      return selectTurns.all(sessionId).map((r) => ({
        turn: r.turn,
        said: r.said,
        at: r.at,
        analysis: JSON.parse(r.analysis_json),
        reply: JSON.parse(r.reply_json) as ClientTurn,
      }));
    },
    endSession(sessionId, reason, state, debrief, at) {
      endSession(sessionId, reason, state, debrief, at);
      update(sessionId, { state, endReason: reason, endedAt: at });
    },
    getDebrief(sessionId: string) {
      const r = selectDebrief.get(sessionId);
      return r ? (JSON.parse(r.debrief_json) as Debrief) : undefined;
    },
    atomically<T>(work: () => T): T {
      try {
        // Writes inside run as savepoints of this transaction (better-sqlite3 nests them).
        return db.transaction(work)();
      } catch (err) {
        // The cache may hold what was rolled back: forget it all and read the file again.
        live.clear();
        throw err;
      }
    },
    close() {
      if (db.open) db.close();
    },
  };
}
