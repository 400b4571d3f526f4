import { afterEach, expect, it } from 'vitest';
import type { Debrief } from '../../../contract/session.js';
import type { AssignmentRow } from '../../../server/store/courseStore.js';
import type { Store } from '../../../server/store/store.js';
import { type OpenedForTest, session, turn } from './storeContract.js';

const DAY = 86_400_000;
const T0 = 1_700_000_000_000;
const summary = {
  reflections: 1,
  questions: 2,
  reflectionToQuestion: 0.5,
  percentOpen: 50,
  percentComplex: null,
  roadblocks: 0,
  bands: { reflectionToQuestion: 'below', percentOpen: 'fair', percentComplex: null, roadblocks: 'good' },
};
const debrief = {
  outcome: 'trainee',
  turns: 1,
  finalMeters: { trust: 31.25, openness: 20.5 },
  disclosures: { reached: ['a', 'b'], total: 3, deepest: 1 },
  summary,
  timeline: [{ turn: 0, trust: 20, openness: 10, state: 'guarded' }],
} as unknown as Debrief;

const assignment = (code: string, overrides: Partial<AssignmentRow> = {}): AssignmentRow => ({
  code,
  title: 'Week 3: pacing',
  personaId: 'maya',
  seed: 7,
  minutes: 20,
  meters: false,
  coaching: true,
  rewinds: false,
  hints: true,
  cohort: 'L2 Tuesday',
  createdBy: null,
  createdAt: T0,
  ...overrides,
});

/**
 * The course side of the store (educators, labels, assignments, listings, data care): the same
 * behaviour on SQLite and PostgreSQL. Run by sqliteStore.test.ts and postgresStore.test.ts.
 */
export function courseContract(open: () => Promise<OpenedForTest>): void {
  let opened: OpenedForTest | undefined;
  const fresh = async () => {
    opened = await open();
    return opened.store;
  };
  afterEach(async () => {
    await opened?.cleanup();
    opened = undefined;
  });

  /** Three trainees' sessions: Ana's two in cohort A (one ended), Ben's in B, one anonymous. */
  async function classOf(store: Store) {
    await store.createSession(
      session('ana1', { trainee: 'Ana Díaz', cohort: 'Cohort A', startedAt: T0, assignment: 'wk3' }),
    );
    await store.createSession(
      session('ana2', { trainee: 'Ana Díaz', cohort: 'cohort a', startedAt: T0 + DAY }),
    );
    await store.createSession(
      session('ben1', { trainee: 'Ben', cohort: 'Cohort B', startedAt: T0 + 2 * DAY, personaId: 'daniel' }),
    );
    await store.createSession(session('anon', { startedAt: T0 + 3 * DAY }));
    for (const n of [1, 2])
      await store.withSession('ana1', async (tx) => tx!.recordTurn(turn(n), {} as never, 0));
    await store.withSession('ana1', (tx) =>
      tx!.endSession({ reason: 'trainee', state: {} as never, debrief, at: T0 + 60_000 }),
    );
  }

  it('keeps who practised, the settings and where the session came from', async () => {
    const store = await fresh();
    const settings = { meters: false, coaching: true, rewinds: false, hints: true, minutes: 20 };
    const given = session('s1', {
      trainee: 'Ana Díaz',
      cohort: 'Cohort A',
      assignment: 'wk3',
      settings,
      personaHash: 'f'.repeat(64),
      scorerVersion: '0.1.0+abc',
    });
    await store.createSession(given);
    expect(await store.getSession('s1')).toEqual({ ...given, replyDueAt: 0, hintsUsed: 0, rewinds: 0 });
    const again = await opened!.reopen();
    expect(await again.getSession('s1')).toMatchObject({
      trainee: 'Ana Díaz',
      settings,
      scorerVersion: '0.1.0+abc',
    });
  });

  it('adds an educator once per address, in any case, and finds them by it', async () => {
    const store = await fresh();
    const added = await store.course.addEducator('Tutor@Example.ac.uk', 'scrypt$x', T0);
    expect(added).toMatchObject({ email: 'tutor@example.ac.uk', passwordHash: 'scrypt$x', createdAt: T0 });
    expect(await store.course.addEducator('tutor@example.ac.uk', 'scrypt$y', T0)).toBeUndefined();
    expect(await store.course.findEducator('TUTOR@example.ac.uk')).toEqual(added);
    expect(await store.course.findEducator('nobody@example.ac.uk')).toBeUndefined();
  });

  it('keeps a signed-in session until it expires or is closed; a new password closes them all', async () => {
    const store = await fresh();
    const e = (await store.course.addEducator('t@example.ac.uk', 'h1', T0))!;
    await store.course.openLogin('tok1', e.id, T0, T0 + 1000);
    await store.course.openLogin('tok2', e.id, T0, T0 + 1000);
    expect((await store.course.findLogin('tok1', T0 + 999))?.email).toBe('t@example.ac.uk');
    expect(await store.course.findLogin('tok1', T0 + 1000)).toBeUndefined();
    expect(await store.course.findLogin('other', T0)).toBeUndefined();
    await store.course.closeLogin('tok1');
    expect(await store.course.findLogin('tok1', T0)).toBeUndefined();
    expect(await store.course.resetPassword('T@example.ac.uk', 'h2')).toBe(true);
    expect(await store.course.findLogin('tok2', T0)).toBeUndefined();
    expect((await store.course.findEducator('t@example.ac.uk'))?.passwordHash).toBe('h2');
    expect(await store.course.resetPassword('nobody@example.ac.uk', 'h3')).toBe(false);
  });

  it('keeps failed sign-ins by key, oldest first, drops old ones as new come, and clears a key', async () => {
    const store = await fresh();
    await store.course.addLoginFailure(['email:a@x', 'ip:1.2.3.4'], T0, T0 - 60_000);
    await store.course.addLoginFailure(['email:a@x', 'ip:1.2.3.4'], T0 + 10, T0 - 60_000);
    await store.course.addLoginFailure(['email:b@x', 'ip:1.2.3.4'], T0 + 20, T0 - 60_000);
    expect(await store.course.loginFailures('email:a@x', T0 - 1)).toEqual([T0, T0 + 10]);
    expect(await store.course.loginFailures('ip:1.2.3.4', T0)).toEqual([T0 + 10, T0 + 20]);
    await store.course.clearLoginFailures('email:a@x');
    expect(await store.course.loginFailures('email:a@x', 0)).toEqual([]);
    expect(await store.course.loginFailures('email:b@x', 0)).toEqual([T0 + 20]);
    // A minute later, a new failure drops those older than its window.
    await store.course.addLoginFailure(['email:c@x', 'ip:5.6.7.8'], T0 + 70_000, T0 + 10_000);
    expect(await store.course.loginFailures('ip:1.2.3.4', 0)).toEqual([]);
    expect(await store.course.loginFailures('email:c@x', 0)).toEqual([T0 + 70_000]);
  });

  it('lists sessions newest first with their turns and debrief’s outline, filtered, ignoring case', async () => {
    const store = await fresh();
    await classOf(store);
    const ids = async (q: Parameters<Store['course']['listSessions']>[0]) =>
      (await store.course.listSessions(q)).map((r) => r.id);
    expect(await ids({})).toEqual(['anon', 'ben1', 'ana2', 'ana1']);
    expect(await ids({ cohort: 'COHORT A' })).toEqual(['ana2', 'ana1']);
    expect(await ids({ trainee: 'díaz' })).toEqual(['ana2', 'ana1']);
    expect(await ids({ personaId: 'daniel' })).toEqual(['ben1']);
    expect(await ids({ from: T0 + DAY, to: T0 + 2 * DAY })).toEqual(['ben1', 'ana2']);
    expect(await ids({ outcome: 'trainee' })).toEqual(['ana1']);
    expect(await ids({ outcome: 'open', cohort: 'cohort a' })).toEqual(['ana2']);
    expect(await ids({ assignment: 'wk3' })).toEqual(['ana1']);
    expect(await ids({ limit: 2 })).toEqual(['anon', 'ben1']);
    expect(await ids({ limit: 2, after: { startedAt: T0 + 2 * DAY, id: 'ben1' } })).toEqual(['ana2', 'ana1']);
    expect(await ids({ cohort: 'cohort a', after: { startedAt: T0 + DAY, id: 'ana2' } })).toEqual(['ana1']);
    expect(await store.course.countSessions({ limit: 1 })).toBe(4);
    expect(await store.course.countSessions({ cohort: 'cohort a', outcome: 'open' })).toBe(1);
    expect(await store.course.listSessions({ trainee: 'nobody' })).toEqual([]);
    expect(await store.course.countSessions({ trainee: 'nobody' })).toBe(0);
    const [ana1] = await store.course.listSessions({ assignment: 'wk3' });
    expect(ana1).toMatchObject({
      trainee: 'Ana Díaz',
      cohort: 'Cohort A',
      turns: 2,
      endReason: 'trainee',
      endedAt: T0 + 60_000,
      // Only what the list shows, picked out of the stored debrief.
      outline: { reached: 2, total: 3, summary, finalMeters: { trust: 31.25, openness: 20.5 } },
    });
    expect((await store.course.listSessions({ outcome: 'open' }))[0]?.outline).toBeNull();
  });

  it('lists cohorts with their trainees and sessions, whatever case they were typed in', async () => {
    const store = await fresh();
    await classOf(store);
    const cohorts = await store.course.listCohorts();
    expect(cohorts.map((c) => [c.cohort.toLowerCase(), c.trainees, c.sessions, c.lastStartedAt])).toEqual([
      ['cohort b', 1, 1, T0 + 2 * DAY],
      ['cohort a', 1, 2, T0 + DAY],
    ]);
  });

  it('stores an educator’s labels per trainee turn, replacing them, only for turns that exist', async () => {
    const store = await fresh();
    await classOf(store);
    const e = (await store.course.addEducator('t@example.ac.uk', 'h', T0))!;
    const f = (await store.course.addEducator('u@example.ac.uk', 'h', T0))!;
    const put = (turnNo: number, moves: string[], educatorId = e.id, sessionId = 'ana1') =>
      store.course.putLabels({ sessionId, turn: turnNo, educatorId, moves: moves as never, updatedAt: T0 });
    expect(await put(1, ['simple_reflection'])).toBe(true);
    expect(await put(1, ['complex_reflection', 'empathy'])).toBe(true);
    expect(await put(2, [], f.id)).toBe(true);
    expect(await put(3, ['empathy'])).toBe(false);
    expect(await put(1, ['empathy'], e.id, 'nobody')).toBe(false);
    expect(await store.course.labelsOf('ana1')).toEqual([
      {
        sessionId: 'ana1',
        turn: 1,
        educatorId: e.id,
        moves: ['complex_reflection', 'empathy'],
        updatedAt: T0,
      },
      { sessionId: 'ana1', turn: 2, educatorId: f.id, moves: [], updatedAt: T0 },
    ]);
    expect(await store.course.labelCounts(e.id, ['ana1', 'ben1'])).toEqual(new Map([['ana1', 1]]));
    expect(await store.course.labelledTurns({ cohort: 'cohort a' })).toEqual([
      {
        sessionId: 'ana1',
        turn: 1,
        educatorId: e.id,
        labels: ['complex_reflection', 'empathy'],
        scorer: ['open_question'],
      },
      { sessionId: 'ana1', turn: 2, educatorId: f.id, labels: [], scorer: ['open_question'] },
    ]);
    expect(await store.course.labelledTurns({ cohort: 'Cohort B' })).toEqual([]);
  });

  it('drops a turn’s labels when a rewind sets the turn aside', async () => {
    const store = await fresh();
    await store.createSession(session('s1'));
    for (const n of [1, 2])
      await store.withSession('s1', async (tx) => tx!.recordTurn(turn(n), {} as never, 0));
    const e = (await store.course.addEducator('t@example.ac.uk', 'h', T0))!;
    await store.course.putLabels({ sessionId: 's1', turn: 2, educatorId: e.id, moves: [], updatedAt: T0 });
    await store.withSession('s1', (tx) => tx!.rewind(2, {} as never));
    expect(await store.course.labelsOf('s1')).toEqual([]);
  });

  it('keeps assignments, newest first, with how many sessions each started', async () => {
    const store = await fresh();
    const e = (await store.course.addEducator('t@example.ac.uk', 'h', T0))!;
    await store.course.createAssignment(assignment('wk3', { createdBy: e.id }));
    await store.course.createAssignment(
      assignment('wk4', { createdAt: T0 + 1, seed: null, minutes: null, title: null, cohort: null }),
    );
    await expect(store.course.createAssignment(assignment('wk3'))).rejects.toThrow();
    await store.createSession(session('s1', { assignment: 'wk3' }));
    expect(await store.course.getAssignment('wk3')).toEqual(assignment('wk3', { createdBy: e.id }));
    expect(await store.course.getAssignment('nope')).toBeUndefined();
    const listed = await store.course.listAssignments();
    expect(listed.map((a) => [a.code, a.sessions, a.seed, a.minutes, a.creator])).toEqual([
      ['wk4', 0, null, null, null],
      ['wk3', 1, 7, 20, 't@example.ac.uk'],
    ]);
  });

  it('purges sessions last active before a time, with everything that hangs off them', async () => {
    const store = await fresh();
    await classOf(store);
    const e = (await store.course.addEducator('t@example.ac.uk', 'h', T0))!;
    await store.course.putLabels({ sessionId: 'ana1', turn: 1, educatorId: e.id, moves: [], updatedAt: T0 });
    // ana1 was last active a minute after it started; ana2 at its start.
    expect(await store.course.purgeBefore(T0 + DAY + 1, true)).toEqual(['ana1', 'ana2']);
    expect(await store.course.countSessions({})).toBe(4);
    expect(await store.course.purgeBefore(T0 + DAY + 1, false)).toEqual(['ana1', 'ana2']);
    expect((await store.course.listSessions({})).map((r) => r.id)).toEqual(['anon', 'ben1']);
    expect(await store.getSession('ana1')).toBeUndefined();
    expect(await store.listTurns('ana1')).toEqual([]);
    expect(await store.getDebrief('ana1')).toBeUndefined();
    expect(await store.course.labelsOf('ana1')).toEqual([]);
  });

  it('deletes every session of one trainee, by name in any case, and nobody else’s', async () => {
    const store = await fresh();
    await classOf(store);
    expect(await store.course.deleteTrainee(' ana díaz ', true)).toEqual(['ana1', 'ana2']);
    expect(await store.course.deleteTrainee('ANA DÍAZ', false)).toEqual(['ana1', 'ana2']);
    expect(await store.getSession('ana2')).toBeUndefined();
    expect((await store.course.listSessions({})).map((r) => r.id)).toEqual(['anon', 'ben1']);
    expect(await store.course.deleteTrainee('Ana', false)).toEqual([]);
  });
}
