import pg from 'pg';
import { io as connect } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import type { SeenTurn, EndReason } from '../../contract/session.js';
import { type ChildServer, startChildServer } from './childServer.js';
import { describeWithPostgres, freshSchema } from './postgres.js';
import type { TestSocket } from './testServer.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

/** Two (or more) Rapport processes on one PostgreSQL database, in a schema of their own. */
async function cluster(count: number, env: Record<string, string> = {}) {
  const schema = await freshSchema();
  cleanup.push(schema.drop);
  // One at a time: each migrates (or finds the schema migrated) before the next starts.
  const servers: ChildServer[] = [];
  for (let i = 0; i < count; i++) {
    const server = await startChildServer({ DATABASE_URL: schema.url, ...env });
    cleanup.push(() => server.stop('SIGKILL'));
    servers.push(server);
  }
  const db = new pg.Client({ connectionString: schema.url });
  await db.connect();
  cleanup.push(() => db.end());
  return { servers, db };
}

async function tab(server: ChildServer): Promise<TestSocket> {
  const socket: TestSocket = connect(server.url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  cleanup.push(() => socket.disconnect());
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Every payload of an event a socket hears from now on. */
function heard<T>(socket: TestSocket, event: 'client:say' | 'session:ended'): T[] {
  const seen: T[] = [];
  (socket as unknown as { on(e: string, l: (p: T) => void): void }).on(event, (p) => seen.push(p));
  return seen;
}

async function until(check: () => boolean, what: string, timeoutMs = 5000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function startOn(socket: TestSocket, seed = 11) {
  const res = await socket.timeout(5000).emitWithAck('session:start', { personaId: 'maya', seed });
  if (!res.ok) throw new Error(res.error.message);
  return res.data;
}

async function resumeOn(socket: TestSocket, session: { sessionId: string; resumeToken: string }) {
  const res = await socket
    .timeout(5000)
    .emitWithAck('session:resume', { sessionId: session.sessionId, resumeToken: session.resumeToken });
  if (!res.ok) throw new Error(res.error.message);
  return res.data;
}

describeWithPostgres('several server processes on one PostgreSQL database', () => {
  it('carries a session across processes: a tab on B hears A’s replies, and B continues it after A is killed', async () => {
    const {
      servers: [a, b],
      db,
    } = await cluster(2);
    const onA = await tab(a!);
    const session = await startOn(onA);
    const onB = await tab(b!);
    const resumed = await resumeOn(onB, session);
    expect(resumed.transcript).toHaveLength(1);

    // A turn taken on A reaches the tab on B through the database's NOTIFY.
    const repliesOnB = heard<SeenTurn>(onB, 'client:say');
    const ack = await onA
      .timeout(5000)
      .emitWithAck('trainee:say', { text: 'Take your time. There is no rush.' });
    expect(ack).toEqual({ ok: true, data: { turn: 1 } });
    await until(() => repliesOnB.length === 1, 'the reply on B');
    expect(repliesOnB[0]).toMatchObject({ turn: 1 });

    // No warning: whatever A acknowledged is in the database, and B goes on from it.
    expect(await a!.stop('SIGKILL')).toBeNull();
    const next = await onB.timeout(5000).emitWithAck('trainee:say', { text: 'What would help most today?' });
    expect(next).toEqual({ ok: true, data: { turn: 2 } });
    await until(() => repliesOnB.length === 2, 'the second reply on B');
    const ended = await onB.timeout(5000).emitWithAck('session:end', {});
    expect(ended).toMatchObject({ ok: true, data: { outcome: 'trainee', turns: 2 } });
    const { rows } = await db.query('SELECT turn, said FROM turns WHERE session_id = $1 ORDER BY turn', [
      session.sessionId,
    ]);
    expect(rows).toEqual([
      { turn: 1, said: 'Take your time. There is no rush.' },
      { turn: 2, said: 'What would help most today?' },
    ]);
  });

  it('ends a session once at its time limit, though a timer fires on each process', async () => {
    // 0.02 minutes: 1.2 s. Both processes have a tab on the session, so both arm a timer.
    const {
      servers: [a, b],
      db,
    } = await cluster(2, { SESSION_MINUTES: '0.02' });
    const onA = await tab(a!);
    const onB = await tab(b!);
    const session = await startOn(onA);
    await resumeOn(onB, session);
    const endedOn = { a: heard<{ reason: EndReason }>(onA, 'session:ended'), b: heard(onB, 'session:ended') };
    const goodbyesOn = { a: heard<SeenTurn>(onA, 'client:say'), b: heard<SeenTurn>(onB, 'client:say') };
    await until(() => endedOn.a.length > 0 && endedOn.b.length > 0, 'the end on both tabs');
    // Time for a second end to arrive, if there were one.
    await new Promise((r) => setTimeout(r, 1000));
    expect(endedOn.a).toEqual([expect.objectContaining({ reason: 'time-limit' })]);
    expect(endedOn.b).toHaveLength(1);
    expect(goodbyesOn.a.map((t) => t.ended)).toEqual(['time-limit']);
    expect(goodbyesOn.b.map((t) => t.ended)).toEqual(['time-limit']);
    const { rows } = await db.query('SELECT count(*)::int AS n FROM debriefs WHERE session_id = $1', [
      session.sessionId,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('serialises turns sent on one session through two processes at the same moment', async () => {
    const {
      servers: [a, b],
      db,
    } = await cluster(2);
    const onA = await tab(a!);
    const onB = await tab(b!);
    const session = await startOn(onA);
    await resumeOn(onB, session);
    const lines = ['How are you today?', 'What brings you here?', 'Take your time.', 'I am listening.'];
    const results = await Promise.all(
      lines.map((text, i) => (i % 2 === 0 ? onA : onB).timeout(5000).emitWithAck('trainee:say', { text })),
    );
    // Each turn is taken whole or refused because the client is still answering; none is lost
    // or doubled, and none fails.
    const taken = results.flatMap((r) => (r.ok ? [r.data.turn] : []));
    const refused = results.flatMap((r) => (r.ok ? [] : [r.error.code]));
    expect(new Set(refused)).toEqual(new Set(refused.length ? ['session_busy'] : []));
    expect([...taken].sort()).toEqual(taken.map((_, i) => i + 1));
    const { rows } = await db.query('SELECT turn FROM turns WHERE session_id = $1 ORDER BY turn', [
      session.sessionId,
    ]);
    expect(rows.map((r) => r.turn)).toEqual(taken.map((_, i) => i + 1));
  });
});
