import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartPayload } from '../../contract/events.js';
import type { SeenEntry } from '../../contract/session.js';
import { scorerVersion } from '../../server/sessions/provenance.js';
import type { AssignmentRow } from '../../server/store/courseStore.js';
import { next, PERSONAS_DIR, startTestServer, type TestSocket } from './testServer.js';

// Courses over the socket (issue 14): who practised, assignments and the settings they fix.
type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let now = 1_000_000;
beforeEach(async () => {
  now = 1_000_000;
  server = await startTestServer({ clock: () => now });
});
afterEach(async () => {
  await server.close();
});

const ASSIGNMENT: AssignmentRow = {
  code: 'wk3-pacing',
  title: 'Week 3: pacing',
  personaId: 'daniel',
  seed: 11,
  minutes: 1,
  meters: false,
  coaching: false,
  rewinds: false,
  hints: false,
  cohort: 'L2 Tuesday',
  createdBy: null,
  createdAt: 0,
};

async function start(socket: TestSocket, payload: StartPayload) {
  const res = await socket.timeout(3000).emitWithAck('session:start', payload);
  if (!res.ok) throw new Error(res.error.message);
  return res.data;
}

async function say(socket: TestSocket, text: string) {
  const reply = next(socket, 'client:say');
  const res = await socket.timeout(3000).emitWithAck('trainee:say', { text });
  if (!res.ok) throw new Error(res.error.message);
  return reply;
}

describe('a trainee’s name on a session', () => {
  it('is stored with the session, with the cohort, the persona file’s hash and the scorer’s version', async () => {
    const socket = await server.client();
    const started = await start(socket, {
      personaId: 'maya',
      trainee: { name: '  Ana \n Díaz ', cohort: 'L2 Tuesday' },
    });
    const row = await server.store.getSession(started.sessionId);
    const file = fs.readFileSync(path.join(PERSONAS_DIR, 'maya.yaml'));
    expect(row).toMatchObject({
      trainee: 'Ana Díaz',
      cohort: 'L2 Tuesday',
      personaHash: crypto.createHash('sha256').update(file).digest('hex'),
      scorerVersion: scorerVersion(),
      settings: { meters: true, coaching: true, rewinds: true, hints: true, minutes: 60 },
    });
    expect(row?.assignment).toBeUndefined();
    expect(scorerVersion()).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });

  it('is left out of an anonymous session, which still records where it came from', async () => {
    const socket = await server.client();
    const started = await start(socket, { personaId: 'maya' });
    const row = await server.store.getSession(started.sessionId);
    expect(row?.trainee).toBeUndefined();
    expect(row?.cohort).toBeUndefined();
    expect(row?.personaHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('an assignment', () => {
  beforeEach(async () => {
    await server.store.course.createAssignment(ASSIGNMENT);
  });

  it('fixes the client, the seed, the cohort and the settings', async () => {
    const socket = await server.client();
    const started = await start(socket, {
      assignment: 'WK3-PACING',
      trainee: { name: 'Ana', cohort: 'Other' },
    });
    expect(started.persona.id).toBe('daniel');
    expect(started.settings).toEqual({
      meters: false,
      coaching: false,
      rewinds: false,
      hints: false,
      minutes: 1,
    });
    const row = await server.store.getSession(started.sessionId);
    expect(row).toMatchObject({ seed: 11, assignment: 'wk3-pacing', cohort: 'L2 Tuesday', trainee: 'Ana' });
    // Every trainee on it meets the same client: the same opening as the seed gives by hand
    // (less the meters, which this assignment keeps from the trainee).
    const other = await start(await server.client(), { personaId: 'daniel', seed: 11 });
    const { meters, ...opening } = other.opening;
    expect(meters).toBeDefined();
    expect(started.opening).toEqual(opening);
  });

  it('sends no meters, feedback or move labels while they are off, and all of them once ended', async () => {
    const socket = await server.client();
    const started = await start(socket, { assignment: 'wk3-pacing', trainee: { name: 'Ana' } });
    expect(started.opening.meters).toBeUndefined();
    const reply = await say(socket, 'It sounds like this has been a really heavy few weeks.');
    expect(reply.meters).toBeUndefined();
    expect(reply.feedback).toBeUndefined();
    // Stored whole, for the debrief and the educator.
    const [stored] = await server.store.listTurns(started.sessionId);
    expect(stored?.reply.meters?.trust).toEqual(expect.any(Number));
    expect(stored?.reply.feedback?.moves.length).toBeGreaterThan(0);

    const resume = { sessionId: started.sessionId, resumeToken: started.resumeToken };
    const live = await (await server.client()).timeout(3000).emitWithAck('session:resume', resume);
    if (!live.ok) throw new Error(live.error.message);
    expect(live.data.meters).toBeUndefined();
    expect(
      live.data.transcript.map((e: SeenEntry) => (e.speaker === 'trainee' ? e.moves : e.meters)),
    ).toEqual([undefined, [], undefined]);
    const http = await fetch(`${server.url}/api/sessions/${started.sessionId}/transcript`, {
      headers: { authorization: `Bearer ${started.resumeToken}` },
    });
    const body = await http.text();
    expect(body).not.toContain('"meters"');
    expect(body).not.toContain('"feedback"');
    expect(body).not.toContain('"evidence"');

    await socket.timeout(3000).emitWithAck('session:end', {});
    const after = await (await server.client()).timeout(3000).emitWithAck('session:resume', resume);
    if (!after.ok) throw new Error(after.error.message);
    expect(after.data.meters?.trust).toEqual(expect.any(Number));
    const [, said, answer] = after.data.transcript;
    expect(said?.speaker === 'trainee' && said.moves.length).toBeGreaterThan(0);
    expect(answer?.speaker === 'client' && answer.feedback?.summary).toEqual(expect.any(String));
  });

  it('with only the meters off still sends the coaching', async () => {
    await server.store.course.createAssignment({ ...ASSIGNMENT, code: 'coached', coaching: true });
    const socket = await server.client();
    await start(socket, { assignment: 'coached', trainee: { name: 'Ana' } });
    const reply = await say(socket, 'It sounds like this has been a really heavy few weeks.');
    expect(reply.meters).toBeUndefined();
    expect(reply.feedback?.moves.length).toBeGreaterThan(0);
    // The coaching's meter changes and its sentence about trust would give the figures away.
    expect(reply.feedback?.changes).toEqual([]);
    expect(reply.feedback?.summary).toBe('');
  });

  it('keeps its settings when the session is resumed', async () => {
    const socket = await server.client();
    const started = await start(socket, { assignment: 'wk3-pacing', trainee: { name: 'Ana' } });
    const again = await server.client();
    const res = await again
      .timeout(3000)
      .emitWithAck('session:resume', { sessionId: started.sessionId, resumeToken: started.resumeToken });
    expect(res.ok && res.data.settings).toEqual(started.settings);
  });

  it('refuses rewinds and hints it switched off, and still takes turns', async () => {
    const socket = await server.client();
    await start(socket, { assignment: 'wk3-pacing', trainee: { name: 'Ana' } });
    const reply = await say(socket, 'What brings you here today?');
    expect(reply.turn).toBe(1);
    expect(await socket.timeout(3000).emitWithAck('session:rewind', { toTurn: 1 })).toEqual({
      ok: false,
      error: { code: 'rewind_disabled', message: 'Trying a turn again is switched off for this assignment.' },
    });
    expect(await socket.timeout(3000).emitWithAck('session:hint', {})).toEqual({
      ok: false,
      error: { code: 'hint_disabled', message: 'Hints are switched off for this assignment.' },
    });
    expect((await say(socket, 'Take your time.')).turn).toBe(2);
  });

  it('allows rewinds and hints when it leaves them on', async () => {
    await server.store.course.createAssignment({ ...ASSIGNMENT, code: 'open', rewinds: true, hints: true });
    const socket = await server.client();
    await start(socket, { assignment: 'open', trainee: { name: 'Ana' } });
    await say(socket, 'What brings you here today?');
    expect((await socket.timeout(3000).emitWithAck('session:hint', {})).ok).toBe(true);
    expect((await socket.timeout(3000).emitWithAck('session:rewind', { toTurn: 1 })).ok).toBe(true);
  });

  it('sets the time limit instead of the server’s', async () => {
    const socket = await server.client();
    await start(socket, { assignment: 'wk3-pacing', trainee: { name: 'Ana' } });
    now += 61_000; // past the assignment's minute, far inside the server's hour
    const ended = next(socket, 'session:ended');
    const res = await socket.timeout(3000).emitWithAck('trainee:say', { text: 'Are you still there?' });
    expect(res).toEqual({
      ok: false,
      error: { code: 'session_ended', message: 'The session reached its 1-minute limit and has ended.' },
    });
    expect((await ended).reason).toBe('time-limit');
  });

  it('leaves the server’s time limit when it sets none', async () => {
    await server.store.course.createAssignment({ ...ASSIGNMENT, code: 'nolimit', minutes: null });
    const socket = await server.client();
    const started = await start(socket, { assignment: 'nolimit', trainee: { name: 'Ana' } });
    expect(started.settings.minutes).toBe(60);
    now += 61_000;
    expect((await say(socket, 'What brings you here today?')).turn).toBe(1);
  });

  it('is refused when the code is unknown, the client differs, or no name is given', async () => {
    const socket = await server.client();
    const refusal = async (payload: StartPayload) => {
      const res = await socket.timeout(3000).emitWithAck('session:start', payload);
      return res.ok ? undefined : res.error;
    };
    expect(await refusal({ assignment: 'nope', trainee: { name: 'Ana' } })).toEqual({
      code: 'unknown_assignment',
      message: "There is no assignment 'nope'. Check the link your educator gave you, or choose a client.",
    });
    expect(await refusal({ assignment: 'wk3-pacing', personaId: 'maya', trainee: { name: 'Ana' } })).toEqual({
      code: 'invalid_payload',
      message: "Assignment 'wk3-pacing' is a session with 'daniel', not 'maya'.",
    });
    expect(await refusal({ assignment: 'wk3-pacing' })).toEqual({
      code: 'invalid_payload',
      message: 'An assignment needs your name: send trainee: { name } with it.',
    });
  });

  it('carries over to a next session with the same client, with the trainee', async () => {
    await server.store.course.createAssignment({ ...ASSIGNMENT, code: 'again', minutes: null });
    const socket = await server.client();
    const first = await start(socket, { assignment: 'again', trainee: { name: 'Ana' } });
    await socket.timeout(3000).emitWithAck('session:end', {});
    const second = await start(socket, {
      personaId: 'daniel',
      continueFrom: { sessionId: first.sessionId, resumeToken: first.resumeToken },
    });
    expect(second.settings).toEqual(first.settings);
    expect(await server.store.getSession(second.sessionId)).toMatchObject({
      trainee: 'Ana',
      cohort: 'L2 Tuesday',
      assignment: 'again',
      continuedFrom: first.sessionId,
    });
  });
});
