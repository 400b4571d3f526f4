import http from 'node:http';
import path from 'node:path';
import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import { Server } from 'socket.io';
import { toSummary } from '../engine/persona/summary.js';
import type { AppDeps } from './deps.js';
import { sessionRoutes } from './http/sessionRoutes.js';
import { type RapportServer, registerSessionHandlers } from './socket/sessionHandlers.js';

export interface RapportApp {
  app: express.Express;
  httpServer: http.Server;
  io: RapportServer;
  /** Stops accepting connections and closes sockets; the store is the caller's to close. */
  close(): Promise<void>;
}

/** For Vite's content-hashed files under assets/: a new build gives them new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For index.html and other unhashed files: the browser may keep them but must ask first. */
const REVALIDATE = 'no-cache';

/** Builds the HTTP app and socket.io server around the given dependencies. Does not listen. */
export function createApp(deps: AppDeps): RapportApp {
  const log = deps.logger.child('http');
  const app = express();
  app.disable('x-powered-by');
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

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, personas: deps.personas.size });
  });

  app.get('/api/personas', (_req, res) => {
    res.json([...deps.personas.values()].map(toSummary));
  });

  app.use('/api', sessionRoutes(deps));

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

  const httpServer = http.createServer(app);
  const io: RapportServer = new Server(httpServer, {
    // Trainee messages are at most a few kB; refuse anything far larger before parsing it.
    maxHttpBufferSize: 64 * 1024,
    serveClient: false,
  });
  const busy = new Set<string>();
  io.on('connection', (socket) => registerSessionHandlers(socket, deps, busy));

  return {
    app,
    httpServer,
    io,
    close: () =>
      new Promise<void>((resolve) => {
        io.close(() => resolve());
      }),
  };
}
