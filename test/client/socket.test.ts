import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import { io as connect } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { type PageSocket, request } from '../../client/socket.js';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

/** A bare socket.io server whose `trainee:say` handler does what the test asks, and a client of it. */
async function pair(onSay: (socket: Socket, ack: (r: unknown) => void) => void) {
  const httpServer = http.createServer();
  const server = new Server(httpServer);
  server.on('connection', (socket) => socket.on('trainee:say', (_payload, ack) => onSay(socket, ack)));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const client = connect(`http://127.0.0.1:${port}`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  }) as unknown as PageSocket;
  cleanup.push(() => {
    client.disconnect();
    server.close();
  });
  await new Promise<void>((resolve, reject) => {
    client.once('connect', resolve);
    client.once('connect_error', reject);
  });
  return client;
}

describe("the page's request helper", () => {
  it('passes the acknowledgement through', async () => {
    const client = await pair((_s, ack) => ack({ ok: true, data: { turn: 1 } }));
    expect(await request(client, 'trainee:say', { text: 'Hello.' })).toEqual({ ok: true, data: { turn: 1 } });
  });

  it('says the connection dropped when it drops before the answer, without waiting for the timeout', async () => {
    const client = await pair((socket) => socket.disconnect(true));
    const started = Date.now();
    const r = await request(client, 'trainee:say', { text: 'Hello.' });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!r.ok) expect(r.error.message).toMatch(/connection dropped/i);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses to send while disconnected, saying the page is reconnecting', async () => {
    const client = await pair((_s, ack) => ack({ ok: true, data: { turn: 1 } }));
    client.disconnect();
    const r = await request(client, 'trainee:say', { text: 'Hello.' });
    if (r.ok) throw new Error('sent while disconnected');
    expect(r.error.message).toMatch(/not connected/i);
  });
});
