import type {
  AgreementReport,
  CohortReport,
  CohortSummary,
  SessionList,
  SessionListItem,
  SessionReview,
} from '../../contract/educator.js';
import type { Move } from '../../contract/moves.js';
import type { Persona } from '../../engine/persona/schema.js';
import { toSummary } from '../../engine/persona/summary.js';
import { refuse } from '../http/httpError.js';
import { settingsOf } from '../sessions/settings.js';
import { buildTranscript } from '../sessions/transcript.js';
import type { EducatorRow, SessionListingRow, SessionQuery } from '../store/courseStore.js';
import type { Store } from '../store/store.js';
import { agreementOf } from './agreement.js';
import { type Cell, toCsv } from './csv.js';

/** The most sessions one list answers with; the total is still given. */
export const LIST_LIMIT = 500;

export interface ReviewDeps {
  store: Store;
  personas: ReadonlyMap<string, Persona>;
  clock: () => number;
  /** The server's time limit, for sessions stored before settings were kept. */
  sessionMinutes: number;
}

/**
 * What an educator reads and writes about trainees' sessions: the list, one session in full,
 * labels, agreement with the scorer, cohorts and the CSV export.
 */
export function createReview(deps: ReviewDeps) {
  const { store } = deps;
  const { course } = store;

  const toItem = (r: SessionListingRow, labelled: number): SessionListItem => ({
    id: r.id,
    personaId: r.personaId,
    personaName: deps.personas.get(r.personaId)?.name ?? null,
    trainee: r.trainee,
    cohort: r.cohort,
    assignment: r.assignment,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    outcome: r.endReason,
    turns: r.turns,
    disclosures: r.outline ? { reached: r.outline.reached, total: r.outline.total } : null,
    bands: r.outline?.summary.bands ?? null,
    labelled,
  });

  async function listed(educator: EducatorRow, query: SessionQuery) {
    const rows = await course.listSessions(query);
    const counts = await course.labelCounts(
      educator.id,
      rows.map((r) => r.id),
    );
    return { items: rows.map((r) => toItem(r, counts.get(r.id) ?? 0)), rows };
  }

  return {
    async sessions(educator: EducatorRow, query: SessionQuery): Promise<SessionList> {
      const [{ items }, total] = await Promise.all([
        listed(educator, { ...query, limit: LIST_LIMIT }),
        course.countSessions(query),
      ]);
      return { sessions: items, total, limit: LIST_LIMIT };
    },

    async session(educator: EducatorRow, id: string): Promise<SessionReview> {
      const row =
        (await store.getSession(id)) ?? refuse(404, 'not_found', 'There is no session with that id.');
      const persona = deps.personas.get(row.personaId);
      const [turns, labels, debrief] = await Promise.all([
        store.listTurns(id),
        course.labelsOf(id),
        store.getDebrief(id),
      ]);
      return {
        id: row.id,
        persona: persona ? toSummary(persona) : null,
        personaId: row.personaId,
        trainee: row.trainee ?? null,
        cohort: row.cohort ?? null,
        assignment: row.assignment ?? null,
        startedAt: row.startedAt,
        endedAt: row.endedAt ?? null,
        outcome: row.endReason ?? null,
        settings: settingsOf(row, deps.sessionMinutes),
        personaHash: row.personaHash ?? null,
        scorerVersion: row.scorerVersion ?? null,
        hintsUsed: row.hintsUsed,
        rewinds: row.rewinds,
        transcript: buildTranscript(row, turns, persona),
        labels: Object.fromEntries(
          labels.filter((l) => l.educatorId === educator.id).map((l) => [l.turn, l.moves]),
        ),
        debrief: debrief ?? null,
      };
    },

    /**
     * Stores the moves an educator says a trainee turn made. Only on an ended session: until then
     * a rewind can set the turn aside and a different one take its number.
     */
    async label(educator: EducatorRow, id: string, turn: number, moves: Move[]): Promise<Move[]> {
      const row =
        (await store.getSession(id)) ?? refuse(404, 'not_found', 'There is no session with that id.');
      if (!row.endReason) {
        refuse(
          409,
          'not_ended',
          'This session is still open: label its turns once it has ended (a turn can still be tried again until then).',
        );
      }
      const unique = [...new Set(moves)];
      const stored = await course.putLabels({
        sessionId: id,
        turn,
        educatorId: educator.id,
        moves: unique,
        updatedAt: deps.clock(),
      });
      if (!stored) refuse(404, 'not_found', `This session has no trainee turn ${turn}.`);
      return unique;
    },

    async agreement(query: SessionQuery): Promise<AgreementReport> {
      return agreementOf(await course.labelledTurns(query));
    },

    async cohorts(): Promise<CohortSummary[]> {
      return course.listCohorts();
    },

    /** Each trainee's sessions in a cohort, oldest first; trainees by name. */
    async cohort(educator: EducatorRow, cohort: string): Promise<CohortReport> {
      const { items } = await listed(educator, { cohort });
      if (items.length === 0) refuse(404, 'not_found', `There are no sessions in the cohort '${cohort}'.`);
      const byName = new Map<string, { name: string; sessions: SessionListItem[] }>();
      for (const item of [...items].reverse()) {
        const name = item.trainee ?? '(no name given)';
        const key = name.toLowerCase();
        if (!byName.has(key)) byName.set(key, { name, sessions: [] });
        byName.get(key)!.sessions.push(item);
      }
      return {
        cohort: items[0]!.cohort ?? cohort,
        trainees: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)),
      };
    },

    /**
     * Every session the query matches, one row each, for a spreadsheet. Read a page at a time,
     * letting trainees' turns in between: with SQLite one connection serves both.
     */
    async csv(educator: EducatorRow, query: SessionQuery): Promise<string> {
      const rows: Cell[][] = [];
      for (let after: SessionQuery['after']; ; ) {
        const page = await listed(educator, { ...query, limit: CSV_PAGE, ...(after ? { after } : {}) });
        rows.push(...page.items.map((s, i) => csvRow(s, page.rows[i]!)));
        const last = page.rows.at(-1);
        if (!last || page.rows.length < CSV_PAGE) break;
        after = { startedAt: last.startedAt, id: last.id };
        await new Promise((resolve) => setImmediate(resolve));
      }
      return toCsv(CSV_HEADER, rows);
    },
  };
}

/** Sessions read per page of the export. */
const CSV_PAGE = 250;

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

function csvRow(s: SessionListItem, r: SessionListingRow): Cell[] {
  const summary = r.outline?.summary;
  return [
    s.id,
    iso(s.startedAt),
    iso(s.endedAt),
    s.trainee,
    s.cohort,
    s.assignment,
    s.personaId,
    s.outcome ?? 'open',
    s.turns,
    r.outline ? Math.round(r.outline.finalMeters.trust) : null,
    r.outline ? Math.round(r.outline.finalMeters.openness) : null,
    s.disclosures?.reached,
    s.disclosures?.total,
    summary?.reflections,
    summary?.questions,
    summary?.reflectionToQuestion,
    summary?.percentOpen,
    summary?.percentComplex,
    summary?.roadblocks,
    s.bands?.reflectionToQuestion,
    s.bands?.percentOpen,
    s.bands?.percentComplex,
    s.bands?.roadblocks,
    r.hintsUsed,
    r.rewinds,
    s.labelled,
    r.personaHash,
    r.scorerVersion,
  ];
}

export const CSV_HEADER = [
  'session_id',
  'started_at',
  'ended_at',
  'trainee',
  'cohort',
  'assignment',
  'persona',
  'outcome',
  'turns',
  'final_trust',
  'final_openness',
  'disclosures_reached',
  'disclosures_total',
  'reflections',
  'questions',
  'reflections_to_questions',
  'percent_open_questions',
  'percent_complex_reflections',
  'roadblocks',
  'band_reflections_to_questions',
  'band_percent_open',
  'band_percent_complex',
  'band_roadblocks',
  'hints_used',
  'rewinds',
  'turns_you_labelled',
  'persona_file_sha256',
  'scorer_version',
] as const;

export type Review = ReturnType<typeof createReview>;
