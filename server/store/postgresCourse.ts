import type pg from 'pg';
import type { Move } from '../../contract/moves.js';
import {
  type AssignmentDbRow,
  type EducatorDbRow,
  type ListingDbRow,
  listingColumns,
  OUTLINE_POSTGRES,
  toAssignment,
  toEducator,
  toListing,
  whereOf,
} from './courseRows.js';
import { type CourseStore, foldKey } from './courseStore.js';

/**
 * The course side of the PostgreSQL store. No cache sits in front of the database, so data care
 * may run while servers are serving: a deleted session's next request finds no session.
 */
export function postgresCourse(pool: pg.Pool): CourseStore {
  const remove = async (select: string, param: string | number, dryRun: boolean) => {
    const sql = dryRun ? select : `DELETE FROM sessions WHERE id IN (${select}) RETURNING id`;
    const { rows } = await pool.query<{ id: string }>(sql, [param]);
    return rows.map((r) => r.id).sort();
  };

  return {
    async addEducator(email, passwordHash, at) {
      const { rows } = await pool.query<EducatorDbRow>(
        `INSERT INTO educators (email, password_hash, created_at) VALUES ($1, $2, $3)
         ON CONFLICT (email) DO NOTHING RETURNING *`,
        [email.toLowerCase(), passwordHash, at],
      );
      return rows[0] && toEducator(rows[0]);
    },
    async resetPassword(email, passwordHash) {
      const { rowCount } = await pool.query(
        `WITH changed AS (UPDATE educators SET password_hash = $2 WHERE email = $1 RETURNING id),
           gone AS (DELETE FROM educator_logins WHERE educator_id IN (SELECT id FROM changed))
         SELECT id FROM changed`,
        [email.toLowerCase(), passwordHash],
      );
      return rowCount === 1;
    },
    async findEducator(email) {
      const { rows } = await pool.query<EducatorDbRow>('SELECT * FROM educators WHERE email = $1', [
        email.toLowerCase(),
      ]);
      return rows[0] && toEducator(rows[0]);
    },
    async openLogin(tokenHash, educatorId, at, expiresAt) {
      await pool.query(
        `WITH expired AS (DELETE FROM educator_logins WHERE expires_at <= $3)
         INSERT INTO educator_logins (token_hash, educator_id, created_at, expires_at) VALUES ($1, $2, $3, $4)`,
        [tokenHash, educatorId, at, expiresAt],
      );
    },
    async findLogin(tokenHash, now) {
      const { rows } = await pool.query<EducatorDbRow>(
        `SELECT e.* FROM educator_logins l JOIN educators e ON e.id = l.educator_id
         WHERE l.token_hash = $1 AND l.expires_at > $2`,
        [tokenHash, now],
      );
      return rows[0] && toEducator(rows[0]);
    },
    async closeLogin(tokenHash) {
      await pool.query('DELETE FROM educator_logins WHERE token_hash = $1', [tokenHash]);
    },
    async loginFailures(key, since) {
      const { rows } = await pool.query<{ at: string }>(
        'SELECT at FROM login_failures WHERE key = $1 AND at > $2 ORDER BY at',
        [key, since],
      );
      return rows.map((r) => Number(r.at));
    },
    async addLoginFailure(keys, at, before) {
      await pool.query(
        `WITH old AS (DELETE FROM login_failures WHERE at < $3)
         INSERT INTO login_failures (key, at) SELECT unnest($1::text[]), $2`,
        [keys, at, before],
      );
    },
    async clearLoginFailures(key) {
      await pool.query('DELETE FROM login_failures WHERE key = $1', [key]);
    },

    async listSessions(q) {
      const { sql, params } = whereOf(q, 'postgres', true);
      const { rows } = await pool.query<ListingDbRow>(
        `SELECT ${listingColumns(OUTLINE_POSTGRES)}
         FROM sessions s LEFT JOIN debriefs d ON d.session_id = s.id
         ${sql} ORDER BY s.started_at DESC, s.id DESC LIMIT $${params.length + 1}`,
        [...params, q.limit ?? null],
      );
      return rows.map(toListing);
    },
    async countSessions(q) {
      const { sql, params } = whereOf(q, 'postgres');
      const { rows } = await pool.query<{ n: number }>(`SELECT COUNT(*) AS n FROM sessions s ${sql}`, params);
      return rows[0]?.n ?? 0;
    },
    async listCohorts() {
      const { rows } = await pool.query<{ cohort: string; trainees: number; sessions: number; last: number }>(
        `SELECT MIN(cohort) AS cohort, COUNT(DISTINCT trainee_key) AS trainees,
           COUNT(*) AS sessions, MAX(started_at) AS last
         FROM sessions WHERE cohort_key IS NOT NULL GROUP BY cohort_key ORDER BY last DESC`,
      );
      return rows.map((r) => ({
        cohort: r.cohort,
        trainees: r.trainees,
        sessions: r.sessions,
        lastStartedAt: r.last,
      }));
    },

    async putLabels(l) {
      // Only for a turn the session has: the insert selects it, so a missing turn inserts nothing.
      const { rowCount } = await pool.query(
        `INSERT INTO labels (session_id, turn, educator_id, moves, updated_at)
         SELECT session_id, turn, $3, $4, $5 FROM turns WHERE session_id = $1 AND turn = $2
         ON CONFLICT (session_id, turn, educator_id) DO UPDATE SET moves = excluded.moves,
           updated_at = excluded.updated_at`,
        [l.sessionId, l.turn, l.educatorId, JSON.stringify(l.moves), l.updatedAt],
      );
      return rowCount === 1;
    },
    async labelsOf(sessionId) {
      const { rows } = await pool.query<{
        session_id: string;
        turn: number;
        educator_id: number;
        moves: Move[];
        updated_at: number;
      }>('SELECT * FROM labels WHERE session_id = $1 ORDER BY turn, educator_id', [sessionId]);
      return rows.map((r) => ({
        sessionId: r.session_id,
        turn: r.turn,
        educatorId: r.educator_id,
        moves: r.moves,
        updatedAt: r.updated_at,
      }));
    },
    async labelCounts(educatorId, sessionIds) {
      const { rows } = await pool.query<{ session_id: string; n: number }>(
        `SELECT session_id, COUNT(*) AS n FROM labels
         WHERE educator_id = $1 AND session_id = ANY($2) GROUP BY session_id`,
        [educatorId, sessionIds],
      );
      return new Map(rows.map((r) => [r.session_id, r.n] as const));
    },
    async labelledTurns(q) {
      const { sql, params } = whereOf(q, 'postgres');
      const { rows } = await pool.query<{
        session_id: string;
        turn: number;
        educator_id: number;
        moves: Move[];
        scorer: Move[] | null;
      }>(
        `SELECT l.session_id, l.turn, l.educator_id, l.moves, t.analysis -> 'moves' AS scorer
         FROM labels l
         JOIN turns t ON t.session_id = l.session_id AND t.turn = l.turn
         JOIN sessions s ON s.id = l.session_id
         ${sql} ORDER BY l.session_id, l.turn, l.educator_id`,
        params,
      );
      return rows.map((r) => ({
        sessionId: r.session_id,
        turn: r.turn,
        educatorId: r.educator_id,
        labels: r.moves,
        scorer: r.scorer ?? [],
      }));
    },

    async createAssignment(a) {
      await pool.query(
        `INSERT INTO assignments (code, title, persona_id, seed, minutes, meters, coaching, rewinds, hints, cohort,
           created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          a.code,
          a.title,
          a.personaId,
          a.seed,
          a.minutes,
          a.meters,
          a.coaching,
          a.rewinds,
          a.hints,
          a.cohort,
          a.createdBy,
          a.createdAt,
        ],
      );
    },
    async getAssignment(code) {
      const { rows } = await pool.query<AssignmentDbRow>('SELECT * FROM assignments WHERE code = $1', [code]);
      return rows[0] && toAssignment(rows[0]);
    },
    async listAssignments() {
      const { rows } = await pool.query<AssignmentDbRow & { sessions: number; creator: string | null }>(
        `SELECT a.*, (SELECT COUNT(*) FROM sessions s WHERE s.assignment_code = a.code) AS sessions,
           e.email AS creator
         FROM assignments a LEFT JOIN educators e ON e.id = a.created_by ORDER BY a.created_at DESC, a.code`,
      );
      return rows.map((r) => ({ ...toAssignment(r), sessions: r.sessions, creator: r.creator }));
    },

    purgeBefore: (cutoff, dryRun) => remove('SELECT id FROM sessions WHERE updated_at < $1', cutoff, dryRun),
    deleteTrainee: (name, dryRun) =>
      remove('SELECT id FROM sessions WHERE trainee_key = $1', foldKey(name)!, dryRun),
  };
}
