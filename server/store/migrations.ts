import type Database from 'better-sqlite3';

/**
 * Versioned schema changes, applied in order. `PRAGMA user_version` records how many have run,
 * so a database from an older release is brought up to date at open. Never edit a shipped
 * migration: add a new one.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'sessions, turns and debriefs',
    sql: `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        persona_id TEXT NOT NULL,
        seed INTEGER NOT NULL,
        token_hash TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        end_reason TEXT,
        opening_json TEXT NOT NULL,
        state_json TEXT NOT NULL
      );
      CREATE TABLE turns (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        turn INTEGER NOT NULL,
        said TEXT NOT NULL,
        at INTEGER NOT NULL,
        analysis_json TEXT NOT NULL,
        reply_json TEXT NOT NULL,
        trust REAL NOT NULL,
        openness REAL NOT NULL,
        state_json TEXT NOT NULL,
        PRIMARY KEY (session_id, turn)
      );
      CREATE TABLE debriefs (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        debrief_json TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'last activity per session, for listing and clean-up',
    sql: `
      ALTER TABLE sessions ADD COLUMN updated_at INTEGER;
      UPDATE sessions SET updated_at = COALESCE(
        (SELECT MAX(at) FROM turns WHERE turns.session_id = sessions.id), started_at);
      CREATE INDEX sessions_by_persona ON sessions (persona_id, updated_at);
    `,
  },
  {
    version: 3,
    name: 'turns no longer keep a copy of the session state (sessions.state_json has it)',
    sql: `
      ALTER TABLE turns DROP COLUMN state_json;
    `,
  },
  {
    version: 4,
    name: 'when the reply to the last turn is due, so a turn sent during the typing pause is refused',
    sql: `
      ALTER TABLE sessions ADD COLUMN reply_due_at INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 5,
    name: 'practice: returning clients, hints, and turns set aside by a rewind',
    sql: `
      ALTER TABLE sessions ADD COLUMN continued_from TEXT;
      ALTER TABLE sessions ADD COLUMN continuation_json TEXT;
      ALTER TABLE sessions ADD COLUMN hints_used INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE sessions ADD COLUMN rewinds INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE abandoned_turns (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        attempt INTEGER NOT NULL,
        turn INTEGER NOT NULL,
        said TEXT NOT NULL,
        at INTEGER NOT NULL,
        analysis_json TEXT NOT NULL,
        reply_json TEXT NOT NULL,
        PRIMARY KEY (session_id, attempt, turn)
      );
    `,
  },
  {
    version: 6,
    name: 'courses: trainees, settings and provenance per session; educators, labels, assignments',
    sql: `
      ALTER TABLE sessions ADD COLUMN trainee_name TEXT;
      ALTER TABLE sessions ADD COLUMN cohort TEXT;
      -- The same in lower case (JavaScript's), for matching and grouping that ignore case alike in both stores.
      ALTER TABLE sessions ADD COLUMN trainee_key TEXT;
      ALTER TABLE sessions ADD COLUMN cohort_key TEXT;
      ALTER TABLE sessions ADD COLUMN assignment_code TEXT;
      ALTER TABLE sessions ADD COLUMN settings_json TEXT;
      ALTER TABLE sessions ADD COLUMN persona_hash TEXT;
      ALTER TABLE sessions ADD COLUMN scorer_version TEXT;
      CREATE INDEX sessions_by_start ON sessions (started_at, id);
      CREATE INDEX sessions_by_cohort ON sessions (cohort_key, started_at);
      CREATE INDEX sessions_by_trainee ON sessions (trainee_key);
      CREATE INDEX sessions_by_assignment ON sessions (assignment_code);
      CREATE TABLE educators (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE educator_logins (
        token_hash TEXT PRIMARY KEY,
        educator_id INTEGER NOT NULL REFERENCES educators(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE TABLE labels (
        session_id TEXT NOT NULL,
        turn INTEGER NOT NULL,
        educator_id INTEGER NOT NULL REFERENCES educators(id) ON DELETE CASCADE,
        moves_json TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (session_id, turn, educator_id),
        FOREIGN KEY (session_id, turn) REFERENCES turns(session_id, turn) ON DELETE CASCADE
      );
      CREATE TABLE assignments (
        code TEXT PRIMARY KEY,
        title TEXT,
        persona_id TEXT NOT NULL,
        seed INTEGER,
        minutes REAL,
        meters INTEGER NOT NULL,
        coaching INTEGER NOT NULL,
        rewinds INTEGER NOT NULL,
        hints INTEGER NOT NULL,
        cohort TEXT,
        created_by INTEGER REFERENCES educators(id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 7,
    name: 'failed sign-ins, kept in the database so every process counts them',
    sql: `
      CREATE TABLE login_failures (
        key TEXT NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX login_failures_by_key ON login_failures (key, at);
      -- Old failures are dropped by time as new ones come: that delete uses this index.
      CREATE INDEX login_failures_by_time ON login_failures (at);
    `,
  },
];

/**
 * Refuses a database written by a newer Rapport: its tables may hold what this code would
 * misread or overwrite. `where` names the database in the message.
 */
export function refuseNewerSchema(found: number, known: number, where: string): void {
  if (found > known) {
    throw new Error(
      `The database ${where} was written by a newer version of Rapport (schema version ${found}; ` +
        `this version knows up to ${known}). Upgrade Rapport to use it, or point this one at another database.`,
    );
  }
}

/** Brings the database to the newest schema version; returns the versions applied. */
export function migrate(db: Database.Database, migrations = MIGRATIONS, where = db.name): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  refuseNewerSchema(current, migrations.at(-1)?.version ?? 0, `'${where}'`);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
