import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type RapportApp } from '../../../server/app.js';
import { createLogger } from '../../../server/log.js';
import { openSqliteStore } from '../../../server/store/sqliteStore.js';
import type { Store } from '../../../server/store/store.js';

const running: { rapport: RapportApp; store: Store; dir?: string }[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.rapport.close();
    await r.store.close();
    if (r.dir) fs.rmSync(r.dir, { recursive: true, force: true });
  }
});

/** A real app on a free port whose log lines are collected as parsed JSON. */
async function start(options: { store?: Store; staticDir?: string; trustProxy?: string } = {}) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'info',
    destination: { write: (s: string) => void lines.push(JSON.parse(s)) },
  });
  const store = options.store ?? openSqliteStore(':memory:');
  const rapport = createApp({
    personas: new Map(),
    store,
    clock: Date.now,
    rng: () => 0.5,
    logger,
    typingDelayMs: () => 0,
    sessionMinutes: 60,
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
  });
  running.push({ rapport, store });
  await new Promise<void>((resolve) => rapport.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(rapport.httpServer.address() as AddressInfo).port}`;
  return { url, lines, rapport, store };
}

describe('the access log', () => {
  it('writes one JSON line per request with its id, which the response carries too', async () => {
    const { url, lines } = await start();
    const res = await fetch(`${url}/api/personas`);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const entry = lines.find((l) => l.msg === 'GET /api/personas 200');
    expect(entry).toMatchObject({
      level: 'info',
      ns: 'rapport:http',
      req: { id, method: 'GET', url: '/api/personas', ip: '127.0.0.1' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
  });

  it('keeps the request id a proxy gave, and refuses one that is not an id', async () => {
    const { url } = await start();
    const kept = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'proxy-42.a' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-42.a');
    const replaced = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never logs request headers, which carry resume tokens', async () => {
    const { url, lines } = await start();
    await fetch(`${url}/api/sessions/abc/transcript`, {
      headers: { authorization: 'Bearer secret-token-123' },
    });
    expect(lines.some((l) => l.msg === 'GET /api/sessions/abc/transcript 404' && l.level === 'warn')).toBe(
      true,
    );
    expect(JSON.stringify(lines)).not.toContain('secret-token-123');
  });

  it('keeps trainees’ names in the educator room’s filters out of the log', async () => {
    const { url, lines } = await start();
    await fetch(`${url}/api/educator/sessions?trainee=Ana%20D%C3%ADaz&cohort=L2`);
    expect(lines.some((l) => l.msg === 'GET /api/educator/sessions 401')).toBe(true);
    expect(JSON.stringify(lines)).not.toMatch(/Ana|trainee=|L2/);
  });

  it('logs the address a trusted proxy forwarded for, and ignores the header from anyone else', async () => {
    const behind = await start({ trustProxy: 'loopback' });
    await fetch(`${behind.url}/api/personas`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(behind.lines.find((l) => l.msg === 'GET /api/personas 200')).toMatchObject({
      req: { ip: '203.0.113.9' },
    });
    const direct = await start();
    await fetch(`${direct.url}/api/personas`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(direct.lines.find((l) => l.msg === 'GET /api/personas 200')).toMatchObject({
      req: { ip: '127.0.0.1' },
    });
  });

  it('logs health probes only at debug level', async () => {
    const { url, lines } = await start();
    await fetch(`${url}/healthz`);
    await fetch(`${url}/readyz`);
    expect(
      lines.filter((l) => String(l.msg).includes('/healthz') || String(l.msg).includes('/readyz')),
    ).toEqual([]);
  });
});

describe('health and readiness', () => {
  it('is live and ready with a database that answers', async () => {
    const { url } = await start();
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true, personas: 0 });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, store: 'sqlite' });
  });

  it('is live but not ready when the database does not answer', async () => {
    const real = openSqliteStore(':memory:');
    const broken: Store = { ...real, ping: () => Promise.reject(new Error('connection refused')) };
    const { url } = await start({ store: broken });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      ok: false,
      store: 'sqlite',
      error: 'the database does not answer: connection refused',
    });
  });

  it('is not ready once shutting down, so a load balancer stops sending trainees', async () => {
    const { url, rapport } = await start();
    rapport.drain();
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('compression', () => {
  it('sends the page and its scripts gzipped to a browser that accepts it, and plain otherwise', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-gzip-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    const script = `console.info(${JSON.stringify('a line of the page '.repeat(200))});`;
    fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), script);
    fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html>${'<p>Rapport</p>'.repeat(100)}`);
    const { url } = await start({ staticDir: dir });
    running.at(-1)!.dir = dir;
    // node's fetch always asks for gzip and unpacks it; http.get shows the bytes on the wire.
    const { get } = await import('node:http');
    const raw = (p: string, encoding?: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        get(`${url}${p}`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        }).on('error', reject);
      });
    const gz = await raw('/assets/index-AbC123.js', 'gzip');
    expect(gz.encoding).toBe('gzip');
    expect(gz.body.length).toBeLessThan(script.length / 5);
    expect(gunzipSync(gz.body).toString()).toBe(script);
    expect((await raw('/', 'gzip')).encoding).toBe('gzip');
    const plain = await raw('/assets/index-AbC123.js');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });
});
