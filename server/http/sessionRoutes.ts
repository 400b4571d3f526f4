import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { buildTranscript, tokenMatches } from '../sessions.js';

/**
 * A past session's transcript and debrief, for whoever holds its resume token
 * (`Authorization: Bearer <token>`; a header, so the token stays out of access logs).
 */
export function sessionRoutes(deps: AppDeps): Router {
  const router = Router();

  router.use('/sessions/:id', (req, res, next) => {
    const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    const row = deps.store.getSession(req.params.id ?? '');
    if (!token || !row || !tokenMatches(token, row.tokenHash)) {
      res.status(404).json({ error: { code: 'not_found', message: 'No session with that id and token.' } });
      return;
    }
    res.locals.row = row;
    next();
  });

  router.get('/sessions/:id/transcript', (_req, res) => {
    const row = res.locals.row;
    res.json({
      sessionId: row.id,
      personaId: row.personaId,
      ended: row.endReason ?? null,
      transcript: buildTranscript(deps.store, row, deps.personas.get(row.personaId)),
    });
  });

  router.get('/sessions/:id/debrief', (_req, res) => {
    const debrief = deps.store.getDebrief(res.locals.row.id);
    if (!debrief) {
      res.status(409).json({
        error: { code: 'not_ended', message: 'The session has not ended yet, so there is no debrief.' },
      });
      return;
    }
    res.json(debrief);
  });

  return router;
}
