import { Router } from 'express';
import type { SessionService } from '../sessions/service.js';
import type { SessionRow } from '../store/store.js';

/**
 * A past session's transcript and debrief, for whoever holds its resume token
 * (`Authorization: Bearer <token>`; a header, so the token stays out of access logs).
 */
export function sessionRoutes(service: SessionService): Router {
  const router = Router();

  router.use('/sessions/:id', async (req, res, next) => {
    const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    const row = token ? await service.authorised(req.params.id ?? '', token) : undefined;
    if (!row) {
      res.status(404).json({ error: { code: 'not_found', message: 'No session with that id and token.' } });
      return;
    }
    res.locals.row = row;
    next();
  });

  router.get('/sessions/:id/transcript', async (_req, res) => {
    const row: SessionRow = res.locals.row;
    res.json({
      sessionId: row.id,
      personaId: row.personaId,
      ended: row.endReason ?? null,
      transcript: await service.transcriptOf(row),
    });
  });

  router.get('/sessions/:id/debrief', async (_req, res) => {
    const debrief = await service.debriefOf(res.locals.row);
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
