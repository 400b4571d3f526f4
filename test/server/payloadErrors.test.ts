import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LENGTH } from '../../contract/events.js';
import { startTestServer, type TestSocket } from './testServer.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

/** Emits any payload, bypassing the typed events: these tests send what the types forbid. */
async function send(socket: TestSocket, event: string, payload: unknown) {
  const raw = socket as unknown as {
    timeout(ms: number): { emitWithAck(e: string, p: unknown): Promise<unknown> };
  };
  return (await raw.timeout(3000).emitWithAck(event, payload)) as {
    ok: boolean;
    error?: { code: string; message: string };
  };
}

async function started() {
  const socket = await server.client();
  const res = await socket
    .timeout(3000)
    .emitWithAck('session:start', { personaId: [...server.personas.keys()][0]!, seed: 7 });
  if (!res.ok) throw new Error(res.error.message);
  return socket;
}

describe('an over-long message', () => {
  it.each([MAX_MESSAGE_LENGTH + 1, MAX_MESSAGE_LENGTH * 4 + 1, 50_000])(
    'of %i characters is refused with the limit and its length, whatever the length',
    async (n) => {
      const socket = await started();
      const res = await send(socket, 'trainee:say', { text: 'a'.repeat(n) });
      expect(res).toEqual({
        ok: false,
        error: {
          code: 'message_too_long',
          message: `Messages can be at most ${MAX_MESSAGE_LENGTH} characters; this one has ${n}.`,
        },
      });
    },
  );
});

describe('a malformed payload', () => {
  const cases: [string, unknown[], string][] = [
    [
      'trainee:say',
      [null, undefined, 42, 'hello', [], {}, { text: 5 }, { text: null }, { text: { nested: true } }],
      'The message was missing or malformed: send { text } with the words to say.',
    ],
    [
      'session:start',
      [null, 42, [], {}, { personaId: '' }, { personaId: 7 }, { personaId: 'x'.repeat(101) }],
      'The request to start a session was missing or malformed: send { personaId } with the id of a client from the list, or { assignment } with a code.',
    ],
    [
      'session:start',
      [
        { personaId: 'maya', trainee: 'Ana' },
        { personaId: 'maya', trainee: {} },
        { personaId: 'maya', trainee: { name: ' \n\t ' } },
        { personaId: 'maya', trainee: { name: 'x'.repeat(81) } },
        { personaId: 'maya', trainee: { name: 'Ana', cohort: 7 } },
        { personaId: 'maya', trainee: { name: 'Ana', cohort: 'c'.repeat(81) } },
      ],
      'trainee must be { name, cohort? }: a name of 1 to 80 characters, and a cohort of at most 80.',
    ],
    [
      'session:start',
      [{ assignment: '' }, { assignment: 'a b' }, { assignment: 'x'.repeat(41) }, { assignment: 7 }],
      'The assignment code must be 1 to 40 letters, digits or dashes, as in the link.',
    ],
    [
      'session:start',
      [
        { personaId: 'maya', seed: -1 },
        { personaId: 'maya', seed: 1.5 },
        { personaId: 'maya', seed: '7' },
      ],
      'The seed must be a whole number from 0 to 4294967295, or left out for a random one.',
    ],
    [
      'session:resume',
      [null, {}, { sessionId: 'a' }, { sessionId: 'a', resumeToken: '' }, { sessionId: 1, resumeToken: 2 }],
      'The request to resume was missing or malformed: send { sessionId, resumeToken } as given when the session started.',
    ],
    ['session:end', [null, 42, 'now'], 'The request to end the session was malformed: send {} or nothing.'],
  ];

  it.each(cases)(
    'for %s is answered with a sentence that says what to send',
    async (event, payloads, sentence) => {
      const socket = await started();
      for (const payload of payloads) {
        const res = await send(socket, event, payload);
        expect(res, JSON.stringify(payload) ?? 'undefined').toEqual({
          ok: false,
          error: { code: 'invalid_payload', message: sentence },
        });
      }
    },
  );
});

describe('a payload larger than the transport allows', () => {
  it('drops that connection, and the server keeps serving others', async () => {
    const socket = await started();
    const dropped = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    socket.emit('trainee:say', { text: 'a'.repeat(70 * 1024) }, () => {});
    // socket.io's maxHttpBufferSize guard: the browser sees a dropped connection and reconnects.
    expect(await dropped).toMatch(/transport/);
    const other = await started();
    const res = await send(other, 'trainee:say', { text: 'a'.repeat(MAX_MESSAGE_LENGTH + 1) });
    expect(res.error?.code).toBe('message_too_long');
  });
});
