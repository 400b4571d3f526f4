import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestSocket } from './testServer.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let socket: TestSocket;

beforeAll(async () => {
  server = await startTestServer();
  socket = await server.client();
  const personaId = [...server.personas.keys()][0]!;
  const res = await socket.timeout(3000).emitWithAck('session:start', { personaId, seed: 1 });
  expect(res.ok).toBe(true);
  socket.on('client:say', () => {
    replies += 1;
  });
});

let replies = 0;
async function repliesReach(n: number) {
  for (let waited = 0; replies < n; waited += 10) {
    if (waited > 3000) throw new Error(`expected ${n} client replies, got ${replies}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
afterAll(async () => {
  await server.close();
});

const raw = () =>
  socket as unknown as { timeout(ms: number): { emitWithAck(e: string, ...a: unknown[]): Promise<unknown> } };
const EVENTS = ['session:start', 'session:resume', 'trainee:say', 'session:end'] as const;

/** Any JSON-ish value socket.io can carry, including the wrong shapes for every event. */
const payload = fc.oneof(
  fc.anything({ maxDepth: 2, withNullPrototype: false }),
  fc.record(
    { text: fc.oneof(fc.string({ maxLength: 50 }), fc.integer(), fc.constant(null)) },
    { requiredKeys: [] },
  ),
  fc.record(
    { personaId: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()), seed: fc.anything({ maxDepth: 0 }) },
    { requiredKeys: [] },
  ),
  fc.record(
    { sessionId: fc.string({ maxLength: 40 }), resumeToken: fc.string({ maxLength: 40 }) },
    { requiredKeys: [] },
  ),
);

describe('socket handlers under random payloads', () => {
  it('answer every request with a well-formed Result and never crash', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...EVENTS.filter((e) => e !== 'session:end')),
        payload,
        async (event, body) => {
          const res = (await raw().timeout(3000).emitWithAck(event, body)) as
            | { ok: true; data: unknown }
            | { ok: false; error: { code: string; message: string } };
          expect(typeof res.ok).toBe('boolean');
          if (!res.ok) {
            expect(res.error.code).not.toBe('internal');
            expect(res.error.message.length).toBeGreaterThan(0);
          } else if (event === 'trainee:say') {
            // A valid line starts a client turn; let it finish before the next request.
            accepted += 1;
            await repliesReach(accepted);
          }
        },
      ),
      { numRuns: 150, seed: 20261125 },
    );
    // The server is still healthy and the session still usable afterwards.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
