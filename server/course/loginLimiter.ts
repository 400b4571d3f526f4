/**
 * Sign-in attempts that failed, per address and per network address, in a sliding window. Once
 * either has too many, sign-in is refused (even with the right password) until the oldest failure
 * leaves the window: guessing an educator's password from one machine takes years.
 *
 * Kept in memory, per server process: with several processes on PostgreSQL each counts its own.
 */
export interface LoginLimiter {
  /** How long until sign-in is allowed for these keys, in ms; 0 when it is allowed now. */
  waitFor(keys: LoginKeys): number;
  failed(keys: LoginKeys): void;
  /** A good sign-in forgets the address's failures (not the network address's). */
  succeeded(keys: LoginKeys): void;
}

export interface LoginKeys {
  email: string;
  ip: string;
}

export function createLoginLimiter({
  clock,
  perEmail = 5,
  perIp = 20,
  windowMs = 15 * 60_000,
  maxKeys = 10_000,
}: {
  clock: () => number;
  perEmail?: number;
  perIp?: number;
  windowMs?: number;
  /** Bounds memory against a flood of made-up addresses: the oldest keys are dropped first. */
  maxKeys?: number;
}): LoginLimiter {
  const failures = new Map<string, number[]>();

  const recent = (key: string) => {
    const cutoff = clock() - windowMs;
    const times = (failures.get(key) ?? []).filter((t) => t > cutoff);
    if (times.length === 0) failures.delete(key);
    else failures.set(key, times);
    return times;
  };
  const waitOn = (key: string, limit: number) => {
    const times = recent(key);
    return times.length < limit ? 0 : times[times.length - limit]! + windowMs - clock();
  };
  const keysOf = ({ email, ip }: LoginKeys) => [`email:${email.toLowerCase()}`, `ip:${ip}`] as const;

  return {
    waitFor(keys) {
      const [email, ip] = keysOf(keys);
      return Math.max(waitOn(email, perEmail), waitOn(ip, perIp), 0);
    },
    failed(keys) {
      for (const key of keysOf(keys)) {
        const times = recent(key);
        failures.delete(key);
        failures.set(key, [...times, clock()]);
      }
      while (failures.size > maxKeys) failures.delete(failures.keys().next().value as string);
    },
    succeeded(keys) {
      failures.delete(keysOf(keys)[0]);
    },
  };
}
