import type { EndReason } from '../../contract/session.js';
import {
  type AssignmentRow,
  type DebriefOutline,
  type EducatorRow,
  foldKey,
  type SessionListingRow,
  type SessionQuery,
} from './courseStore.js';
import { optional } from './optional.js';

/**
 * The course tables' rows as both databases return them, and their mapping to the store's
 * objects. SQLite keeps booleans as 0 and 1 and JSON as text; PostgreSQL gives both as they are.
 */
export interface EducatorDbRow {
  id: number;
  email: string;
  password_hash: string;
  created_at: number;
}

export interface AssignmentDbRow {
  code: string;
  title: string | null;
  persona_id: string;
  seed: number | null;
  minutes: number | null;
  meters: boolean | number;
  coaching: boolean | number;
  rewinds: boolean | number;
  hints: boolean | number;
  cohort: string | null;
  created_by: number | null;
  created_at: number;
}

export interface ListingDbRow {
  id: string;
  persona_id: string;
  trainee_name: string | null;
  cohort: string | null;
  assignment_code: string | null;
  started_at: number;
  ended_at: number | null;
  end_reason: string | null;
  hints_used: number;
  rewinds: number;
  persona_hash: string | null;
  scorer_version: string | null;
  turns: number;
  outline: string | DebriefOutline | null;
}

export const toEducator = (r: EducatorDbRow): EducatorRow => ({
  id: r.id,
  email: r.email,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
});

export const toAssignment = (r: AssignmentDbRow): AssignmentRow => ({
  code: r.code,
  title: r.title,
  personaId: r.persona_id,
  seed: r.seed,
  minutes: r.minutes,
  meters: Boolean(r.meters),
  coaching: Boolean(r.coaching),
  rewinds: Boolean(r.rewinds),
  hints: Boolean(r.hints),
  cohort: r.cohort,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export const toListing = (r: ListingDbRow): SessionListingRow => ({
  id: r.id,
  personaId: r.persona_id,
  trainee: r.trainee_name,
  cohort: r.cohort,
  assignment: r.assignment_code,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  endReason: r.end_reason as EndReason | null,
  turns: r.turns,
  outline: typeof r.outline === 'string' ? (JSON.parse(r.outline) as DebriefOutline) : r.outline,
  hintsUsed: r.hints_used,
  rewinds: r.rewinds,
  personaHash: r.persona_hash,
  scorerVersion: r.scorer_version,
});

/** What the page's list needs of a stored debrief, picked out in SQL (see DebriefOutline). */
export const OUTLINE_SQLITE = `CASE WHEN d.debrief_json IS NULL THEN NULL ELSE json_object(
  'reached', json_array_length(d.debrief_json, '$.disclosures.reached'),
  'total', json_extract(d.debrief_json, '$.disclosures.total'),
  'summary', json(json_extract(d.debrief_json, '$.summary')),
  'finalMeters', json(json_extract(d.debrief_json, '$.finalMeters'))) END`;
export const OUTLINE_POSTGRES = `CASE WHEN d.debrief IS NULL THEN NULL ELSE jsonb_build_object(
  'reached', jsonb_array_length(d.debrief -> 'disclosures' -> 'reached'),
  'total', d.debrief -> 'disclosures' -> 'total',
  'summary', d.debrief -> 'summary',
  'finalMeters', d.debrief -> 'finalMeters') END`;

/** The listing's columns, the same in both databases but for the outline. */
export const listingColumns = (outline: string) =>
  `s.id, s.persona_id, s.trainee_name, s.cohort, s.assignment_code, s.started_at, s.ended_at,
   s.end_reason, s.hints_used, s.rewinds, s.persona_hash, s.scorer_version,
   (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id) AS turns, ${outline} AS outline`;

/** A session row's course columns, as the session store's rows carry them (absent when NULL). */
export const courseFieldsOf = (r: {
  trainee_name: string | null;
  cohort: string | null;
  assignment_code: string | null;
  persona_hash: string | null;
  scorer_version: string | null;
}) =>
  optional({
    trainee: r.trainee_name,
    cohort: r.cohort,
    assignment: r.assignment_code,
    personaHash: r.persona_hash,
    scorerVersion: r.scorer_version,
  });

/**
 * The WHERE clause for an educator's query, in either database's dialect: SQLite's `?` or
 * PostgreSQL's numbered `$1`. Names and cohorts match on their folded keys; `paging` adds the
 * keyset condition for the page after `q.after`.
 */
export function whereOf(
  q: SessionQuery,
  dialect: 'sqlite' | 'postgres',
  paging = false,
): { sql: string; params: (string | number)[] } {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, ...values: (string | number)[]) => {
    let n = params.length;
    parts.push(dialect === 'postgres' ? sql.replace(/\?/g, () => `$${++n}`) : sql);
    params.push(...values);
  };
  const contains = dialect === 'postgres' ? 'strpos' : 'instr';
  if (q.cohort !== undefined) add('s.cohort_key = ?', foldKey(q.cohort)!);
  if (q.personaId !== undefined) add('s.persona_id = ?', q.personaId);
  if (q.trainee !== undefined) add(`${contains}(s.trainee_key, ?) > 0`, foldKey(q.trainee)!);
  if (q.from !== undefined) add('s.started_at >= ?', q.from);
  if (q.to !== undefined) add('s.started_at <= ?', q.to);
  if (q.outcome === 'open') add('s.end_reason IS NULL');
  else if (q.outcome !== undefined) add('s.end_reason = ?', q.outcome);
  if (q.assignment !== undefined) add('s.assignment_code = ?', q.assignment);
  if (paging && q.after) add('(s.started_at, s.id) < (?, ?)', q.after.startedAt, q.after.id);
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}
