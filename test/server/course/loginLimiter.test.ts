import { describe, expect, it } from 'vitest';
import { createLoginLimiter } from '../../../server/course/loginLimiter.js';

function limiter(options: { perEmail?: number; perIp?: number; maxKeys?: number } = {}) {
  let now = 0;
  const l = createLoginLimiter({ clock: () => now, windowMs: 60_000, ...options });
  return { l, advance: (ms: number) => (now += ms) };
}
const ana = { email: 'ana@example.ac.uk', ip: '10.0.0.1' };

describe('the sign-in limiter', () => {
  it('refuses an address after five failures until the oldest leaves the window', () => {
    const { l, advance } = limiter();
    for (let i = 0; i < 5; i++) {
      expect(l.waitFor(ana)).toBe(0);
      l.failed(ana);
      advance(1000);
    }
    // Failures at 0..4 s; now 5 s: the first leaves the window at 60 s.
    expect(l.waitFor(ana)).toBe(55_000);
    expect(l.waitFor({ ...ana, email: 'ANA@example.ac.uk' })).toBe(55_000);
    advance(55_000);
    expect(l.waitFor(ana)).toBe(0);
  });

  it('refuses a network address trying many addresses', () => {
    const { l } = limiter({ perIp: 3 });
    for (const email of ['a@x', 'b@x', 'c@x']) l.failed({ email, ip: '10.0.0.9' });
    expect(l.waitFor({ email: 'd@x', ip: '10.0.0.9' })).toBeGreaterThan(0);
    expect(l.waitFor({ email: 'd@x', ip: '10.0.0.8' })).toBe(0);
  });

  it('forgets an address’s failures after a good sign-in', () => {
    const { l } = limiter();
    for (let i = 0; i < 4; i++) l.failed(ana);
    l.succeeded(ana);
    for (let i = 0; i < 4; i++) l.failed(ana);
    expect(l.waitFor(ana)).toBe(0);
  });

  it('keeps a bounded number of keys, dropping the oldest', () => {
    const { l } = limiter({ maxKeys: 4, perEmail: 1, perIp: 100 });
    l.failed({ email: '0@x', ip: 'same' });
    expect(l.waitFor({ email: '0@x', ip: 'other' })).toBeGreaterThan(0);
    for (let i = 1; i < 10; i++) l.failed({ email: `${i}@x`, ip: 'same' });
    expect(l.waitFor({ email: '0@x', ip: 'other' })).toBe(0);
    expect(l.waitFor({ email: '9@x', ip: 'other' })).toBeGreaterThan(0);
  });
});
