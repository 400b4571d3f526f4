import { Router } from 'express';
import type { Store } from '../store/store.js';

/** How long readiness waits for the database before calling it unreachable. */
const PING_TIMEOUT_MS = 2000;

/**
 * `/healthz`, liveness: the process is up and serving (a restart would not help otherwise).
 * `/readyz`, readiness: the database answers and the server is not shutting down, so a load
 * balancer may send it trainees.
 */
export function healthRoutes(deps: {
  store: Store;
  personas: ReadonlyMap<string, unknown>;
  draining: () => boolean;
}): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ ok: true, personas: deps.personas.size });
  });
  router.get('/readyz', async (_req, res) => {
    if (deps.draining()) {
      res.status(503).json({ ok: false, store: deps.store.kind, error: 'shutting down' });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        deps.store.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)),
            PING_TIMEOUT_MS,
          );
        }),
      ]);
      res.json({ ok: true, store: deps.store.kind });
    } catch (err) {
      res.status(503).json({
        ok: false,
        store: deps.store.kind,
        error: `the database does not answer: ${err instanceof Error ? err.message : String(err)}`,
      });
    } finally {
      clearTimeout(timer);
    }
  });
  return router;
}
