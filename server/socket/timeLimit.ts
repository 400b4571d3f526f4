/**
 * A session's time limit, watched for one connection: `arm` on start and resume, `clear` on
 * disconnect. When the limit passes the watcher calls `timeUp` (unless a turn is in flight, when it
 * looks again shortly), so a silent session still ends on time.
 */
export interface TimeLimit {
  /** Whether a session that started at `startedAt` has reached the limit (never, with no limit). */
  isUp(startedAt: number): boolean;
  /** Watches this session's limit, replacing whatever was watched before. */
  arm(sessionId: string, startedAt: number): void;
  clear(): void;
}

export function watchTimeLimit(options: {
  minutes: number;
  clock: () => number;
  /** A turn of this session is in progress: its end waits for it. */
  isBusy: (sessionId: string) => boolean;
  /** Called once the limit has passed; it decides whether the session is still open. */
  timeUp: (sessionId: string) => void;
}): TimeLimit {
  const limitMs = options.minutes * 60_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const isUp = (startedAt: number) => limitMs > 0 && options.clock() - startedAt >= limitMs;

  function arm(sessionId: string, startedAt: number, waitMs = startedAt + limitMs - options.clock()) {
    clearTimeout(timer);
    if (limitMs <= 0) return;
    // setTimeout holds at most ~24.8 days; a longer wait is re-armed when it fires.
    timer = setTimeout(() => fire(sessionId, startedAt), Math.min(Math.max(0, waitMs), 2 ** 31 - 1));
    timer.unref?.();
  }

  function fire(sessionId: string, startedAt: number) {
    // A turn in flight finishes first; a timer that fired early (a very long limit) waits on.
    if (options.isBusy(sessionId)) return arm(sessionId, startedAt, 50);
    if (!isUp(startedAt)) return arm(sessionId, startedAt);
    options.timeUp(sessionId);
  }

  return { isUp, arm: (sessionId, startedAt) => arm(sessionId, startedAt), clear: () => clearTimeout(timer) };
}
