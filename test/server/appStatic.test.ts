import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type RapportApp } from '../../server/app.js';
import { silentLogger } from '../../server/log.js';
import { openSqliteStore } from '../../server/store/sqliteStore.js';

// A built page as Vite lays it out: index.html at the top, content-hashed files under assets/.
let dir: string;
let rapport: RapportApp;
let url: string;
const store = openSqliteStore(':memory:');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-static-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><script src="/assets/index-AbC123.js"></script>',
  );
  fs.writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), 'console.info(1);');
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  rapport = createApp({
    personas: new Map(),
    store,
    clock: Date.now,
    rng: () => 0.5,
    logger: silentLogger,
    typingDelayMs: () => 0,
    sessionMinutes: 60,
    staticDir: dir,
  });
  await new Promise<void>((resolve) => rapport.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(rapport.httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await rapport.close();
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const cacheControl = async (p: string) => {
  const res = await fetch(`${url}${p}`);
  expect(res.status).toBe(200);
  return res.headers.get('cache-control');
};

describe('caching of the built page', () => {
  it('makes the browser revalidate index.html, so a rebuild is picked up', async () => {
    expect(await cacheControl('/')).toBe('no-cache');
    expect(await cacheControl('/index.html')).toBe('no-cache');
  });

  it('makes the browser revalidate the page served for any other path', async () => {
    expect(await cacheControl('/session/somewhere')).toBe('no-cache');
  });

  it('makes the browser revalidate unhashed files outside assets/', async () => {
    expect(await cacheControl('/favicon.svg')).toBe('no-cache');
  });

  it('lets the browser keep content-hashed assets for a year', async () => {
    expect(await cacheControl('/assets/index-AbC123.js')).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 for an asset a rebuild removed, rather than the page in its place', async () => {
    const res = await fetch(`${url}/assets/index-Old999.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toMatch(/javascript/);
  });
});
