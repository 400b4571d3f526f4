import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLoginLimiter } from '../../../server/course/loginLimiter.js';
import { type OpenedCourse, openCourseOnly } from '../../../server/store/openCourse.js';

// The sign-in limiter over a real SQLite course store (the same methods run on PostgreSQL in the
// course store contract suite).
const opened: OpenedCourse[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function database(dataDir?: string) {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-limiter-'));
  if (!dataDir) dirs.push(dir);
  const o = await openCourseOnly({ databaseUrl: undefined, dataDir: dir });
  opened.push(o);
  return { course: o.course, dir };
}

async function limiter(options: { perEmail?: number; perIp?: number } = {}) {
  let now = 1_000_000;
  const { course, dir } = await database();
  const clock = () => now;
  const l = createLoginLimiter({ clock, failures: course, windowMs: 60_000, ...options });
  return { l, course, dir, clock, advance: (ms: number) => (now += ms) };
}
const ana = { email: 'ana@example.ac.uk', ip: '10.0.0.1' };

describe('the sign-in limiter', () => {
  it('refuses an address after five failures until the oldest leaves the window', async () => {
    const { l, advance } = await limiter();
    for (let i = 0; i < 5; i++) {
      expect(await l.waitFor(ana)).toBe(0);
      await l.failed(ana);
      advance(1000);
    }
    // Failures at 0..4 s; now 5 s: the first leaves the window at 60 s.
    expect(await l.waitFor(ana)).toBe(55_000);
    expect(await l.waitFor({ ...ana, email: 'ANA@example.ac.uk' })).toBe(55_000);
    advance(55_000);
    expect(await l.waitFor(ana)).toBe(0);
  });

  it('refuses a network address trying many addresses', async () => {
    const { l } = await limiter({ perIp: 3 });
    for (const email of ['a@x', 'b@x', 'c@x']) await l.failed({ email, ip: '10.0.0.9' });
    expect(await l.waitFor({ email: 'd@x', ip: '10.0.0.9' })).toBeGreaterThan(0);
    expect(await l.waitFor({ email: 'd@x', ip: '10.0.0.8' })).toBe(0);
  });

  it('forgets an address’s failures after a good sign-in', async () => {
    const { l } = await limiter();
    for (let i = 0; i < 4; i++) await l.failed(ana);
    await l.succeeded(ana);
    for (let i = 0; i < 4; i++) await l.failed(ana);
    expect(await l.waitFor(ana)).toBe(0);
  });

  it('counts the failures of every process on the database together', async () => {
    const a = await limiter();
    // A second server process: its own connection and limiter, the same database.
    const { course } = await database(a.dir);
    const b = createLoginLimiter({ clock: a.clock, failures: course, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) await a.l.failed(ana);
    for (let i = 0; i < 2; i++) await b.failed(ana);
    expect(await a.l.waitFor(ana)).toBeGreaterThan(0);
    expect(await b.waitFor(ana)).toBeGreaterThan(0);
  });

  it('drops failures older than the window as new ones come, so the table stays small', async () => {
    const { l, course, advance } = await limiter();
    for (let i = 0; i < 5; i++) await l.failed({ email: `${i}@x`, ip: '10.0.0.2' });
    advance(61_000);
    await l.failed({ email: 'new@x', ip: '10.0.0.3' });
    expect(await course.loginFailures('ip:10.0.0.2', 0)).toEqual([]);
    expect(await course.loginFailures('email:new@x', 0)).toHaveLength(1);
  });
});
