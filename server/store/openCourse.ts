import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CourseStore } from './courseStore.js';
import { createExclusive } from './exclusive.js';
import { migrate } from './migrations.js';
import { sqliteCourse } from './sqliteCourse.js';

export interface OpenedCourse {
  course: CourseStore;
  kind: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

/** The SQLite database of a data folder. */
export const sqliteFileOf = (dataDir: string) => path.join(dataDir, 'rapport.sqlite');

/**
 * The course tables alone, for `educator:add`, which must work while the server runs. With SQLite
 * this opens the database without taking the folder's lock: it writes only educator accounts,
 * which the server never caches (its cache holds live sessions), and SQLite serialises the two
 * writers (a writer waits up to 5 s for the other). Tools that change sessions take the lock
 * instead (see server/cli/data.ts).
 */
export async function openCourseOnly(config: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<OpenedCourse> {
  if (config.databaseUrl) {
    const { createPostgresPool, openPostgresStore } = await import('./postgresStore.js');
    const store = await openPostgresStore(createPostgresPool(config.databaseUrl, 2));
    return { course: store.course, kind: 'postgres', close: () => store.close() };
  }
  const file = sqliteFileOf(config.dataDir);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db, undefined, file);
  } catch (err) {
    db.close();
    throw err;
  }
  return {
    course: sqliteCourse(db, createExclusive(), () => {}),
    kind: 'sqlite',
    close: async () => {
      db.close();
    },
  };
}
