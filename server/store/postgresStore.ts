import pg from 'pg';
import type { ClientTurn, Debrief, EndReason } from '../../contract/session.js';
import type { EngineState } from '../../engine/simulation/engineSession.js';
import { migratePostgres } from './postgresMigrations.js';
import type { Continuation } from '../../engine/practice/continuity.js';
import type { SessionSettings } from '../../contract/events.js';
import { foldKey } from './courseStore.js';
import { courseFieldsOf } from './courseRows.js';
import { postgresCourse } from './postgresCourse.js';
import type { AbandonedTurnRow, SessionRow, SessionTx, Store, TurnRow } from './store.js';

interface SessionDbRow {
  id: string;
  persona_id: string;
  seed: number;
  token_hash: string;
  started_at: number;
  ended_at: number | null;
  end_reason: string | null;
  opening: ClientTurn;
  state_json: string;
  reply_due_at: number;
  continued_from: string | null;
  continuation: Continuation | null;
  hints_used: number;
  rewinds: number;
  trainee_name: string | null;
  cohort: string | null;
  assignment_code: string | null;
  settings: SessionSettings | null;
  persona_hash: string | null;
  scorer_version: string | null;
}

const INT8 = 20;
/**
 * bigint columns (times in ms, seeds) come back as numbers: every value Rapport stores is far
 * below 2^53, and pg's default (strings) would leak into every row.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** A pool for Rapport's PostgreSQL database, shared by the store and socket.io's adapter. */
export function createPostgresPool(connectionString: string, max = 10): pg.Pool {
  return new pg.Pool({
    connectionString,
    types,
    max,
    // A turn holds its session's row for about a millisecond; waiting seconds means something is stuck.
    lock_timeout: 5000,
    // A process that dies mid-transaction must not hold a session's row for long.
    idle_in_transaction_session_timeout: 10_000,
    connectionTimeoutMillis: 10_000,
  });
}

const SESSION_COLUMNS =
  'id, persona_id, seed, token_hash, started_at, ended_at, end_reason, opening, state_json, reply_due_at, ' +
  'continued_from, continuation, hints_used, rewinds, trainee_name, cohort, assignment_code, settings, ' +
  'persona_hash, scorer_version';

function toRow(r: SessionDbRow): SessionRow {
  return {
    id: r.id,
    personaId: r.persona_id,
    seed: r.seed,
    tokenHash: r.token_hash,
    startedAt: r.started_at,
    ...(r.ended_at === null ? {} : { endedAt: r.ended_at }),
    ...(r.end_reason === null ? {} : { endReason: r.end_reason as EndReason }),
    opening: r.opening,
    state: JSON.parse(r.state_json) as EngineState,
    replyDueAt: r.reply_due_at,
    ...(r.continued_from === null ? {} : { continuedFrom: r.continued_from }),
    ...(r.continuation === null ? {} : { continuation: r.continuation }),
    hintsUsed: r.hints_used,
    rewinds: r.rewinds,
    ...courseFieldsOf(r),
    ...(r.settings === null ? {} : { settings: r.settings }),
  };
}

async function selectTurns(db: pg.Pool | pg.PoolClient, sessionId: string): Promise<TurnRow[]> {
  const { rows } = await db.query<TurnRow>(
    'SELECT turn, said, at, analysis, reply FROM turns WHERE session_id = $1 ORDER BY turn',
    [sessionId],
  );
  return rows;
}

async function selectAbandoned(db: pg.Pool | pg.PoolClient, sessionId: string): Promise<AbandonedTurnRow[]> {
  const { rows } = await db.query<AbandonedTurnRow>(
    `SELECT attempt, turn, said, at, analysis, reply FROM abandoned_turns
     WHERE session_id = $1 ORDER BY attempt, turn`,
    [sessionId],
  );
  return rows;
}

async function selectDebrief(db: pg.Pool | pg.PoolClient, sessionId: string): Promise<Debrief | undefined> {
  const { rows } = await db.query<{ debrief: Debrief }>(
    'SELECT debrief FROM debriefs WHERE session_id = $1',
    [sessionId],
  );
  return rows[0]?.debrief;
}

/**
 * The PostgreSQL store (DATABASE_URL). Any number of server processes share it, so it keeps no
 * cache: every read asks the database, which is the one source of truth. A session's turns and
 * its end run in a transaction holding its row (`SELECT … FOR UPDATE`), which serialises them
 * across processes; an end is recorded only on a session not yet ended.
 */
export async function openPostgresStore(pool: pg.Pool): Promise<Store & { pool: pg.Pool }> {
  await migratePostgres(pool);
  return {
    kind: 'postgres',
    pool,
    course: postgresCourse(pool),
    async createSession(row) {
      await pool.query(
        `INSERT INTO sessions (id, persona_id, seed, token_hash, started_at, updated_at, opening, state_json,
           continued_from, continuation, trainee_name, cohort, assignment_code, settings, persona_hash,
           scorer_version, trainee_key, cohort_key)
         VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
        [
          row.id,
          row.personaId,
          row.seed,
          row.tokenHash,
          row.startedAt,
          JSON.stringify(row.opening),
          JSON.stringify(row.state),
          row.continuedFrom ?? null,
          row.continuation ? JSON.stringify(row.continuation) : null,
          row.trainee ?? null,
          row.cohort ?? null,
          row.assignment ?? null,
          row.settings ? JSON.stringify(row.settings) : null,
          row.personaHash ?? null,
          row.scorerVersion ?? null,
          foldKey(row.trainee),
          foldKey(row.cohort),
        ],
      );
    },
    async getSession(id) {
      const { rows } = await pool.query<SessionDbRow>(
        `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = $1`,
        [id],
      );
      return rows[0] && toRow(rows[0]);
    },
    listTurns: (sessionId) => selectTurns(pool, sessionId),
    listAbandoned: (sessionId) => selectAbandoned(pool, sessionId),
    getDebrief: (sessionId) => selectDebrief(pool, sessionId),
    async withSession(id, work) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<SessionDbRow>(
          `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = $1 FOR UPDATE`,
          [id],
        );
        const tx: SessionTx | undefined = rows[0] && {
          row: toRow(rows[0]),
          listTurns: () => selectTurns(client, id),
          async recordTurn(t, state, replyDueAt) {
            // One round trip for both writes.
            await client.query(
              `WITH turn AS (
                 INSERT INTO turns (session_id, turn, said, at, analysis, reply, trust, openness)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8))
               UPDATE sessions SET state_json = $9, updated_at = $4, reply_due_at = $10 WHERE id = $1`,
              [
                id,
                t.turn,
                t.said,
                t.at,
                JSON.stringify(t.analysis),
                JSON.stringify(t.reply),
                t.reply.meters.trust,
                t.reply.meters.openness,
                JSON.stringify(state),
                replyDueAt,
              ],
            );
          },
          async endSession({ reason, state, debrief, at }) {
            const { rowCount } = await client.query(
              `WITH ended AS (
                 UPDATE sessions SET ended_at = $2, updated_at = $2, end_reason = $3, state_json = $4
                 WHERE id = $1 AND end_reason IS NULL RETURNING id)
               INSERT INTO debriefs (session_id, debrief, created_at) SELECT id, $5, $2 FROM ended`,
              [id, at, reason, JSON.stringify(state), JSON.stringify(debrief)],
            );
            return rowCount === 1;
          },
          async rewind(toTurn, state) {
            await client.query(
              `WITH moved AS (
                 DELETE FROM turns WHERE session_id = $1 AND turn >= $2
                 RETURNING session_id, turn, said, at, analysis, reply),
               kept AS (
                 INSERT INTO abandoned_turns (session_id, attempt, turn, said, at, analysis, reply)
                 SELECT session_id, (SELECT rewinds + 1 FROM sessions WHERE id = $1), turn, said, at, analysis, reply
                 FROM moved)
               UPDATE sessions SET state_json = $3, rewinds = rewinds + 1, reply_due_at = 0 WHERE id = $1`,
              [id, toTurn, JSON.stringify(state)],
            );
          },
          listAbandoned: () => selectAbandoned(client, id),
          debriefOf: (other) => selectDebrief(client, other),
          async countHint() {
            await client.query('UPDATE sessions SET hints_used = hints_used + 1 WHERE id = $1', [id]);
          },
        };
        const value = await work(tx);
        await client.query('COMMIT');
        return value;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw err;
      } finally {
        // A connection that could not even roll back is dropped, not handed to the next turn.
        client.release(broken);
      }
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
