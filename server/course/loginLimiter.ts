import type { CourseStore } from '../store/courseStore.js';

/**
 * Sign-in attempts that failed, per address and per network address, in a sliding window. Once
 * either has too many, sign-in is refused (even with the right password) until the oldest failure
 * leaves the window: guessing an educator's password from one machine takes years.
 *
 * The failures are kept in the database, so several server processes on one PostgreSQL count
 * them together (a limit per process would multiply an attacker's guesses by the processes).
 * The table stays small: failures older than the window are dropped as new ones come, and a
 * network address past its limit is refused before anything is recorded.
 */
export interface LoginLimiter {
  /** How long until sign-in is allowed for these keys, in ms; 0 when it is allowed now. */
  waitFor(keys: LoginKeys): Promise<number>;
  failed(keys: LoginKeys): Promise<void>;
  /** A good sign-in forgets the address's failures (not the network address's). */
  succeeded(keys: LoginKeys): Promise<void>;
}

export interface LoginKeys {
  email: string;
  ip: string;
}

/** The part of the course store the limiter keeps its failures in. */
export type LoginFailures = Pick<CourseStore, 'loginFailures' | 'addLoginFailure' | 'clearLoginFailures'>;

export function createLoginLimiter({
  clock,
  failures,
  perEmail = 5,
  perIp = 20,
  windowMs = 15 * 60_000,
}: {
  clock: () => number;
  failures: LoginFailures;
  perEmail?: number;
  perIp?: number;
  windowMs?: number;
}): LoginLimiter {
  const waitOn = async (key: string, limit: number) => {
    const now = clock();
    const times = await failures.loginFailures(key, now - windowMs);
    return times.length < limit ? 0 : times[times.length - limit]! + windowMs - now;
  };
  const keysOf = ({ email, ip }: LoginKeys) => [`email:${email.toLowerCase()}`, `ip:${ip}`] as const;

  return {
    async waitFor(keys) {
      const [email, ip] = keysOf(keys);
      const waits = await Promise.all([waitOn(email, perEmail), waitOn(ip, perIp)]);
      return Math.max(...waits, 0);
    },
    failed(keys) {
      const now = clock();
      return failures.addLoginFailure(keysOf(keys), now, now - windowMs);
    },
    succeeded(keys) {
      return failures.clearLoginFailures(keysOf(keys)[0]);
    },
  };
}
