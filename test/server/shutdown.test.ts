import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io as connect } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { SeenTurn } from '../../contract/session.js';
import { silentLogger } from '../../server/log.js';
import { shutDown } from '../../server/shutdown.js';
import { reachableUrls } from '../../server/addresses.js';
import { startChildServer } from './childServer.js';
import type { TestSocket } from './testServer.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-shutdown-'));
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('a graceful shutdown', () => {
  it('runs its steps in order and exits 0', async () => {
    const order: string[] = [];
    const code = await shutDown(
      {
        drain: () => order.push('drain'),
        settle: async () => void order.push('settle'),
        close: async () => void order.push('close'),
      },
      1000,
      silentLogger,
    );
    expect(code).toBe(0);
    expect(order).toEqual(['drain', 'settle', 'close']);
  });

  it('gives up after its timeout when a step hangs, and exits 1', async () => {
    const started = Date.now();
    const code = await shutDown(
      { drain: () => {}, settle: () => new Promise(() => {}), close: async () => {} },
      100,
      silentLogger,
    );
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('exits 1 when closing fails', async () => {
    const code = await shutDown(
      { drain: () => {}, settle: async () => {}, close: () => Promise.reject(new Error('locked')) },
      1000,
      silentLogger,
    );
    expect(code).toBe(1);
  });

  it('on SIGTERM delivers a reply still in its typing pause, then exits 0', async () => {
    const server = await startChildServer({ DATA_DIR: tempDir(), TYPING_DELAY: 'on' });
    cleanup.push(() => server.stop('SIGKILL'));
    const socket: TestSocket = connect(server.url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    cleanup.push(() => socket.disconnect());
    const started = await socket.timeout(5000).emitWithAck('session:start', { personaId: 'maya', seed: 2 });
    expect(started.ok).toBe(true);
    const reply = new Promise<SeenTurn>((resolve) => socket.once('client:say', resolve));
    const ack = await socket
      .timeout(5000)
      .emitWithAck('trainee:say', { text: 'What brings you here today?' });
    expect(ack).toEqual({ ok: true, data: { turn: 1 } });
    // The reply waits 0.6–2.5 s for its typing pause; the server is told to stop in the middle of it.
    const exit = server.stop('SIGTERM');
    expect((await reply).turn).toBe(1);
    expect(await exit).toBe(0);
    expect(server.log()).toContain('shut down cleanly');
  });
});

describe('HOST=0.0.0.0', () => {
  it('prints this machine’s address first, then the ones others on the network can open', async () => {
    const server = await startChildServer({ DATA_DIR: tempDir(), HOST: '0.0.0.0' });
    cleanup.push(() => server.stop('SIGKILL'));
    const port = Number(new URL(server.url).port);
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    const expected = reachableUrls('0.0.0.0', port).network;
    // Wait for the lines after the first one.
    for (let i = 0; i < 50 && expected.length > 0 && !server.stdout().includes(expected.at(-1)!); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const lines = server.stdout().trim().split('\n');
    expect(lines[0]).toBe(`Rapport is running at http://127.0.0.1:${port}/`);
    if (expected.length > 0) {
      expect(lines.slice(1)).toEqual(['Others on the network can open:', ...expected.map((u) => `  ${u}`)]);
    } else {
      expect(lines).toHaveLength(1);
    }
    // Only this machine's loopback address is asked: no traffic leaves it.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });
});
