import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { Server } from 'socket.io';
import { toSummary } from '../engine/persona/summary.js';
import type { AppDeps } from './deps.js';
import { healthRoutes } from './http/health.js';
import { createAccounts } from './course/accounts.js';
import { createAssignments } from './course/assignments.js';
import { createReview } from './course/review.js';
import { assignmentRoutes, educatorRoutes } from './http/educatorRoutes.js';
import { HttpError } from './http/httpError.js';
import { sessionRoutes } from './http/sessionRoutes.js';
import { createSessionService, type SessionService } from './sessions/service.js';
import { type RapportServer, registerSessionHandlers, roomOf } from './socket/sessionHandlers.js';

export interface RapportApp {
  app: express.Express;
  httpServer: http.Server;
  io: RapportServer;
  service: SessionService;
  /** Readiness turns 503 (a load balancer stops sending trainees); everything else still works. */
  drain(): void;
  /** Stops accepting connections and closes sockets; the store is the caller's to close. */
  close(): Promise<void>;
}

/** For Vite's content-hashed files under assets/: a new build gives them new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For index.html and other unhashed files: the browser may keep them but must ask first. */
const REVALIDATE = 'no-cache';
/** A request id from a proxy is kept if it looks like one; anything else gets a fresh one. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;
/**
 * The path as requested (express rewrites req.url inside a mounted router), for the log. The
 * educator room's filters name trainees, so its query strings stay out of the log.
 */
const urlOf = (req: http.IncomingMessage) => {
  const url = (req as express.Request).originalUrl ?? req.url ?? '';
  return url.startsWith('/api/educator') ? url.split('?')[0] : url;
};

/** Builds the HTTP app and socket.io server around the given dependencies. Does not listen. */
export function createApp(deps: AppDeps): RapportApp {
  const log = deps.logger.child('http');
  const app = express();
  app.disable('x-powered-by');
  if (deps.trustProxy) app.set('trust proxy', deps.trustProxy);
  let draining = false;

  // The access log: one line per request with its id (also sent back as X-Request-Id, so a
  // trainee's report can be matched to the log), status and time. Only method, path and address
  // are logged: never headers, which carry resume tokens.
  app.use(
    pinoHttp({
      logger: log.pino,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      serializers: {
        // Express's req.ip: the client's address, through the proxies TRUST_PROXY names.
        req: (req) => ({ id: req.id, method: req.method, url: urlOf(req), ip: (req as express.Request).ip }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      wrapSerializers: false,
      customLogLevel: (req, res, err) => {
        if (err || res.statusCode >= 500) return 'error';
        if (res.statusCode >= 400) return 'warn';
        // Health probes come every few seconds: only at debug level.
        return urlOf(req) === '/healthz' || urlOf(req) === '/readyz' ? 'debug' : 'info';
      },
      customSuccessMessage: (req, res) => `${req.method} ${urlOf(req)} ${res.statusCode}`,
      customErrorMessage: (req, res) => `${req.method} ${urlOf(req)} ${res.statusCode}`,
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          // Rapport serves plain HTTP on a classroom network by default; forcing HTTPS would break it.
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  // gzip for the page, its scripts and styles and the JSON API (socket.io is not served here).
  app.use(compression());

  app.use(healthRoutes({ store: deps.store, personas: deps.personas, draining: () => draining }));

  app.get('/api/personas', (_req, res) => {
    res.json([...deps.personas.values()].map(toSummary));
  });

  const httpServer = http.createServer(app);
  const io: RapportServer = new Server(httpServer, {
    // Trainee messages are at most a few kB; refuse anything far larger before parsing it.
    maxHttpBufferSize: 64 * 1024,
    serveClient: false,
    ...(deps.adapter ? { adapter: deps.adapter } : {}),
  });
  const service = createSessionService({
    ...deps,
    broadcast: (sessionId, event, ...payload) => io.to(roomOf(sessionId)).emit(event, ...payload),
  });
  io.on('connection', (socket) =>
    registerSessionHandlers(socket, {
      service,
      clock: deps.clock,
      logger: deps.logger,
      rateLimit: deps.rateLimit,
    }),
  );

  app.use('/api', sessionRoutes(service));

  // The educator's room: its API (every route behind sign-in) and trainees' assignment links.
  const assignments = createAssignments({ course: deps.store.course, ...deps });
  app.use('/api', assignmentRoutes(assignments));
  app.use(
    '/api/educator',
    educatorRoutes({
      accounts: createAccounts({ course: deps.store.course, clock: deps.clock }),
      review: createReview(deps),
      assignments,
    }),
  );

  if (deps.staticDir) {
    // Vite names everything under assets/ by its content hash, and a rebuild deletes the old
    // files: those can be cached for good, but index.html (and any other unhashed file) must be
    // revalidated, or a browser keeps a stale page that links to assets that no longer exist.
    app.use(
      express.static(deps.staticDir, {
        index: 'index.html',
        setHeaders: (res, file) => {
          const hashed = path.relative(deps.staticDir!, file).split(path.sep)[0] === 'assets';
          res.setHeader('Cache-Control', hashed ? IMMUTABLE : REVALIDATE);
        },
      }),
    );
    // The educator's room is its own page of the same build.
    app.get(['/educator', '/educator/{*rest}'], (_req, res) => {
      res.sendFile(path.join(deps.staticDir!, 'educator', 'index.html'), {
        headers: { 'Cache-Control': REVALIDATE },
      });
    });
    app.get('/{*splat}', (req, res, next) => {
      // A missing hashed file (an old page asking after a rebuild) is a 404, not the page as script.
      if (req.path.startsWith('/api/') || req.path.startsWith('/assets/')) return next();
      res.sendFile(path.join(deps.staticDir!, 'index.html'), { headers: { 'Cache-Control': REVALIDATE } });
    });
  }

  app.use('/api', (_req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: 'There is no such API route.' } });
  });

  // Errors are answered with a code and a sentence; the stack goes to the log only.
  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    if (err instanceof HttpError) {
      res
        .set(err.headers)
        .status(err.status)
        .json({ error: { code: err.code, message: err.message } });
      return;
    }
    if (err?.type === 'entity.parse.failed') {
      res
        .status(400)
        .json({ error: { code: 'bad_request', message: 'The request body is not valid JSON.' } });
      return;
    }
    if (err?.type === 'entity.too.large') {
      res.status(413).json({ error: { code: 'too_large', message: 'The request body is too large.' } });
      return;
    }
    const status =
      typeof err?.status === 'number' && err.status >= 400 && err.status < 600 ? err.status : 500;
    if (status >= 500) log.error('request failed', err);
    res.status(status).json({
      error: {
        code: status >= 500 ? 'internal' : 'bad_request',
        message:
          status >= 500 ? 'Something went wrong on the server.' : 'The request could not be understood.',
      },
    });
  };
  app.use(onError);

  return {
    app,
    httpServer,
    io,
    service,
    drain: () => {
      draining = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Keep-alive connections would hold the HTTP server open; idle ones can go at once.
        httpServer.closeIdleConnections();
        io.close(() => {
          // Whatever is still open (a slow client mid-request) is cut: the server is going away.
          httpServer.closeAllConnections();
          resolve();
        });
      }),
  };
}
