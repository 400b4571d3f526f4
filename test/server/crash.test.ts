import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io as connect } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { SeenTurn, SeenEntry } from '../../contract/session.js';
import { openSession, sessionView, traineeTurn } from '../../engine/simulation/engineSession.js';
import { type ChildServer, startChildServer } from './childServer.js';
import { shippedPersonas, type TestSocket } from './testServer.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function connectTo(server: ChildServer): Promise<TestSocket> {
  const socket: TestSocket = connect(server.url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  cleanup.push(() => {
    socket.disconnect();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

function say(socket: TestSocket, text: string): Promise<SeenTurn> {
  return new Promise((resolve, reject) => {
    socket.once('client:say', resolve);
    socket
      .timeout(5000)
      .emitWithAck('trainee:say', { text })
      .then((r) => !r.ok && reject(new Error(r.error.message)), reject);
  });
}

/** Starts a new server over the same data folder and resumes the session on a new connection. */
async function restartAndResume(dataDir: string, session: { sessionId: string; resumeToken: string }) {
  const server = await startChildServer({ DATA_DIR: dataDir });
  cleanup.push(() => server.stop('SIGKILL'));
  const again = await connectTo(server);
  const res = await again.timeout(5000).emitWithAck('session:resume', {
    sessionId: session.sessionId,
    resumeToken: session.resumeToken,
  });
  if (!res.ok) throw new Error(`${res.error.message}\n${server.log()}`);
  return { again, resumed: res };
}

describe('a server killed mid-session', () => {
  it('resumes the session with its trust after SIGKILL and a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-crash-'));
    cleanup.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));

    const first = await startChildServer({ DATA_DIR: dataDir });
    cleanup.push(() => first.stop('SIGKILL'));
    const socket = await connectTo(first);
    const personas = (await (await fetch(`${first.url}/api/personas`)).json()) as { id: string }[];
    const started = await socket
      .timeout(5000)
      .emitWithAck('session:start', { personaId: personas[0]!.id, seed: 3 });
    if (!started.ok) throw new Error(started.error.message);
    await say(socket, 'Take your time. There is no rush at all.');
    const last = await say(socket, 'It sounds like it has been a really hard few months for you.');

    // No warning, no chance to flush: whatever was acknowledged must already be on disk.
    expect(await first.stop('SIGKILL')).toBeNull();

    const { again, resumed } = await restartAndResume(dataDir, started.data);
    expect(resumed.data.meters).toEqual(last.meters);
    expect(resumed.data.state).toBe(last.state);
    expect(resumed.data.transcript.filter((e: SeenEntry) => e.speaker === 'trainee')).toHaveLength(2);

    const next = await say(again, 'What would be most helpful to talk about today?');
    expect(next.turn).toBe(3);
  });

  it('keeps a walk-out that was acknowledged but not yet shown when the server dies', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-walkout-'));
    cleanup.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    // Which line makes the client walk out, worked out with the engine itself (same seed, same lines).
    const persona = shippedPersonas().get('maya')!;
    const lines = [
      'Why did you let that happen?',
      "You're overreacting. Just get over it.",
      'Stop whining, you are being pathetic.',
      'Honestly, what is wrong with you?',
      'You need to pull yourself together.',
      'Shut up and listen to me.',
    ];
    let state = openSession(persona, 5).state;
    let walkoutAt = -1;
    for (const [i, line] of lines.entries()) {
      state = traineeTurn(persona, state, line).state;
      if (sessionView(state).ended === 'walkout') {
        walkoutAt = i;
        break;
      }
    }
    expect(walkoutAt).toBeGreaterThan(0);

    // With the typing pause on, the walk-out line waits 0.6–2.5 s after its acknowledgement.
    const first = await startChildServer({ DATA_DIR: dataDir, TYPING_DELAY: 'on' });
    cleanup.push(() => first.stop('SIGKILL'));
    const socket = await connectTo(first);
    const started = await socket.timeout(5000).emitWithAck('session:start', { personaId: 'maya', seed: 5 });
    if (!started.ok) throw new Error(started.error.message);
    for (const line of lines.slice(0, walkoutAt)) await say(socket, line);
    const ack = await socket.timeout(5000).emitWithAck('trainee:say', { text: lines[walkoutAt]! });
    expect(ack.ok).toBe(true);
    expect(await first.stop('SIGKILL')).toBeNull();

    const { again, resumed } = await restartAndResume(dataDir, started.data);
    expect(resumed.data.ended).toBe('walkout');
    expect(resumed.data.transcript.at(-1)).toMatchObject({ speaker: 'client', ended: 'walkout' });
    const more = await again.timeout(5000).emitWithAck('trainee:say', { text: 'Wait, please come back.' });
    expect(more).toMatchObject({ ok: false, error: { code: 'session_ended' } });
    const debrief = await again.timeout(5000).emitWithAck('session:end', {});
    expect(debrief).toMatchObject({ ok: true, data: { outcome: 'walkout' } });
  });

  it('finishes and exits cleanly on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-term-'));
    cleanup.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const server = await startChildServer({ DATA_DIR: dataDir });
    cleanup.push(() => server.stop('SIGKILL'));
    expect(await server.stop('SIGTERM')).toBe(0);
    // The WAL is checkpointed into the main file on a clean close.
    expect(fs.existsSync(path.join(dataDir, 'rapport.sqlite-wal'))).toBe(false);
  });
});
