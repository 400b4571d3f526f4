import express, { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { AssignmentInput, EducatorMe, LabelsPayload } from '../../contract/educator.js';
import { MOVES } from '../../contract/moves.js';
import { END_REASONS } from '../../contract/session.js';
import type { createAccounts } from '../course/accounts.js';
import { EMAIL } from '../course/accounts.js';
import type { Assignments } from '../course/assignments.js';
import type { Review } from '../course/review.js';
import type { EducatorRow, SessionQuery } from '../store/courseStore.js';
import { refuse } from './httpError.js';

/** The educator's session cookie: HttpOnly (no script reads it), SameSite=Strict, only sent to the API. */
export const EDUCATOR_COOKIE = 'rapport_educator';
const COOKIE_PATH = '/api/educator';

/** The token in the educator cookie, if the request carries one. */
function cookieToken(req: Request): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === EDUCATOR_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}

/** Checks a request part against a schema, or answers 400 with a sentence naming the field. */
function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.join('.') || 'the request';
  return refuse(400, 'bad_request', `${field}: ${issue?.message ?? 'not valid'}.`);
}

/** A blank query field (an empty filter in a form) is the same as a missing one. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .optional()
    .transform((v) => (v ? v : undefined));

const DAY_MS = 86_400_000;
/** An ISO 8601 date or date-time; a date alone is its first millisecond, or with `end` its last (UTC). */
const instant = (end: boolean) =>
  text(40).transform((v, ctx) => {
    if (v === undefined) return undefined;
    const t = Date.parse(v);
    if (Number.isNaN(t)) {
      ctx.addIssue({ code: 'custom', message: `'${v}' is not a date (use 2025-03-14 or an ISO 8601 time)` });
      return z.NEVER;
    }
    return end && /^\d{4}-\d{2}-\d{2}$/.test(v) ? t + DAY_MS - 1 : t;
  });

const filters = z.object({
  cohort: text(80),
  persona: text(100),
  trainee: text(80),
  from: instant(false),
  to: instant(true),
  outcome: z
    .enum([...END_REASONS, 'open'], { error: `must be one of ${[...END_REASONS, 'open'].join(', ')}` })
    .optional(),
  assignment: text(40).transform((v) => v?.toLowerCase()),
});

function queryOf(req: Request): SessionQuery {
  const f = parse(filters, req.query);
  const q: SessionQuery = {};
  if (f.cohort) q.cohort = f.cohort;
  if (f.persona) q.personaId = f.persona;
  if (f.trainee) q.trainee = f.trainee;
  if (f.from !== undefined) q.from = f.from;
  if (f.to !== undefined) q.to = f.to;
  if (f.outcome) q.outcome = f.outcome;
  if (f.assignment) q.assignment = f.assignment;
  return q;
}

const login = z.object({
  email: z.string().trim().max(254).regex(EMAIL, 'must be an email address'),
  password: z.string().min(1, 'is missing').max(1000),
});

const labels: z.ZodType<LabelsPayload> = z.object({
  moves: z.array(z.enum(MOVES, { error: 'must name moves of the scorer’s vocabulary' })).max(MOVES.length),
});

const assignmentInput: z.ZodType<AssignmentInput> = z.object({
  title: text(120),
  personaId: z.string().min(1, 'is missing').max(100),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
  minutes: z
    .number()
    .positive()
    .max(24 * 60, 'at most 1440 (a day)')
    .optional(),
  meters: z.boolean().default(true),
  coaching: z.boolean().default(true),
  rewinds: z.boolean().default(true),
  hints: z.boolean().default(true),
  cohort: text(80),
}) as z.ZodType<AssignmentInput>;

const turnNumber = z.coerce.number().int().min(1, 'must be a trainee turn, from 1').max(10_000);

const educatorOf = (res: Response): EducatorRow => res.locals.educator as EducatorRow;

/**
 * Writes take JSON only. A cross-site form can post text/plain or form data without the browser
 * asking first, but not application/json; with the SameSite=Strict cookie, another site cannot
 * make a signed-in educator's browser change anything. The Origin check covers a page on another
 * port of the same host, which counts as the same site.
 */
function writesAreJson(req: Request, _res: Response, next: express.NextFunction): void {
  if (req.method === 'GET' || req.method === 'HEAD') {
    next();
    return;
  }
  if (!req.is('application/json')) {
    refuse(415, 'json_only', 'Send this request as JSON (Content-Type: application/json).');
  }
  const origin = req.get('origin');
  if (origin !== undefined && hostOf(origin) !== req.get('host')) {
    refuse(403, 'cross_origin', 'Requests from other sites are refused.');
  }
  next();
}

/** The host (and port) of an Origin header; undefined for `null` (a sandboxed page) or nonsense. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * `/api/educator/…`: sign-in, then everything an educator does. Every route but `login` answers
 * 401 without a signed-in educator; it is mounted ahead of them all, so a route added later is
 * covered too.
 */
export function educatorRoutes(deps: {
  accounts: ReturnType<typeof createAccounts>;
  review: Review;
  assignments: Assignments;
}): Router {
  const { accounts, review, assignments } = deps;
  const router = Router();
  router.use((_req, res, next) => {
    // Trainees' names and words: never kept by a browser or proxy cache.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  const json = express.json({ limit: '16kb' });

  router.post('/login', writesAreJson, json, async (req, res) => {
    const { email, password } = parse(login, req.body);
    const { token, educator, maxAgeMs } = await accounts.signIn(email, password, req.ip ?? 'unknown');
    res.cookie(EDUCATOR_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      path: COOKIE_PATH,
      maxAge: maxAgeMs,
      // Behind a TLS proxy (TRUST_PROXY set) the cookie is sent over HTTPS only.
      secure: req.secure,
    });
    res.json({ email: educator.email } satisfies EducatorMe);
  });

  router.use(async (req, res, next) => {
    const token = cookieToken(req);
    const educator = token ? await accounts.signedIn(token) : undefined;
    if (!educator) refuse(401, 'signed_out', 'Sign in as an educator to see this.');
    res.locals.educator = educator;
    res.locals.token = token;
    next();
  });
  router.use(writesAreJson, json);

  router.post('/logout', async (_req, res) => {
    await accounts.signOut(res.locals.token as string);
    res.clearCookie(EDUCATOR_COOKIE, { httpOnly: true, sameSite: 'strict', path: COOKIE_PATH });
    res.status(204).end();
  });

  router.get('/me', (_req, res) => {
    res.json({ email: educatorOf(res).email } satisfies EducatorMe);
  });

  router.get('/sessions', async (req, res) => {
    res.json(await review.sessions(educatorOf(res), queryOf(req)));
  });

  router.get('/sessions/:id', async (req, res) => {
    res.json(await review.session(educatorOf(res), req.params.id));
  });

  router.put('/sessions/:id/turns/:turn/labels', async (req, res) => {
    const turn = parse(turnNumber, req.params.turn);
    const { moves } = parse(labels, req.body);
    res.json({
      moves: await review.label(educatorOf(res), req.params.id, turn, moves),
    } satisfies LabelsPayload);
  });

  router.get('/agreement', async (req, res) => {
    res.json(await review.agreement(queryOf(req)));
  });

  router.get('/cohorts', async (_req, res) => {
    res.json(await review.cohorts());
  });

  router.get('/cohorts/:cohort', async (req, res) => {
    res.json(await review.cohort(educatorOf(res), req.params.cohort));
  });

  router.get('/export.csv', async (req, res) => {
    const csv = await review.csv(educatorOf(res), queryOf(req));
    const day = new Date().toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="rapport-sessions-${day}.csv"`);
    res.send(csv);
  });

  router.get('/assignments', async (_req, res) => {
    res.json(await assignments.list());
  });

  router.post('/assignments', async (req, res) => {
    res.status(201).json(await assignments.create(educatorOf(res), parse(assignmentInput, req.body)));
  });

  return router;
}

/** `GET /api/assignments/:code`: what a trainee's assignment link shows. Public, and says nothing of its author. */
export function assignmentRoutes(assignments: Assignments): Router {
  const router = Router();
  router.get('/assignments/:code', async (req, res) => {
    const code = parse(
      z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'is not an assignment code'),
      req.params.code,
    );
    res.json(await assignments.forTrainee(code));
  });
  return router;
}
