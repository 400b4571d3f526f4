import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ClientTurn, Debrief, EndReason } from '../../contract/session.js';
import type { EngineState } from '../../engine/simulation/engineSession.js';
import { type DataDirLock, lockDataDir } from './dataDirLock.js';
import { createExclusive } from './exclusive.js';
import { migrate } from './migrations.js';
import { courseFieldsOf } from './courseRows.js';
import { sqliteCourse } from './sqliteCourse.js';
import { foldKey } from './courseStore.js';
import type { AbandonedTurnRow, SessionRow, SessionTx, Store, TurnRow } from './store.js';

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
  reply_due_at: number;
  continued_from: string | null;
  continuation_json: string | null;
  hints_used: number;
  rewinds: number;
  trainee_name: string | null;
  cohort: string | null;
  assignment_code: string | null;
  settings_json: string | null;
  persona_hash: string | null;
  scorer_version: string | null;
}
interface TurnDbRow {
  turn: number;
  said: string;
  at: number;
  analysis_json: string;
  reply_json: string;
}

export type SqliteStore = Store & { db: Database.Database };

/**
 * Opens (creating if needed) the SQLite store. `file` is a path, or ':memory:' for tests. A file
 * store takes its folder's lock first (see dataDirLock.ts), so it is this database's only writer;
 * that is what lets it keep live sessions in a cache. WAL mode lets reads go on while a turn is
 * written; statements are prepared once.
 */
export function openSqliteStore(
  file: string,
  { cacheSize = 5000 }: { cacheSize?: number } = {},
): SqliteStore {
  let lock: DataDirLock | undefined;
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    lock = lockDataDir(path.dirname(file));
  }
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, undefined, file);
  } catch (err) {
    lock?.release();
    throw err;
  }

  const insertSession = db.prepare(
    `INSERT INTO sessions (id, persona_id, seed, token_hash, started_at, updated_at, opening_json, state_json,
       continued_from, continuation_json, trainee_name, trainee_key, cohort, cohort_key, assignment_code,
       settings_json, persona_hash, scorer_version)
     VALUES (@id, @personaId, @seed, @tokenHash, @startedAt, @startedAt, @opening, @state,
       @continuedFrom, @continuation, @trainee, @traineeKey, @cohort, @cohortKey, @assignment, @settings,
       @personaHash, @scorerVersion)`,
  );
  // A rewind sets the turns from `toTurn` on aside as one attempt, then takes them off the session.
  const setAside = db.prepare(
    `INSERT INTO abandoned_turns (session_id, attempt, turn, said, at, analysis_json, reply_json)
     SELECT session_id, ?, turn, said, at, analysis_json, reply_json FROM turns WHERE session_id = ? AND turn >= ?`,
  );
  const dropTurns = db.prepare('DELETE FROM turns WHERE session_id = ? AND turn >= ?');
  const updateRewound = db.prepare(
    'UPDATE sessions SET state_json = ?, rewinds = rewinds + 1, reply_due_at = 0 WHERE id = ?',
  );
  const updateHints = db.prepare('UPDATE sessions SET hints_used = hints_used + 1 WHERE id = ?');
  const selectAbandoned = db.prepare<[string], TurnDbRow & { attempt: number }>(
    `SELECT attempt, turn, said, at, analysis_json, reply_json FROM abandoned_turns
     WHERE session_id = ? ORDER BY attempt, turn`,
  );
  const selectSession = db.prepare<[string], SessionDbRow>('SELECT * FROM sessions WHERE id = ?');
  const insertTurn = db.prepare(
    `INSERT INTO turns (session_id, turn, said, at, analysis_json, reply_json, trust, openness)
     VALUES (@sessionId, @turn, @said, @at, @analysis, @reply, @trust, @openness)`,
  );
  const updateState = db.prepare(
    'UPDATE sessions SET state_json = ?, updated_at = ?, reply_due_at = ? WHERE id = ?',
  );
  const selectTurns = db.prepare<[string], TurnDbRow>(
    'SELECT turn, said, at, analysis_json, reply_json FROM turns WHERE session_id = ? ORDER BY turn',
  );
  // Only an open session can end: a second end (a timer on a second tab) changes nothing.
  const updateEnd = db.prepare(
    `UPDATE sessions SET ended_at = ?, updated_at = ?, end_reason = ?, state_json = ?
     WHERE id = ? AND end_reason IS NULL`,
  );
  const insertDebrief = db.prepare(
    'INSERT INTO debriefs (session_id, debrief_json, created_at) VALUES (?, ?, ?)',
  );
  const selectDebrief = db.prepare<[string], { debrief_json: string }>(
    'SELECT debrief_json FROM debriefs WHERE session_id = ?',
  );
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  const selectOne = db.prepare('SELECT 1');

  // One connection: a transaction that awaits must not have another's statements run inside it.
  const exclusive = createExclusive();

  /**
   * Sessions recently read or written, as committed. This process is the database's only writer
   * (it holds the folder's lock), so the copy is updated after each commit and a turn reads no row
   * and parses no JSON. Bounded: the least recently used row is dropped first.
   */
  const live = new Map<string, SessionRow>();
  const remember = (row: SessionRow) => {
    live.delete(row.id);
    live.set(row.id, row);
    if (live.size > cacheSize) live.delete(live.keys().next().value as string);
    return row;
  };

  function readSession(id: string): SessionRow | undefined {
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
      replyDueAt: r.reply_due_at,
      ...(r.continued_from === null ? {} : { continuedFrom: r.continued_from }),
      ...(r.continuation_json === null ? {} : { continuation: JSON.parse(r.continuation_json) }),
      hintsUsed: r.hints_used,
      rewinds: r.rewinds,
      ...courseFieldsOf(r),
      ...(r.settings_json === null ? {} : { settings: JSON.parse(r.settings_json) }),
    });
  }

  const readAbandoned = (sessionId: string): AbandonedTurnRow[] =>
    selectAbandoned.all(sessionId).map((r) => ({
      attempt: r.attempt,
      turn: r.turn,
      said: r.said,
      at: r.at,
      analysis: JSON.parse(r.analysis_json),
      reply: JSON.parse(r.reply_json) as ClientTurn,
    }));
  const readDebrief = (sessionId: string): Debrief | undefined => {
    const r = selectDebrief.get(sessionId);
    return r ? (JSON.parse(r.debrief_json) as Debrief) : undefined;
  };

  const readTurns = (sessionId: string): TurnRow[] =>
    selectTurns.all(sessionId).map((r) => ({
      turn: r.turn,
      said: r.said,
      at: r.at,
      analysis: JSON.parse(r.analysis_json),
      reply: JSON.parse(r.reply_json) as ClientTurn,
    }));

  return {
    kind: 'sqlite',
    db,
    // Deleting sessions (data care) must not leave them in the cache.
    course: sqliteCourse(db, exclusive, (id) => live.delete(id)),
    createSession: (row) =>
      exclusive(() => {
        insertSession.run({
          id: row.id,
          personaId: row.personaId,
          seed: row.seed,
          tokenHash: row.tokenHash,
          startedAt: row.startedAt,
          opening: JSON.stringify(row.opening),
          state: JSON.stringify(row.state),
          continuedFrom: row.continuedFrom ?? null,
          continuation: row.continuation ? JSON.stringify(row.continuation) : null,
          trainee: row.trainee ?? null,
          traineeKey: foldKey(row.trainee),
          cohort: row.cohort ?? null,
          cohortKey: foldKey(row.cohort),
          assignment: row.assignment ?? null,
          settings: row.settings ? JSON.stringify(row.settings) : null,
          personaHash: row.personaHash ?? null,
          scorerVersion: row.scorerVersion ?? null,
        });
        remember({ ...row, replyDueAt: 0, hintsUsed: 0, rewinds: 0 });
      }),
    getSession: (id) => exclusive(() => readSession(id)),
    listTurns: (sessionId) => exclusive(() => readTurns(sessionId)),
    listAbandoned: (sessionId) => exclusive(() => readAbandoned(sessionId)),
    getDebrief: (sessionId) => exclusive(() => readDebrief(sessionId)),
    withSession: (id, work) =>
      exclusive(async () => {
        begin.run();
        let row: SessionRow | undefined;
        try {
          row = readSession(id);
          // What this transaction changes in the row, for the cache once it is committed.
          let changed: SessionRow | undefined;
          const tx: SessionTx | undefined = row && {
            row,
            listTurns: async () => readTurns(id),
            async recordTurn(t, state, replyDueAt) {
              insertTurn.run({
                sessionId: id,
                turn: t.turn,
                said: t.said,
                at: t.at,
                analysis: JSON.stringify(t.analysis),
                reply: JSON.stringify(t.reply),
                trust: t.reply.meters.trust,
                openness: t.reply.meters.openness,
              });
              updateState.run(JSON.stringify(state), t.at, replyDueAt, id);
              changed = { ...(changed ?? row!), state, replyDueAt };
            },
            async endSession({ reason, state, debrief, at }) {
              if (updateEnd.run(at, at, reason, JSON.stringify(state), id).changes === 0) return false;
              insertDebrief.run(id, JSON.stringify(debrief), at);
              changed = { ...(changed ?? row!), state, endReason: reason, endedAt: at };
              return true;
            },
            async rewind(toTurn, state) {
              const base = changed ?? row!;
              setAside.run(base.rewinds + 1, id, toTurn);
              dropTurns.run(id, toTurn);
              updateRewound.run(JSON.stringify(state), id);
              changed = { ...base, state, rewinds: base.rewinds + 1, replyDueAt: 0 };
            },
            listAbandoned: async () => readAbandoned(id),
            debriefOf: async (other) => readDebrief(other),
            async countHint() {
              updateHints.run(id);
              const base = changed ?? row!;
              changed = { ...base, hintsUsed: base.hintsUsed + 1 };
            },
          };
          const value = await work(tx);
          commit.run();
          if (changed) remember(changed);
          return value;
        } catch (err) {
          if (db.inTransaction) rollback.run();
          // The cache holds only committed rows, but drop this one in case it was read mid-change.
          live.delete(id);
          throw err;
        }
      }),
    ping: () =>
      exclusive(() => {
        selectOne.get();
      }),
    close: () =>
      exclusive(() => {
        if (db.open) db.close();
        lock?.release();
      }),
  };
}
