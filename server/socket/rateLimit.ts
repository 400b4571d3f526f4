/**
 * A token bucket per connection: `burst` requests at once, refilled at `perSecond`. A trainee
 * typing by hand never meets it; a script flooding the server does.
 */
export function createRateLimiter(clock: () => number, burst = 10, perSecond = 2) {
  let tokens = burst;
  let last = clock();
  return {
    /** Takes one token; false when the bucket is empty. */
    take(): boolean {
      const now = clock();
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
