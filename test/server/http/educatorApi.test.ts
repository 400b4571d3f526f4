import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AgreementReport,
  Assignment,
  CohortReport,
  SessionList,
  SessionReview,
} from '../../../contract/educator.js';
import type { AssignmentSummary } from '../../../contract/events.js';
import { CSV_HEADER } from '../../../server/course/review.js';
import { startTestServer } from '../testServer.js';
import { call, playSession, signIn } from './educatorHelpers.js';

// The educator's room over HTTP: the list and its filters, one session in full, labels,
// agreement, cohorts, the CSV export and assignments.
type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let cookie: string;
beforeEach(async () => {
  server = await startTestServer();
  cookie = await signIn(server);
});
afterEach(async () => {
  await server.close();
});

const get = async <T>(path: string) => {
  const res = await call(server, 'GET', `/api/educator${path}`, { cookie });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.text}`);
  return res.body as T;
};
const label = (id: string, turn: number, moves: string[]) =>
  call(server, 'PUT', `/api/educator/sessions/${id}/turns/${turn}/labels`, { cookie, body: { moves } });

/** A small class: Ana twice (Maya, then Daniel left open), Ben once, in two cohorts. */
async function aClass() {
  const socket = await server.client();
  const ana = { name: 'Ana Díaz', cohort: 'L2 Tuesday' };
  const a1 = await playSession(socket, {
    trainee: ana,
    lines: ['How are you feeling right now?', 'It sounds like it has been a hard few months.'],
  });
  const b1 = await playSession(await server.client(), {
    trainee: { name: '=HYPERLINK("http://x")', cohort: 'L2 Thursday' },
    lines: ['You should just get over it.'],
  });
  const a2 = await playSession(await server.client(), {
    personaId: 'daniel',
    trainee: ana,
    lines: ['What brings you here?'],
    end: false,
  });
  return { a1, b1, a2 };
}

describe('the sessions list', () => {
  it('shows each session with its trainee, cohort, client, outcome and bands, newest first', async () => {
    const { a1, b1, a2 } = await aClass();
    const list = await get<SessionList>('/sessions');
    expect(list.total).toBe(3);
    expect(list.sessions.map((s) => s.id)).toEqual([a2.sessionId, b1.sessionId, a1.sessionId]);
    expect(list.sessions[2]).toMatchObject({
      trainee: 'Ana Díaz',
      cohort: 'L2 Tuesday',
      personaId: 'maya',
      personaName: 'Maya',
      outcome: 'trainee',
      turns: 2,
      disclosures: { reached: expect.any(Number), total: expect.any(Number) },
      bands: { roadblocks: 'good' },
      labelled: 0,
    });
    expect(list.sessions[0]).toMatchObject({ outcome: null, disclosures: null, bands: null });
  });

  it('filters by cohort, client, trainee, dates and outcome', async () => {
    const { a1, b1, a2 } = await aClass();
    const ids = async (query: string) =>
      (await get<SessionList>(`/sessions?${query}`)).sessions.map((s) => s.id);
    expect(await ids('cohort=l2%20tuesday')).toEqual([a2.sessionId, a1.sessionId]);
    expect(await ids('persona=daniel')).toEqual([a2.sessionId]);
    expect(await ids('trainee=d%C3%ADaz')).toEqual([a2.sessionId, a1.sessionId]);
    expect(await ids('outcome=open')).toEqual([a2.sessionId]);
    expect(await ids('outcome=trainee&cohort=L2%20Thursday')).toEqual([b1.sessionId]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids(`from=${today}&to=${today}`)).toHaveLength(3);
    expect(await ids('to=2001-01-01')).toEqual([]);
    expect(await ids('cohort=&trainee=')).toHaveLength(3);
  });

  it('answers a bad filter with a sentence naming it', async () => {
    const res = await call(server, 'GET', '/api/educator/sessions?from=last%20tuesday', { cookie });
    expect(res).toMatchObject({
      status: 400,
      body: {
        error: { code: 'bad_request', message: expect.stringMatching(/^from: 'last tuesday' is not a date/) },
      },
    });
    expect((await call(server, 'GET', '/api/educator/sessions?outcome=won', { cookie })).status).toBe(400);
  });
});

describe('one session', () => {
  it('shows the transcript with each turn’s moves, evidence and meter changes, then the debrief', async () => {
    const { a1 } = await aClass();
    const review = await get<SessionReview>(`/sessions/${a1.sessionId}`);
    expect(review).toMatchObject({
      trainee: 'Ana Díaz',
      outcome: 'trainee',
      persona: { id: 'maya', name: 'Maya' },
      settings: { meters: true, coaching: true, rewinds: true, hints: true, minutes: 60 },
      personaHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      scorerVersion: expect.stringMatching(/\+[0-9a-f]{12}$/),
      labels: {},
      debrief: { outcome: 'trainee', turns: 2 },
    });
    const trainee = review.transcript.filter((e) => e.speaker === 'trainee');
    expect(trainee.map((e) => e.text)).toEqual([
      'How are you feeling right now?',
      'It sounds like it has been a hard few months.',
    ]);
    const first = trainee[0]!;
    expect(first.speaker === 'trainee' && first.moves.map((m) => m.move)).toContain('open_question');
    expect(first.speaker === 'trainee' && first.moves[0]?.evidence.length).toBeGreaterThan(0);
    const reply = review.transcript.find((e) => e.speaker === 'client' && e.turn === 1);
    expect(reply?.speaker === 'client' && reply.feedback?.changes.length).toBeGreaterThan(0);
  });

  it('is 404 for an unknown id', async () => {
    expect((await call(server, 'GET', '/api/educator/sessions/nope', { cookie })).status).toBe(404);
  });
});

describe('labels and agreement', () => {
  it('stores an educator’s labels for a trainee turn of an ended session', async () => {
    const { a1, a2 } = await aClass();
    const put = await label(a1.sessionId, 2, ['complex_reflection', 'empathy', 'empathy']);
    expect(put).toMatchObject({ status: 200, body: { moves: ['complex_reflection', 'empathy'] } });
    expect((await get<SessionReview>(`/sessions/${a1.sessionId}`)).labels).toEqual({
      2: ['complex_reflection', 'empathy'],
    });
    expect((await get<SessionList>('/sessions?trainee=ana&outcome=trainee')).sessions[0]?.labelled).toBe(1);
    // Another educator sees none of them as theirs.
    const other = await signIn(server, 'second@example.ac.uk');
    const theirs = await call(server, 'GET', `/api/educator/sessions/${a1.sessionId}`, { cookie: other });
    expect((theirs.body as SessionReview).labels).toEqual({});

    expect((await label(a2.sessionId, 1, ['open_question'])).status).toBe(409);
    expect((await label(a1.sessionId, 9, ['empathy'])).status).toBe(404);
    expect((await label(a1.sessionId, 0, ['empathy'])).status).toBe(400);
    expect((await label(a1.sessionId, 1, ['telepathy'])).status).toBe(400);
  });

  it('gives Cohen’s kappa per move and overall, with counts, and it moves with the labels', async () => {
    const { a1, b1 } = await aClass();
    const scorerMoves = async (id: string, turn: number) => {
      const review = await get<SessionReview>(`/sessions/${id}`);
      const entry = review.transcript.find((e) => e.speaker === 'trainee' && e.turn === turn);
      return entry?.speaker === 'trainee' ? entry.moves.map((m) => m.move) : [];
    };
    const turns: [string, number][] = [
      [a1.sessionId, 1],
      [a1.sessionId, 2],
      [b1.sessionId, 1],
    ];
    // Labelled exactly as the scorer found: full agreement wherever anything was found.
    for (const [id, turn] of turns) await label(id, turn, await scorerMoves(id, turn));
    const agreed = await get<AgreementReport>('/agreement');
    expect(agreed).toMatchObject({
      turns: 3,
      sessions: 2,
      overall: { kappa: 1, observed: 1, educatorOnly: 0 },
    });
    const open = agreed.moves.find((m) => m.move === 'open_question')!;
    expect(open).toMatchObject({ both: 1, educatorOnly: 0, scorerOnly: 0, neither: 2, kappa: 1 });
    // A move nobody found has no kappa to give.
    expect(agreed.moves.find((m) => m.move === 'hostility')).toMatchObject({ neither: 3, kappa: null });

    // The educator says the scorer missed empathy on turn 1 and the open question was not one.
    await label(a1.sessionId, 1, ['empathy']);
    const after = await get<AgreementReport>('/agreement');
    expect(after.overall.kappa).toBeLessThan(1);
    expect(after.moves.find((m) => m.move === 'open_question')).toMatchObject({
      both: 0,
      scorerOnly: 1,
      neither: 2,
      kappa: 0,
    });
    // Filtered like the list: only the Thursday cohort's turn.
    expect(await get<AgreementReport>('/agreement?cohort=L2%20Thursday')).toMatchObject({
      turns: 1,
      sessions: 1,
    });
  });
});

describe('cohorts', () => {
  it('lists cohorts, and shows each trainee’s sessions with bands and disclosures', async () => {
    const { a1, a2 } = await aClass();
    const cohorts = await get<{ cohort: string; trainees: number; sessions: number }[]>('/cohorts');
    expect(cohorts.map((c) => [c.cohort, c.trainees, c.sessions])).toEqual([
      ['L2 Tuesday', 1, 2],
      ['L2 Thursday', 1, 1],
    ]);
    const report = await get<CohortReport>('/cohorts/l2%20tuesday');
    expect(report.cohort).toBe('L2 Tuesday');
    expect(report.trainees.map((t) => [t.name, t.sessions.map((s) => s.id)])).toEqual([
      ['Ana Díaz', [a1.sessionId, a2.sessionId]],
    ]);
    expect(report.trainees[0]!.sessions[0]).toMatchObject({
      bands: { roadblocks: 'good' },
      disclosures: { total: 5 },
    });
    expect((await call(server, 'GET', '/api/educator/cohorts/nobody', { cookie })).status).toBe(404);
  });
});

describe('the CSV export', () => {
  it('has one row per session the filters match, with text a spreadsheet cannot run', async () => {
    await aClass();
    const res = await call(server, 'GET', '/api/educator/export.csv?outcome=trainee', { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="rapport-sessions-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(3);
    // The formula-shaped name is quoted and defused with an apostrophe.
    expect(res.text).toContain(`"'=HYPERLINK(""http://x"")"`);
    const ana = lines.find((l) => l.includes('Ana Díaz'))!.split(',');
    expect(ana[CSV_HEADER.indexOf('outcome')]).toBe('trainee');
    expect(ana[CSV_HEADER.indexOf('turns')]).toBe('2');
    expect(ana[CSV_HEADER.indexOf('band_roadblocks')]).toBe('good');
  });
});

describe('assignments', () => {
  it('are made with a code and a link, listed, and shown to trainees without their author', async () => {
    const made = await call(server, 'POST', '/api/educator/assignments', {
      cookie,
      body: {
        title: 'Week 3',
        personaId: 'daniel',
        seed: 3,
        minutes: 20,
        meters: false,
        coaching: false,
        rewinds: false,
        hints: true,
        cohort: 'L2 Tuesday',
      },
    });
    expect(made.status).toBe(201);
    const a = made.body as Assignment;
    expect(a).toMatchObject({
      title: 'Week 3',
      personaId: 'daniel',
      seed: 3,
      minutes: 20,
      meters: false,
      hints: true,
      createdBy: 'tutor@example.ac.uk',
      sessions: 0,
    });
    expect(a.code).toMatch(/^[a-z2-9]{8}$/);
    expect(a.path).toBe(`/?assignment=${a.code}`);
    expect((await get<Assignment[]>('/assignments')).map((x) => x.code)).toEqual([a.code]);

    const shown = await call(server, 'GET', `/api/assignments/${a.code.toUpperCase()}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual({
      code: a.code,
      title: 'Week 3',
      persona: expect.objectContaining({ id: 'daniel', contentNotes: expect.any(Array) }),
      settings: { meters: false, coaching: false, rewinds: false, hints: true, minutes: 20 },
      cohort: 'L2 Tuesday',
    } satisfies AssignmentSummary);
    expect(shown.text).not.toContain('tutor@example.ac.uk');
    expect((await call(server, 'GET', '/api/assignments/nope')).status).toBe(404);
  });

  it('refuse an unknown client or a malformed setting with a sentence', async () => {
    const unknown = await call(server, 'POST', '/api/educator/assignments', {
      cookie,
      body: { personaId: 'zed' },
    });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: 'unknown_persona' } } });
    const bad = await call(server, 'POST', '/api/educator/assignments', {
      cookie,
      body: { personaId: 'maya', minutes: -5 },
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringMatching(/^minutes: /) } },
    });
  });
});
