import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Held while a server uses a data folder; `release` lets the next one in. */
export interface DataDirLock {
  release(): void;
}

/**
 * Takes the data folder for this process, or throws a sentence saying which process has it.
 *
 * The lock is an SQLite file held in exclusive locking mode: the operating system releases it
 * when the holder exits, however it exits (SIGKILL, a crash, a power cut), so a stale lock can
 * never keep a restarted server out, and no process id has to be trusted. A second server on the
 * same folder would keep its own copy of live sessions and silently diverge from the first.
 * The database itself is not locked, so a backup tool can still read it while the server runs.
 */
export function lockDataDir(dir: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = path.join(dir, 'rapport.lock');
  const pidFile = path.join(dir, 'rapport.pid');
  const db = new Database(lockFile, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err;
    let holder = 'another process';
    try {
      const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0) holder = `another Rapport server (process ${pid})`;
    } catch {
      // No pid file (it was removed by hand): the message stays general.
    }
    throw new Error(
      `The data folder ${dir} is already in use by ${holder}. One server process per DATA_DIR: stop the ` +
        'other one, give this one its own DATA_DIR, or set DATABASE_URL to a PostgreSQL database, which ' +
        'any number of processes can share.',
    );
  }
  // Only for the message above: the lock itself is the file lock, not this number.
  fs.writeFileSync(pidFile, `${process.pid}\n`);
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      try {
        if (Number(fs.readFileSync(pidFile, 'utf8').trim()) === process.pid) fs.rmSync(pidFile);
      } catch {
        // Already gone.
      }
      db.close();
    },
  };
}
