/**
 * A session's time limit, watched for one connection: `arm` on start and resume, `clear` on
 * disconnect. When the limit passes the watcher calls `timeUp` (unless a turn is in flight, when it
 * looks again shortly), so a silent session still ends on time. Each session has its own limit
 * (an assignment may set one), so it is given with the session.
 */
export interface TimeLimit {
  /** Whether a session that started at `startedAt` has reached a limit of `minutes` (never, with none). */
  isUp(startedAt: number, minutes: number | null): boolean;
  /** Watches this session's limit, replacing whatever was watched before. */
  arm(sessionId: string, startedAt: number, minutes: number | null): void;
  clear(): void;
}

export function watchTimeLimit(options: {
  clock: () => number;
  /** A turn of this session is in progress: its end waits for it. */
  isBusy: (sessionId: string) => boolean;
  /** Called once the limit has passed; it decides whether the session is still open. */
  timeUp: (sessionId: string) => void;
}): TimeLimit {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limitOf = (minutes: number | null) => (minutes ?? 0) * 60_000;
  const isUp = (startedAt: number, minutes: number | null) =>
    limitOf(minutes) > 0 && options.clock() - startedAt >= limitOf(minutes);

  function arm(sessionId: string, startedAt: number, minutes: number | null, waitMs?: number) {
    clearTimeout(timer);
    const limitMs = limitOf(minutes);
    if (limitMs <= 0) return;
    const wait = waitMs ?? startedAt + limitMs - options.clock();
    // setTimeout holds at most ~24.8 days; a longer wait is re-armed when it fires.
    timer = setTimeout(() => fire(sessionId, startedAt, minutes), Math.min(Math.max(0, wait), 2 ** 31 - 1));
    timer.unref?.();
  }

  function fire(sessionId: string, startedAt: number, minutes: number | null) {
    // A turn in flight finishes first; a timer that fired early (a very long limit) waits on.
    if (options.isBusy(sessionId)) return arm(sessionId, startedAt, minutes, 50);
    if (!isUp(startedAt, minutes)) return arm(sessionId, startedAt, minutes);
    options.timeUp(sessionId);
  }

  return {
    isUp,
    arm: (sessionId, startedAt, minutes) => arm(sessionId, startedAt, minutes),
    clear: () => clearTimeout(timer),
  };
}
