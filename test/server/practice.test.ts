import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SeenTurn, PracticeReview, SeenEntry } from '../../contract/session.js';
import { next, startTestServer, type TestSocket } from './testServer.js';

// The practice contracts (issue 15): session:rewind, session:hint, session:start { continueFrom }.
type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

async function start(socket: TestSocket, extra: object = {}) {
  const res = await socket
    .timeout(3000)
    .emitWithAck('session:start', { personaId: 'maya', seed: 5, ...extra });
  if (!res.ok) throw new Error(res.error.message);
  return res.data;
}

async function say(socket: TestSocket, text: string): Promise<SeenTurn> {
  const reply = next(socket, 'client:say');
  const res = await socket.timeout(3000).emitWithAck('trainee:say', { text });
  if (!res.ok) throw new Error(res.error.message);
  return reply;
}

describe('session:rewind', () => {
  it('puts the client back as it was before the retried turn, and the next line is that turn again', async () => {
    const socket = await server.client();
    await start(socket);
    const first = await say(socket, "Thanks for coming in. There's no rush here.");
    const hurt = await say(socket, 'You need to get over it. At least nobody died.');
    expect(hurt.meters!.trust).toBeLessThan(first.meters!.trust);
    const res = await socket.timeout(3000).emitWithAck('session:rewind', { toTurn: 2 });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.meters).toEqual(first.meters);
    expect(res.data.state).toBe(first.state);
    const transcript: SeenEntry[] = res.data.transcript;
    expect(transcript.filter((e) => e.speaker === 'trainee').map((e) => e.text)).toEqual([
      "Thanks for coming in. There's no rush here.",
    ]);
    const again = await say(socket, 'It sounds like it has been a hard few months.');
    expect(again.turn).toBe(2);
    expect(again.meters!.trust).toBeGreaterThan(first.meters!.trust);
  });

  it('keeps every attempt for the debrief, with what each did to trust', async () => {
    const socket = await server.client();
    await start(socket);
    await say(socket, "Thanks for coming in. There's no rush here.");
    await say(socket, 'You need to get over it. At least nobody died.');
    await socket.timeout(3000).emitWithAck('session:rewind', { toTurn: 2 });
    await say(socket, 'It sounds like it has been a hard few months.');
    const ended = await socket.timeout(3000).emitWithAck('session:end', {});
    if (!ended.ok) throw new Error(ended.error.message);
    const retried: PracticeReview['retried'] = ended.data.practice?.retried ?? [];
    expect(retried).toHaveLength(1);
    expect(retried[0]?.turn).toBe(2);
    expect(retried[0]?.attempts.map((a) => [a.said, a.kept])).toEqual([
      ['You need to get over it. At least nobody died.', false],
      ['It sounds like it has been a hard few months.', true],
    ]);
    expect(retried[0]!.attempts[0]!.trustChange).toBeLessThan(0);
    expect(retried[0]!.attempts[1]!.trustChange).toBeGreaterThan(0);
    // Key moments and counts use the attempt that was kept.
    expect(JSON.stringify(ended.data.keyMoments)).not.toContain('nobody died');
  });

  it('refuses a turn the session has not had, and an ended session, with a sentence', async () => {
    const socket = await server.client();
    await start(socket);
    const none = await socket.timeout(3000).emitWithAck('session:rewind', { toTurn: 1 });
    expect(none).toMatchObject({ ok: false, error: { code: 'bad_turn' } });
    await say(socket, 'Hello.');
    const far = await socket.timeout(3000).emitWithAck('session:rewind', { toTurn: 4 });
    expect(far).toMatchObject({
      ok: false,
      error: { code: 'bad_turn', message: expect.stringContaining('from 1 to 1') },
    });
    const bad = await socket.timeout(3000).emitWithAck('session:rewind', { toTurn: 'two' } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    await socket.timeout(3000).emitWithAck('session:end', {});
    const ended = await socket.timeout(3000).emitWithAck('session:rewind', { toTurn: 1 });
    expect(ended).toMatchObject({ ok: false, error: { code: 'session_ended' } });
  });

  it('survives a resume: the resumed transcript is the kept line', async () => {
    const socket = await server.client();
    const s = await start(socket);
    await say(socket, 'Hello.');
    await say(socket, 'You are being dramatic.');
    await socket.timeout(3000).emitWithAck('session:rewind', { toTurn: 2 });
    const other = await server.client();
    const res = await other
      .timeout(3000)
      .emitWithAck('session:resume', { sessionId: s.sessionId, resumeToken: s.resumeToken });
    if (!res.ok) throw new Error(res.error.message);
    const transcript: SeenEntry[] = res.data.transcript;
    expect(transcript.filter((e) => e.speaker === 'trainee').map((e) => e.text)).toEqual(['Hello.']);
  });

  it('tells the other connections on the session, not the one that asked', async () => {
    const socket = await server.client();
    const s = await start(socket);
    await say(socket, 'Hello.');
    await say(socket, 'You are being dramatic.');
    const other = await server.client();
    await other
      .timeout(3000)
      .emitWithAck('session:resume', { sessionId: s.sessionId, resumeToken: s.resumeToken });
    const heard: number[] = [];
    socket.on('session:rewound', ({ toTurn }) => heard.push(toTurn));
    const told = next(other, 'session:rewound');
    await socket.timeout(3000).emitWithAck('session:rewind', { toTurn: 2 });
    expect(await told).toEqual({ toTurn: 2 });
    // A round trip later the asking connection has still heard nothing.
    await socket.timeout(3000).emitWithAck('session:hint', {});
    expect(heard).toEqual([]);
  });
});

describe('session:hint', () => {
  it('gives one to three suggestions drawn from this moment, and the debrief counts them', async () => {
    const socket = await server.client();
    await start(socket);
    await say(socket, 'Could you tell me about the crash?');
    const res = await socket.timeout(3000).emitWithAck('session:hint', {});
    if (!res.ok) throw new Error(res.error.message);
    expect(res.data.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(res.data.suggestions.length).toBeLessThanOrEqual(3);
    expect(res.data.suggestions[0]).toMatchObject({ move: 'giving_space', why: expect.any(String) });
    await socket.timeout(3000).emitWithAck('session:hint', {});
    const ended = await socket.timeout(3000).emitWithAck('session:end', {});
    if (!ended.ok) throw new Error(ended.error.message);
    expect(ended.data.practice?.hintsUsed).toBe(2);
  });

  it('never reveals what the client has not said', async () => {
    const socket = await server.client();
    await start(socket);
    const res = await socket.timeout(3000).emitWithAck('session:hint', {});
    const maya = server.personas.get('maya')!;
    for (const d of maya.disclosures) expect(JSON.stringify(res)).not.toContain(d.text.slice(0, 30));
  });
});

describe('session:start with continueFrom', () => {
  it('meets the same client again: trust carried over, disclosures remembered, compared in the debrief', async () => {
    const socket = await server.client();
    const first = await start(socket);
    for (const line of [
      "Thanks for coming in. Take your time, there's no rush.",
      "It sounds like it's been a really hard few months, and coming here wasn't easy.",
      "I notice you're looking down. It's okay to feel unsure about being here.",
    ])
      await say(socket, line);
    const end1 = await socket.timeout(3000).emitWithAck('session:end', {});
    if (!end1.ok) throw new Error(end1.error.message);
    const second = await start(socket, {
      continueFrom: { sessionId: first.sessionId, resumeToken: first.resumeToken },
      seed: 6,
    });
    expect(second.opening.meters.trust).toBeGreaterThan(first.opening.meters.trust);
    await say(socket, 'How are you?');
    const end2 = await socket.timeout(3000).emitWithAck('session:end', {});
    if (!end2.ok) throw new Error(end2.error.message);
    expect(end2.data.practice).toMatchObject({
      sessionNumber: 2,
      previous: { sessionId: first.sessionId, trustEnd: end1.data.finalMeters.trust },
    });
  });

  it('refuses to continue an open session, another client’s session, or a wrong token', async () => {
    const socket = await server.client();
    const first = await start(socket);
    const open = await socket.timeout(3000).emitWithAck('session:start', {
      personaId: 'maya',
      continueFrom: { sessionId: first.sessionId, resumeToken: first.resumeToken },
    });
    expect(open).toMatchObject({ ok: false, error: { code: 'not_finished' } });
    await socket.timeout(3000).emitWithAck('session:end', {});
    const other = await socket.timeout(3000).emitWithAck('session:start', {
      personaId: 'daniel',
      continueFrom: { sessionId: first.sessionId, resumeToken: first.resumeToken },
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const wrong = await socket.timeout(3000).emitWithAck('session:start', {
      personaId: 'maya',
      continueFrom: { sessionId: first.sessionId, resumeToken: 'nope' },
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'bad_token' } });
  });
});
