import fs from 'node:fs';
import Database from 'better-sqlite3';
import { sqliteFileOf } from '../store/openCourse.js';
import { openSqliteStore } from '../store/sqliteStore.js';
import type { Store } from '../store/store.js';

/**
 * Data care for an institution: delete old sessions, delete one trainee's, back the database up.
 *
 * With SQLite, the tools that delete sessions take the data folder's lock, so they refuse while a
 * server runs on it: the server keeps live sessions in memory and is the database's only writer,
 * and a session deleted under it could come back from its cache. Stop the server, run the tool,
 * start it again. The backup only reads, through SQLite's online backup, so it runs while the
 * server serves. With PostgreSQL (DATABASE_URL) the deletions run against the database directly
 * while servers keep serving (they keep no copy; a deleted session's next turn finds no session),
 * and the backup is PostgreSQL's own tools' job.
 */
export interface DataConfig {
  databaseUrl: string | undefined;
  dataDir: string;
}

const DAY_MS = 86_400_000;

/** Runs `work` on the sessions store, taking SQLite's folder lock; says plainly when a server has it. */
async function withStore<T>(
  config: DataConfig,
  tool: string,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  let store: Store;
  if (config.databaseUrl) {
    const { createPostgresPool, openPostgresStore } = await import('../store/postgresStore.js');
    store = await openPostgresStore(createPostgresPool(config.databaseUrl, 2));
  } else {
    const file = sqliteFileOf(config.dataDir);
    if (!fs.existsSync(file)) throw new Error(`There is no Rapport database at ${file} (check DATA_DIR).`);
    try {
      store = openSqliteStore(file);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (!/already in use/.test(message)) throw err;
      const holder = /\(process (\d+)\)/.exec(message)?.[1];
      throw new Error(
        `A Rapport server${holder ? ` (process ${holder})` : ''} is using ${config.dataDir}. Stop it, run ` +
          `${tool} again, then start the server: it keeps live sessions in memory, so sessions cannot be ` +
          'deleted under it. Nothing was deleted.',
      );
    }
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Deletes (or with `dryRun` lists) sessions last active more than `days` days before `now`. */
export function purgeOlderThan(config: DataConfig, days: number, { dryRun = false, now = Date.now() } = {}) {
  const cutoff = now - days * DAY_MS;
  return withStore(config, 'data:purge', async (store) => ({
    ids: await store.course.purgeBefore(cutoff, dryRun),
    cutoff,
  }));
}

/** Deletes (or with `dryRun` lists) every session of one trainee, the name matched whole, ignoring case. */
export function deleteTrainee(config: DataConfig, name: string, { dryRun = false } = {}) {
  if (name.trim() === '')
    throw new Error('Give the trainee’s name as the page recorded it: --trainee "Ana Díaz".');
  return withStore(config, 'data:delete', (store) => store.course.deleteTrainee(name, dryRun));
}

/**
 * Copies the SQLite database to `target` with SQLite's online backup (a consistent copy while the
 * server keeps writing), then checks the copy. Refuses an existing target and PostgreSQL.
 */
export async function backupTo(config: DataConfig, target: string) {
  if (config.databaseUrl) {
    throw new Error(
      'DATABASE_URL is set, so sessions are kept in PostgreSQL, which this command does not copy (it backs ' +
        'up the SQLite database only). Use PostgreSQL’s own tools, for example: ' +
        'pg_dump --format=custom --file=rapport.dump "$DATABASE_URL" (add --schema=NAME when Rapport has a ' +
        'schema of its own). Nothing was written.',
    );
  }
  const source = sqliteFileOf(config.dataDir);
  if (!fs.existsSync(source)) throw new Error(`There is no Rapport database at ${source} (check DATA_DIR).`);
  if (fs.existsSync(target))
    throw new Error(`${target} already exists: choose another file, or remove it first.`);
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  const copy = new Database(target, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`The copy at ${target} failed SQLite's integrity check: ${check}.`);
    return {
      sessions: (copy.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n,
      version: copy.pragma('user_version', { simple: true }) as number,
      bytes: fs.statSync(target).size,
    };
  } finally {
    copy.close();
  }
}
