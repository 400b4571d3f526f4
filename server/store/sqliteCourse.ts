import type Database from 'better-sqlite3';
import type { Move } from '../../contract/moves.js';
import {
  type AssignmentDbRow,
  type EducatorDbRow,
  type ListingDbRow,
  listingColumns,
  OUTLINE_SQLITE,
  toAssignment,
  toEducator,
  toListing,
  whereOf,
} from './courseRows.js';
import { type CourseStore, foldKey, type LabelRow } from './courseStore.js';
import type { createExclusive } from './exclusive.js';

/**
 * The course side of the SQLite store, on the store's own connection and queue (`exclusive`): a
 * statement here must never run inside a session's transaction. `forget` drops a deleted session
 * from the store's cache.
 */
export function sqliteCourse(
  db: Database.Database,
  exclusive: ReturnType<typeof createExclusive>,
  forget: (sessionId: string) => void,
): CourseStore {
  const insertEducator = db.prepare(
    'INSERT INTO educators (email, password_hash, created_at) VALUES (?, ?, ?) ON CONFLICT (email) DO NOTHING',
  );
  const selectEducator = db.prepare<[string], EducatorDbRow>('SELECT * FROM educators WHERE email = ?');
  const updatePassword = db.prepare('UPDATE educators SET password_hash = ? WHERE email = ?');
  const deleteLoginsOf = db.prepare(
    'DELETE FROM educator_logins WHERE educator_id = (SELECT id FROM educators WHERE email = ?)',
  );
  const deleteExpired = db.prepare('DELETE FROM educator_logins WHERE expires_at <= ?');
  const insertLogin = db.prepare(
    'INSERT INTO educator_logins (token_hash, educator_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const selectLogin = db.prepare<[string, number], EducatorDbRow>(
    `SELECT e.* FROM educator_logins l JOIN educators e ON e.id = l.educator_id
     WHERE l.token_hash = ? AND l.expires_at > ?`,
  );
  const deleteLogin = db.prepare('DELETE FROM educator_logins WHERE token_hash = ?');
  const selectFailures = db.prepare<[string, number], { at: number }>(
    'SELECT at FROM login_failures WHERE key = ? AND at > ? ORDER BY at',
  );
  const insertFailure = db.prepare('INSERT INTO login_failures (key, at) VALUES (?, ?)');
  const deleteOldFailures = db.prepare('DELETE FROM login_failures WHERE at < ?');
  const deleteFailures = db.prepare('DELETE FROM login_failures WHERE key = ?');
  const selectTurn = db.prepare('SELECT 1 FROM turns WHERE session_id = ? AND turn = ?');
  const upsertLabel = db.prepare(
    `INSERT INTO labels (session_id, turn, educator_id, moves_json, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (session_id, turn, educator_id) DO UPDATE SET moves_json = excluded.moves_json,
       updated_at = excluded.updated_at`,
  );
  const selectLabels = db.prepare<
    [string],
    { session_id: string; turn: number; educator_id: number; moves_json: string; updated_at: number }
  >('SELECT * FROM labels WHERE session_id = ? ORDER BY turn, educator_id');
  const countLabels = db.prepare<[number, string], { session_id: string; n: number }>(
    `SELECT session_id, COUNT(*) AS n FROM labels
     WHERE educator_id = ? AND session_id IN (SELECT value FROM json_each(?)) GROUP BY session_id`,
  );
  const insertAssignment = db.prepare(
    `INSERT INTO assignments (code, title, persona_id, seed, minutes, meters, coaching, rewinds, hints, cohort,
       created_by, created_at)
     VALUES (@code, @title, @personaId, @seed, @minutes, @meters, @coaching, @rewinds, @hints, @cohort,
       @createdBy, @createdAt)`,
  );
  const selectAssignment = db.prepare<[string], AssignmentDbRow>('SELECT * FROM assignments WHERE code = ?');
  const selectAssignments = db.prepare<[], AssignmentDbRow & { sessions: number; creator: string | null }>(
    `SELECT a.*, (SELECT COUNT(*) FROM sessions s WHERE s.assignment_code = a.code) AS sessions,
       e.email AS creator
     FROM assignments a LEFT JOIN educators e ON e.id = a.created_by ORDER BY a.created_at DESC, a.code`,
  );
  const selectCohorts = db.prepare<[], { cohort: string; trainees: number; sessions: number; last: number }>(
    `SELECT MIN(cohort) AS cohort, COUNT(DISTINCT trainee_key) AS trainees,
       COUNT(*) AS sessions, MAX(started_at) AS last
     FROM sessions WHERE cohort_key IS NOT NULL GROUP BY cohort_key ORDER BY last DESC`,
  );
  const selectOld = db.prepare<[number], { id: string }>(
    'SELECT id FROM sessions WHERE updated_at < ? ORDER BY id',
  );
  const selectOfTrainee = db.prepare<[string], { id: string }>(
    'SELECT id FROM sessions WHERE trainee_key = ? ORDER BY id',
  );
  const deleteSession = db.prepare('DELETE FROM sessions WHERE id = ?');

  /** Deletes the sessions (their turns, debriefs and labels go with them) in one transaction. */
  const remove = (ids: string[], dryRun: boolean) => {
    if (!dryRun) {
      db.transaction(() => {
        for (const id of ids) deleteSession.run(id);
      })();
      for (const id of ids) forget(id);
    }
    return ids;
  };

  return {
    addEducator: (email, passwordHash, at) =>
      exclusive(() => {
        const e = email.toLowerCase();
        if (insertEducator.run(e, passwordHash, at).changes === 0) return undefined;
        const row = selectEducator.get(e);
        return row && toEducator(row);
      }),
    resetPassword: (email, passwordHash) =>
      exclusive(() =>
        db.transaction(() => {
          const e = email.toLowerCase();
          if (updatePassword.run(passwordHash, e).changes === 0) return false;
          deleteLoginsOf.run(e);
          return true;
        })(),
      ),
    findEducator: (email) =>
      exclusive(() => {
        const row = selectEducator.get(email.toLowerCase());
        return row && toEducator(row);
      }),
    openLogin: (tokenHash, educatorId, at, expiresAt) =>
      exclusive(() => {
        deleteExpired.run(at);
        insertLogin.run(tokenHash, educatorId, at, expiresAt);
      }),
    findLogin: (tokenHash, now) =>
      exclusive(() => {
        const row = selectLogin.get(tokenHash, now);
        return row && toEducator(row);
      }),
    closeLogin: (tokenHash) =>
      exclusive(() => {
        deleteLogin.run(tokenHash);
      }),
    loginFailures: (key, since) => exclusive(() => selectFailures.all(key, since).map((r) => r.at)),
    addLoginFailure: (keys, at, before) =>
      exclusive(
        db.transaction(() => {
          deleteOldFailures.run(before);
          for (const key of keys) insertFailure.run(key, at);
        }),
      ),
    clearLoginFailures: (key) =>
      exclusive(() => {
        deleteFailures.run(key);
      }),

    listSessions: (q) =>
      exclusive(() => {
        const { sql, params } = whereOf(q, 'sqlite', true);
        return db
          .prepare<(string | number)[], ListingDbRow>(
            `SELECT ${listingColumns(OUTLINE_SQLITE)}
             FROM sessions s LEFT JOIN debriefs d ON d.session_id = s.id
             ${sql} ORDER BY s.started_at DESC, s.id DESC LIMIT ?`,
          )
          .all(...params, q.limit ?? -1)
          .map(toListing);
      }),
    countSessions: (q) =>
      exclusive(() => {
        const { sql, params } = whereOf(q, 'sqlite');
        return (
          db
            .prepare<(string | number)[], { n: number }>(`SELECT COUNT(*) AS n FROM sessions s ${sql}`)
            .get(...params)?.n ?? 0
        );
      }),
    listCohorts: () =>
      exclusive(() =>
        selectCohorts.all().map((r) => ({
          cohort: r.cohort,
          trainees: r.trainees,
          sessions: r.sessions,
          lastStartedAt: r.last,
        })),
      ),

    putLabels: (l: LabelRow) =>
      exclusive(() => {
        if (!selectTurn.get(l.sessionId, l.turn)) return false;
        upsertLabel.run(l.sessionId, l.turn, l.educatorId, JSON.stringify(l.moves), l.updatedAt);
        return true;
      }),
    labelsOf: (sessionId) =>
      exclusive(() =>
        selectLabels.all(sessionId).map((r) => ({
          sessionId: r.session_id,
          turn: r.turn,
          educatorId: r.educator_id,
          moves: JSON.parse(r.moves_json) as Move[],
          updatedAt: r.updated_at,
        })),
      ),
    labelCounts: (educatorId, sessionIds) =>
      exclusive(
        () =>
          new Map(
            countLabels.all(educatorId, JSON.stringify(sessionIds)).map((r) => [r.session_id, r.n] as const),
          ),
      ),
    labelledTurns: (q) =>
      exclusive(() => {
        const { sql, params } = whereOf(q, 'sqlite');
        return db
          .prepare<
            (string | number)[],
            {
              session_id: string;
              turn: number;
              educator_id: number;
              moves_json: string;
              scorer: string | null;
            }
          >(
            `SELECT l.session_id, l.turn, l.educator_id, l.moves_json,
               json_extract(t.analysis_json, '$.moves') AS scorer
             FROM labels l
             JOIN turns t ON t.session_id = l.session_id AND t.turn = l.turn
             JOIN sessions s ON s.id = l.session_id
             ${sql} ORDER BY l.session_id, l.turn, l.educator_id`,
          )
          .all(...params)
          .map((r) => ({
            sessionId: r.session_id,
            turn: r.turn,
            educatorId: r.educator_id,
            labels: JSON.parse(r.moves_json) as Move[],
            scorer: r.scorer ? (JSON.parse(r.scorer) as Move[]) : [],
          }));
      }),

    createAssignment: (a) =>
      exclusive(() => {
        insertAssignment.run({
          ...a,
          meters: a.meters ? 1 : 0,
          coaching: a.coaching ? 1 : 0,
          rewinds: a.rewinds ? 1 : 0,
          hints: a.hints ? 1 : 0,
        });
      }),
    getAssignment: (code) =>
      exclusive(() => {
        const row = selectAssignment.get(code);
        return row && toAssignment(row);
      }),
    listAssignments: () =>
      exclusive(() =>
        selectAssignments
          .all()
          .map((r) => ({ ...toAssignment(r), sessions: r.sessions, creator: r.creator })),
      ),

    purgeBefore: (cutoff, dryRun) =>
      exclusive(() =>
        remove(
          selectOld.all(cutoff).map((r) => r.id),
          dryRun,
        ),
      ),
    deleteTrainee: (name, dryRun) =>
      exclusive(() =>
        remove(
          selectOfTrainee.all(foldKey(name)!).map((r) => r.id),
          dryRun,
        ),
      ),
  };
}
