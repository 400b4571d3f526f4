import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LENGTH } from '../../contract/events.js';
import type { TranscriptEntry } from '../../contract/session.js';
import { openSession, sessionView, traineeTurn } from '../../engine/simulation/engineSession.js';
import { hashToken } from '../../server/sessions/tokens.js';
import { next, startTestServer } from './testServer.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const firstPersonaId = () => [...server.personas.keys()][0]!;

async function started(seed = 7) {
  const socket = await server.client();
  const res = await socket.timeout(3000).emitWithAck('session:start', { personaId: firstPersonaId(), seed });
  if (!res.ok) throw new Error(res.error.message);
  return { socket, session: res.data };
}

describe('HTTP', () => {
  it('answers the health check', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('lists personas with public fields only', async () => {
    const list = (await (await fetch(`${server.url}/api/personas`)).json()) as Record<string, unknown>[];
    expect(list.length).toBe(server.personas.size);
    for (const p of list) {
      expect(Object.keys(p).sort()).toEqual(
        [
          'age',
          'contentNotes',
          'difficulty',
          'disclosureCount',
          'id',
          'name',
          'pronouns',
          'referral',
          'tags',
        ].sort(),
      );
    }
    const body = JSON.stringify(list);
    for (const persona of server.personas.values()) {
      for (const d of persona.disclosures) expect(body).not.toContain(d.text.slice(0, 40));
    }
  });

  it('sends a Content-Security-Policy and no X-Powered-By', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('answers a malformed request with a code and no stack trace', async () => {
    const res = await fetch(`${server.url}/api/sessions/%E0%A4%A/transcript`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
    expect(text).not.toMatch(/URIError|node_modules|\.ts:/);
  });

  it('answers an unknown API route with a JSON error and no stack', async () => {
    const res = await fetch(`${server.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string } };
    expect(body.error.code).toBe('not_found');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts/);
  });
});

describe('a session over socket.io', () => {
  it('starts with an opening line and meters', async () => {
    const { session } = await started();
    expect(session.sessionId).toMatch(/[0-9a-f-]{36}/);
    expect(session.resumeToken.length).toBeGreaterThan(20);
    expect(session.persona.id).toBe(firstPersonaId());
    expect(session.opening.text.length).toBeGreaterThan(0);
    expect(session.opening.meters.trust).toBeGreaterThanOrEqual(0);
  });

  it('acknowledges a trainee line, shows typing, then the client replies with feedback', async () => {
    const { socket } = await started();
    const typing = next(socket, 'client:typing');
    const reply = next(socket, 'client:say');
    const ack = await socket.timeout(3000).emitWithAck('trainee:say', { text: 'How are you feeling today?' });
    expect(ack).toEqual({ ok: true, data: { turn: 1 } });
    expect(await typing).toEqual({ turn: 1 });
    const turn = await reply;
    expect(turn.turn).toBe(1);
    expect(turn.text.length).toBeGreaterThan(0);
    expect(turn.feedback?.moves.map((m) => m.move)).toContain('open_question');
  });

  it('acknowledges a line before the client types and replies', async () => {
    const { socket } = await started();
    const order: string[] = [];
    const replied = next(socket, 'client:say');
    socket.once('client:typing', () => order.push('typing'));
    socket.once('client:say', () => order.push('say'));
    // The ack callback runs as its packet is read (a promise's then() would run later).
    socket.emit('trainee:say', { text: 'How has your week been?' }, () => order.push('ack'));
    await replied;
    expect(order).toEqual(['ack', 'typing', 'say']);
  });

  it('with a typing delay, acknowledges, shows typing, then replies after the pause', async () => {
    const slow = await startTestServer({ typingDelayMs: 120 });
    try {
      const socket = await slow.client();
      const res = await socket
        .timeout(3000)
        .emitWithAck('session:start', { personaId: firstPersonaId(), seed: 7 });
      expect(res.ok).toBe(true);
      const order: string[] = [];
      let typedAt = 0;
      socket.once('client:typing', (p) => {
        typedAt = Date.now();
        order.push(`typing ${p.turn}`);
      });
      const replied = next(socket, 'client:say');
      socket.emit('trainee:say', { text: 'How has your week been?' }, () => order.push('ack'));
      const turn = await replied;
      order.push(`say ${turn.turn}`);
      expect(order).toEqual(['ack', 'typing 1', 'say 1']);
      expect(Date.now() - typedAt).toBeGreaterThanOrEqual(100);
    } finally {
      await slow.close();
    }
  });

  it('gives the same conversation for the same seed', async () => {
    const lines = [
      'Hello, I am glad you came.',
      'What brings you here today?',
      'It sounds like it has been hard.',
    ];
    const play = async () => {
      const { socket, session } = await started(42);
      const texts = [session.opening.text];
      for (const text of lines) {
        const reply = next(socket, 'client:say');
        await socket.timeout(3000).emitWithAck('trainee:say', { text });
        const r = await reply;
        texts.push(`${r.text}|${r.meters?.trust}|${r.state}`);
      }
      return texts;
    };
    expect(await play()).toEqual(await play());
  });

  it('ends with a debrief when the trainee ends the session', async () => {
    const { socket } = await started();
    const reply = next(socket, 'client:say');
    await socket.timeout(3000).emitWithAck('trainee:say', { text: 'Take your time, there is no rush.' });
    await reply;
    const ended = next(socket, 'session:ended');
    const res = await socket.timeout(3000).emitWithAck('session:end', {});
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.outcome).toBe('trainee');
    expect(res.data.turns).toBe(1);
    expect(res.data.timeline).toHaveLength(2);
    expect((await ended).reason).toBe('trainee');
  });

  it('lets the client say goodbye when the trainee ends the session', async () => {
    const { socket } = await started();
    const goodbye = next(socket, 'client:say');
    await socket.timeout(3000).emitWithAck('session:end', {});
    const line = await goodbye;
    expect(line).toMatchObject({ state: 'ended', ended: 'trainee', turn: 0 });
    expect(line.text.length).toBeGreaterThan(0);
  });

  it('ends a session past its time limit with a goodbye and a clear error', async () => {
    let now = 1_000_000;
    await server.close();
    server = await startTestServer({ sessionMinutes: 1, clock: () => now });
    const { socket } = await started();
    now += 61_000;
    const goodbye = next(socket, 'client:say');
    const ended = next(socket, 'session:ended');
    const res = await socket.timeout(3000).emitWithAck('trainee:say', { text: 'Are you still with me?' });
    expect(res).toMatchObject({ ok: false, error: { code: 'session_ended' } });
    if (!res.ok) expect(res.error.message).toContain('1-minute');
    expect((await goodbye).ended).toBe('time-limit');
    expect((await ended).reason).toBe('time-limit');
  });

  it('ends a silent session when its time limit passes, without waiting for the trainee', async () => {
    await server.close();
    // 0.005 minutes: 300 ms of real time.
    server = await startTestServer({ sessionMinutes: 0.005 });
    const { socket } = await started();
    const goodbye = next(socket, 'client:say', 3000);
    const ended = next(socket, 'session:ended', 3000);
    expect(await goodbye).toMatchObject({ state: 'ended', ended: 'time-limit' });
    const { reason, debrief } = await ended;
    expect(reason).toBe('time-limit');
    expect(debrief.outcome).toBe('time-limit');
    const res = await socket.timeout(3000).emitWithAck('trainee:say', { text: 'Sorry, I was away.' });
    expect(res).toMatchObject({ ok: false, error: { code: 'session_ended' } });
  });

  it('ends a resumed session whose time ran out while the trainee was away', async () => {
    let now = 1_000_000;
    await server.close();
    server = await startTestServer({ sessionMinutes: 1, clock: () => now });
    const { socket, session } = await started();
    socket.disconnect();
    now += 61_000;
    const again = await server.client();
    const ended = next(again, 'session:ended', 3000);
    const res = await again
      .timeout(3000)
      .emitWithAck('session:resume', { sessionId: session.sessionId, resumeToken: session.resumeToken });
    expect(res.ok).toBe(true);
    expect((await ended).reason).toBe('time-limit');
    expect((await server.store.getSession(session.sessionId))?.endReason).toBe('time-limit');
  });

  it('records the time limit, not the trainee, when the trainee ends a session past its limit', async () => {
    let now = 1_000_000;
    await server.close();
    server = await startTestServer({ sessionMinutes: 1, clock: () => now });
    const { socket } = await started();
    now += 61_000;
    const res = await socket.timeout(3000).emitWithAck('session:end', {});
    expect(res).toMatchObject({ ok: true, data: { outcome: 'time-limit' } });
  });

  it('finishes a stored session whose client had ended it but whose end was never recorded', async () => {
    // A row as an older release could leave it: the walk-out turn committed, the end not yet.
    const persona = server.personas.get('maya')!;
    let state = openSession(persona, 5).state;
    const opening = openSession(persona, 5).opening;
    await server.store.createSession({
      id: 'legacy',
      personaId: 'maya',
      seed: 5,
      tokenHash: hashToken('legacy-token'),
      startedAt: Date.now(),
      opening,
      state,
    });
    const hostile = ["You're overreacting. Just get over it.", 'Stop whining, you are being pathetic.'];
    for (let i = 0; !sessionView(state).ended && i < 10; i++) {
      const out = traineeTurn(persona, state, hostile[i % 2]!);
      await server.store.withSession('legacy', (tx) =>
        tx!.recordTurn(
          {
            turn: out.reply.turn,
            said: hostile[i % 2]!,
            at: Date.now(),
            analysis: out.analysis,
            reply: out.reply,
          },
          out.state,
          0,
        ),
      );
      state = out.state;
    }
    expect(sessionView(state).ended).toBe('walkout');
    expect((await server.store.getSession('legacy'))?.endReason).toBeUndefined();

    const socket = await server.client();
    const res = await socket
      .timeout(3000)
      .emitWithAck('session:resume', { sessionId: 'legacy', resumeToken: 'legacy-token' });
    expect(res).toMatchObject({ ok: true, data: { ended: 'walkout' } });
    const more = await socket.timeout(3000).emitWithAck('trainee:say', { text: 'Please stay.' });
    expect(more).toMatchObject({ ok: false, error: { code: 'session_ended' } });
    expect((await server.store.getDebrief('legacy'))?.outcome).toBe('walkout');
  });

  it('tells every connection on the session when it ends (a second tab, a reconnect)', async () => {
    const { socket, session } = await started();
    const other = await server.client();
    const resumed = await other
      .timeout(3000)
      .emitWithAck('session:resume', { sessionId: session.sessionId, resumeToken: session.resumeToken });
    expect(resumed.ok && resumed.data.debrief).toBe(undefined);
    const seen = { here: next(socket, 'session:ended'), there: next(other, 'session:ended') };
    const goodbyeThere = next(other, 'client:say');
    await socket.timeout(3000).emitWithAck('session:end', {});
    expect((await seen.here).reason).toBe('trainee');
    expect((await seen.there).reason).toBe('trainee');
    expect(await goodbyeThere).toMatchObject({ state: 'ended', ended: 'trainee' });
  });

  it('delivers a reply still in its typing pause before the goodbye when the trainee ends', async () => {
    await server.close();
    server = await startTestServer({ typingDelayMs: 300 });
    const { socket } = await started();
    const order: string[] = [];
    socket.on('client:say', (t) => order.push(`say ${t.turn}${t.ended ? ` ${t.ended}` : ''}`));
    socket.on('session:ended', (e) => order.push(`ended ${e.reason}`));
    await socket.timeout(3000).emitWithAck('trainee:say', { text: 'What brings you here today?' });
    const res = await socket.timeout(3000).emitWithAck('session:end', {});
    expect(res.ok).toBe(true);
    expect(order).toEqual(['say 1', 'say 1 trainee', 'ended trainee']);
  });

  it('refuses to continue a session that has ended', async () => {
    const { socket } = await started();
    await socket.timeout(3000).emitWithAck('session:end', {});
    const res = await socket.timeout(3000).emitWithAck('trainee:say', { text: 'Are you still there?' });
    expect(res).toMatchObject({ ok: false, error: { code: 'session_ended' } });
  });

  it('keeps every turn in the store before the reply is sent', async () => {
    const { socket, session } = await started();
    const reply = next(socket, 'client:say');
    await socket.timeout(3000).emitWithAck('trainee:say', { text: 'What would you like to talk about?' });
    await reply;
    const turns = await server.store.listTurns(session.sessionId);
    expect(turns.map((t) => t.said)).toEqual(['What would you like to talk about?']);
  });
});

describe('resuming', () => {
  it('restores the conversation on a new connection with the right token', async () => {
    const { socket, session } = await started();
    const reply = next(socket, 'client:say');
    await socket.timeout(3000).emitWithAck('trainee:say', { text: 'What brings you here?' });
    const said = await reply;
    socket.disconnect();
    const other = await server.client();
    const res = await other
      .timeout(3000)
      .emitWithAck('session:resume', { sessionId: session.sessionId, resumeToken: session.resumeToken });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.transcript.map((e: TranscriptEntry) => e.speaker)).toEqual([
      'client',
      'trainee',
      'client',
    ]);
    expect(res.data.meters).toEqual(said.meters);
    const more = await other.timeout(3000).emitWithAck('trainee:say', { text: 'Go on.' });
    expect(more).toEqual({ ok: true, data: { turn: 2 } });
  });

  it("shows a session the trainee ended closing with the client's goodbye, as it was said", async () => {
    const { socket, session } = await started();
    const reply = next(socket, 'client:say');
    await socket.timeout(3000).emitWithAck('trainee:say', { text: 'What brings you here?' });
    await reply;
    const goodbye = next(socket, 'client:say');
    await socket.timeout(3000).emitWithAck('session:end', {});
    const said = await goodbye;
    socket.disconnect();
    const other = await server.client();
    const res = await other
      .timeout(3000)
      .emitWithAck('session:resume', { sessionId: session.sessionId, resumeToken: session.resumeToken });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.data.ended).toBe('trainee');
    // The stored debrief comes with it, so a reload goes straight back to the debrief.
    expect(res.data.debrief).toMatchObject({ outcome: 'trainee', turns: 1 });
    expect(res.data.transcript.map((e: TranscriptEntry) => e.speaker)).toEqual([
      'client',
      'trainee',
      'client',
      'client',
    ]);
    expect(res.data.transcript.at(-1)).toMatchObject({ text: said.text, state: 'ended', ended: 'trainee' });
    const http = await fetch(`${server.url}/api/sessions/${session.sessionId}/transcript`, {
      headers: { authorization: `Bearer ${session.resumeToken}` },
    });
    const body = (await http.json()) as { transcript: TranscriptEntry[] };
    expect(body.transcript.at(-1)).toMatchObject({ text: said.text, ended: 'trainee' });
  });

  it('refuses a wrong token', async () => {
    const { session } = await started();
    const other = await server.client();
    const res = await other
      .timeout(3000)
      .emitWithAck('session:resume', { sessionId: session.sessionId, resumeToken: 'not-the-token' });
    expect(res).toMatchObject({ ok: false, error: { code: 'bad_token' } });
  });
});

describe('bad input', () => {
  it('refuses an unknown persona', async () => {
    const socket = await server.client();
    const res = await socket.timeout(3000).emitWithAck('session:start', { personaId: 'nobody' });
    expect(res).toMatchObject({ ok: false, error: { code: 'unknown_persona' } });
    if (!res.ok) expect(res.error.message).toContain('nobody');
  });

  it('refuses a message before any session', async () => {
    const socket = await server.client();
    const res = await socket.timeout(3000).emitWithAck('trainee:say', { text: 'hello' });
    expect(res).toMatchObject({ ok: false, error: { code: 'no_session' } });
  });

  it('refuses an empty or blank message', async () => {
    const { socket } = await started();
    for (const text of ['', '   ', '\n\t \u0007']) {
      const res = await socket.timeout(3000).emitWithAck('trainee:say', { text });
      expect(res).toMatchObject({ ok: false, error: { code: 'empty_message' } });
    }
  });

  it('refuses an over-long message and names the limit', async () => {
    const { socket } = await started();
    const res = await socket
      .timeout(3000)
      .emitWithAck('trainee:say', { text: 'a'.repeat(MAX_MESSAGE_LENGTH + 1) });
    expect(res).toMatchObject({ ok: false, error: { code: 'message_too_long' } });
    if (!res.ok) expect(res.error.message).toContain(String(MAX_MESSAGE_LENGTH));
  });

  it('answers malformed payloads with invalid_payload and keeps serving', async () => {
    const { socket } = await started();
    const raw = socket as unknown as {
      timeout(ms: number): { emitWithAck(e: string, ...a: unknown[]): Promise<unknown> };
    };
    for (const payload of [null, 42, 'text', [], { text: 5 }, { text: { nested: true } }]) {
      const res = await raw.timeout(3000).emitWithAck('trainee:say', payload);
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    // No acknowledgement and unknown events must not crash the server either.
    const noAckReply = next(socket, 'client:say');
    (socket as unknown as { emit(e: string, ...a: unknown[]): void }).emit('trainee:say', { text: 'no ack' });
    (socket as unknown as { emit(e: string, ...a: unknown[]): void }).emit('no:such:event', 1, 2, 3);
    expect((await noAckReply).turn).toBe(1);
    const reply = next(socket, 'client:say');
    const ok = await socket.timeout(3000).emitWithAck('trainee:say', { text: 'Still here?' });
    expect(ok.ok).toBe(true);
    await reply;
  });
});

describe('past sessions over HTTP', () => {
  it('returns the transcript and debrief to the holder of the token', async () => {
    const { socket, session } = await started();
    const reply = next(socket, 'client:say');
    await socket.timeout(3000).emitWithAck('trainee:say', { text: 'What brings you here?' });
    await reply;
    const headers = { authorization: `Bearer ${session.resumeToken}` };
    const early = await fetch(`${server.url}/api/sessions/${session.sessionId}/debrief`, { headers });
    expect(early.status).toBe(409);
    await socket.timeout(3000).emitWithAck('session:end', {});

    const transcript = await fetch(`${server.url}/api/sessions/${session.sessionId}/transcript`, { headers });
    expect(transcript.status).toBe(200);
    const body = (await transcript.json()) as {
      transcript: { speaker: string; text: string }[];
      ended: string;
    };
    expect(body.ended).toBe('trainee');
    expect(body.transcript[1]).toMatchObject({ speaker: 'trainee', text: 'What brings you here?' });
    const debrief = await fetch(`${server.url}/api/sessions/${session.sessionId}/debrief`, { headers });
    expect(((await debrief.json()) as { outcome: string }).outcome).toBe('trainee');
  });

  it('answers 404 without the right token', async () => {
    const { session } = await started();
    const none = await fetch(`${server.url}/api/sessions/${session.sessionId}/transcript`);
    const wrong = await fetch(`${server.url}/api/sessions/${session.sessionId}/transcript`, {
      headers: { authorization: 'Bearer nope' },
    });
    expect([none.status, wrong.status]).toEqual([404, 404]);
  });
});

describe('rate limit', () => {
  it('refuses a flood from one connection with a clear error', async () => {
    await server.close();
    server = await startTestServer({ rateLimit: { burst: 3, perSecond: 0.001 } });
    const socket = await server.client();
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(await socket.timeout(3000).emitWithAck('session:start', { personaId: 'nobody' }));
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes).toEqual([
      'unknown_persona',
      'unknown_persona',
      'unknown_persona',
      'rate_limited',
      'rate_limited',
    ]);
  });
});
