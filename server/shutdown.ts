import type { Logger } from './log.js';

export interface ShutdownSteps {
  /** Readiness turns 503 and no new connections are accepted. */
  drain(): void;
  /** Resolves when the replies already committed have reached the browser. */
  settle(): Promise<void>;
  /** Closes connections, then the database. */
  close(): Promise<void>;
}

/**
 * A graceful shutdown that cannot hang: the steps in order, and if they have not finished within
 * `timeoutMs` (a stuck connection, a database that does not answer) the process exits anyway,
 * with code 1. Resolves with the exit code; the caller exits.
 */
export async function shutDown(steps: ShutdownSteps, timeoutMs: number, log: Logger): Promise<0 | 1> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const work = (async () => {
    steps.drain();
    await steps.settle();
    await steps.close();
    return 'done' as const;
  })();
  try {
    const outcome = await Promise.race([work, timedOut]);
    if (outcome === 'timeout') {
      log.error(`shutdown did not finish within ${timeoutMs} ms; exiting anyway`);
      return 1;
    }
    log.info('shut down cleanly');
    return 0;
  } catch (err) {
    log.error('shutdown failed', err);
    return 1;
  } finally {
    clearTimeout(timer);
  }
}
