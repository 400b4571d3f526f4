import type pg from 'pg';
import { refuseNewerSchema } from './migrations.js';

/**
 * PostgreSQL's schema changes, applied in order; `rapport_migrations` records which have run.
 * Never edit a shipped migration: add a new one. The schema mirrors SQLite's newest version
 * (see migrations.ts), with the machine snapshot kept as text so it reads back exactly as the
 * engine wrote it, and the rest as jsonb for whoever queries it.
 */
export const PG_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'sessions, turns and debriefs; the socket.io adapter’s attachments',
    sql: `
      CREATE TABLE sessions (
        id text PRIMARY KEY,
        persona_id text NOT NULL,
        seed bigint NOT NULL,
        token_hash text NOT NULL,
        started_at bigint NOT NULL,
        updated_at bigint NOT NULL,
        ended_at bigint,
        end_reason text,
        opening jsonb NOT NULL,
        state_json text NOT NULL,
        reply_due_at bigint NOT NULL DEFAULT 0
      );
      CREATE INDEX sessions_by_persona ON sessions (persona_id, updated_at);
      CREATE TABLE turns (
        session_id text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        turn integer NOT NULL,
        said text NOT NULL,
        at bigint NOT NULL,
        analysis jsonb NOT NULL,
        reply jsonb NOT NULL,
        trust real NOT NULL,
        openness real NOT NULL,
        PRIMARY KEY (session_id, turn)
      );
      CREATE TABLE debriefs (
        session_id text PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        debrief jsonb NOT NULL,
        created_at bigint NOT NULL
      );
      -- socket.io's PostgreSQL adapter keeps broadcasts over NOTIFY's 8,000-byte limit here (a debrief).
      CREATE TABLE socket_io_attachments (
        id bigserial UNIQUE,
        created_at timestamptz DEFAULT now(),
        payload bytea
      );
    `,
  },
  {
    version: 2,
    name: 'practice: returning clients, hints, and turns set aside by a rewind',
    sql: `
      ALTER TABLE sessions ADD COLUMN continued_from text;
      ALTER TABLE sessions ADD COLUMN continuation jsonb;
      ALTER TABLE sessions ADD COLUMN hints_used integer NOT NULL DEFAULT 0;
      ALTER TABLE sessions ADD COLUMN rewinds integer NOT NULL DEFAULT 0;
      CREATE TABLE abandoned_turns (
        session_id text NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        attempt integer NOT NULL,
        turn integer NOT NULL,
        said text NOT NULL,
        at bigint NOT NULL,
        analysis jsonb NOT NULL,
        reply jsonb NOT NULL,
        PRIMARY KEY (session_id, attempt, turn)
      );
    `,
  },
  {
    version: 3,
    name: 'courses: trainees, settings and provenance per session; educators, labels, assignments',
    sql: `
      ALTER TABLE sessions ADD COLUMN trainee_name text;
      ALTER TABLE sessions ADD COLUMN cohort text;
      -- The same in lower case (JavaScript's), for matching and grouping that ignore case alike in both stores.
      ALTER TABLE sessions ADD COLUMN trainee_key text;
      ALTER TABLE sessions ADD COLUMN cohort_key text;
      ALTER TABLE sessions ADD COLUMN assignment_code text;
      ALTER TABLE sessions ADD COLUMN settings jsonb;
      ALTER TABLE sessions ADD COLUMN persona_hash text;
      ALTER TABLE sessions ADD COLUMN scorer_version text;
      CREATE INDEX sessions_by_start ON sessions (started_at, id);
      CREATE INDEX sessions_by_cohort ON sessions (cohort_key, started_at);
      CREATE INDEX sessions_by_trainee ON sessions (trainee_key);
      CREATE INDEX sessions_by_assignment ON sessions (assignment_code);
      CREATE TABLE educators (
        id bigserial PRIMARY KEY,
        email text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        created_at bigint NOT NULL
      );
      CREATE TABLE educator_logins (
        token_hash text PRIMARY KEY,
        educator_id bigint NOT NULL REFERENCES educators(id) ON DELETE CASCADE,
        created_at bigint NOT NULL,
        expires_at bigint NOT NULL
      );
      CREATE TABLE labels (
        session_id text NOT NULL,
        turn integer NOT NULL,
        educator_id bigint NOT NULL REFERENCES educators(id) ON DELETE CASCADE,
        moves jsonb NOT NULL,
        updated_at bigint NOT NULL,
        PRIMARY KEY (session_id, turn, educator_id),
        FOREIGN KEY (session_id, turn) REFERENCES turns(session_id, turn) ON DELETE CASCADE
      );
      CREATE TABLE assignments (
        code text PRIMARY KEY,
        title text,
        persona_id text NOT NULL,
        seed bigint,
        minutes double precision,
        meters boolean NOT NULL,
        coaching boolean NOT NULL,
        rewinds boolean NOT NULL,
        hints boolean NOT NULL,
        cohort text,
        created_by bigint REFERENCES educators(id) ON DELETE SET NULL,
        created_at bigint NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'failed sign-ins, kept in the database so every process counts them',
    sql: `
      CREATE TABLE login_failures (
        key text NOT NULL,
        at bigint NOT NULL
      );
      CREATE INDEX login_failures_by_key ON login_failures (key, at);
      -- Old failures are dropped by time as new ones come: that delete uses this index.
      CREATE INDEX login_failures_by_time ON login_failures (at);
    `,
  },
];

/** Any number key for the advisory lock that lets one process at a time migrate. */
const MIGRATION_LOCK = 7_262_687;

/**
 * Brings the database (the first schema on its search_path) to the newest version; returns the
 * versions applied. Processes starting together wait for each other, and a database written by
 * a newer Rapport is refused.
 */
export async function migratePostgres(pool: pg.Pool, migrations = PG_MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS rapport_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM rapport_migrations',
    );
    const current = rows[0]?.version ?? 0;
    const where = await client.query<{ db: string; schema: string }>(
      'SELECT current_database() AS db, current_schema() AS schema',
    );
    refuseNewerSchema(
      current,
      migrations.at(-1)?.version ?? 0,
      `'${where.rows[0]?.db}' (schema ${where.rows[0]?.schema})`,
    );
    const applied: number[] = [];
    for (const m of migrations) {
      if (m.version <= current) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO rapport_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
