import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EDUCATOR_COOKIE, educatorRoutes } from '../../../server/http/educatorRoutes.js';
import { startTestServer } from '../testServer.js';
import { call, EMAIL, PASSWORD, playSession, signIn } from './educatorHelpers.js';

// Issue 14's security tests: no route without sign-in, token isolation, the rate limit, the
// cookie's flags, and JSON-only writes against cross-site requests.
type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let now = 1_700_000_000_000;
beforeEach(async () => {
  now = 1_700_000_000_000;
  server = await startTestServer({ clock: () => now });
});
afterEach(async () => {
  await server.close();
});

/** Every route the educator router registers, as [method, path]: a route added later is tested too. */
function registeredRoutes(): [string, string][] {
  // Express's Router type does not describe its stack; this is the shape express 5 keeps there.
  const router = educatorRoutes({ accounts: {}, review: {}, assignments: {} } as never) as unknown as {
    stack: { route?: { path: string; methods: Record<string, boolean> } }[];
  };
  return router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods).map((m): [string, string] => [m.toUpperCase(), layer.route!.path])
      : [],
  );
}

/** A concrete path for a route pattern. */
const concrete = (path: string) =>
  path.replace(':id', 'some-session').replace(':turn', '1').replace(':cohort', 'A');

describe('without a signed-in educator', () => {
  it('every educator route but sign-in answers 401, and so does one that does not exist', async () => {
    const routes = registeredRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(12);
    const guarded = [
      ...routes.filter(([, p]) => p !== '/login'),
      ['GET', '/no-such-route'] as [string, string],
    ];
    for (const [method, path] of guarded) {
      const res = await call(server, method, `/api/educator${concrete(path)}`, {
        ...(method === 'GET' ? {} : { body: { moves: [], personaId: 'maya' } }),
      });
      expect([method, path, res.status], JSON.stringify(res.body)).toEqual([method, path, 401]);
      expect(res.body).toEqual({
        error: { code: 'signed_out', message: 'Sign in as an educator to see this.' },
      });
    }
  });

  it('a trainee’s resume token opens nothing, as a bearer token or as the cookie', async () => {
    const socket = await server.client();
    const { sessionId, resumeToken } = await playSession(socket, { lines: ['How are you?'] });
    for (const path of ['/me', '/sessions', `/sessions/${sessionId}`, '/export.csv', '/agreement']) {
      const bearer = await call(server, 'GET', `/api/educator${path}`, {
        headers: { authorization: `Bearer ${resumeToken}` },
      });
      const cookie = await call(server, 'GET', `/api/educator${path}`, {
        cookie: `${EDUCATOR_COOKIE}=${resumeToken}`,
      });
      expect([path, bearer.status, cookie.status]).toEqual([path, 401, 401]);
    }
  });

  it('a made-up or expired cookie opens nothing', async () => {
    const cookie = await signIn(server);
    expect((await call(server, 'GET', '/api/educator/me', { cookie })).status).toBe(200);
    expect((await call(server, 'GET', '/api/educator/me', { cookie: `${cookie}x` })).status).toBe(401);
    now += 12 * 3_600_000;
    expect((await call(server, 'GET', '/api/educator/me', { cookie })).status).toBe(401);
  });
});

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict cookie for the API alone, and says who is signed in', async () => {
    await signIn(server);
    const res = await call(server, 'POST', '/api/educator/login', {
      body: { email: 'Tutor@Example.ac.uk', password: PASSWORD },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ email: EMAIL });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`^${EDUCATOR_COOKIE}=[\\w-]{43};`));
    const flags = cookie
      .split(';')
      .slice(1)
      .map((f) => f.trim());
    expect(flags).toEqual(
      expect.arrayContaining(['Path=/api/educator', 'HttpOnly', 'SameSite=Strict', 'Max-Age=43200']),
    );
    // Plain HTTP (a classroom network): no Secure flag, or the browser would drop the cookie.
    expect(flags).not.toContain('Secure');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('marks the cookie Secure behind a TLS proxy it trusts', async () => {
    await server.close();
    server = await startTestServer({ clock: () => now, trustProxy: 'loopback' });
    await signIn(server);
    const res = await call(server, 'POST', '/api/educator/login', {
      body: { email: EMAIL, password: PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('refuses a wrong password or an unknown address with the same sentence', async () => {
    await signIn(server);
    const wrong = await call(server, 'POST', '/api/educator/login', {
      body: { email: EMAIL, password: 'not it at all' },
    });
    const unknown = await call(server, 'POST', '/api/educator/login', {
      body: { email: 'nobody@example.ac.uk', password: PASSWORD },
    });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        error: {
          code: 'bad_credentials',
          message: 'That email and password do not match an educator account.',
        },
      });
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it('is rate-limited: after five failures even the right password gets 429, until the window passes', async () => {
    await signIn(server);
    for (let i = 0; i < 5; i++) {
      const res = await call(server, 'POST', '/api/educator/login', {
        body: { email: EMAIL, password: `guess ${i} wrong` },
      });
      expect(res.status).toBe(401);
    }
    const limited = await call(server, 'POST', '/api/educator/login', {
      body: { email: EMAIL, password: PASSWORD },
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('900');
    expect(limited.body).toEqual({
      error: { code: 'rate_limited', message: 'Too many sign-in attempts. Wait 15 minutes, then try again.' },
    });
    now += 15 * 60_000;
    const again = await call(server, 'POST', '/api/educator/login', {
      body: { email: EMAIL, password: PASSWORD },
    });
    expect(again.status).toBe(200);
  });

  it('counts a burst of guesses sent at once: five fail, the rest and the right password get 429', async () => {
    await signIn(server);
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call(server, 'POST', '/api/educator/login', { body: { email: EMAIL, password: `guess ${i} wrong` } }),
      ),
    );
    const statuses = burst.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(7).fill(429)]);
    const right = await call(server, 'POST', '/api/educator/login', {
      body: { email: EMAIL, password: PASSWORD },
    });
    expect(right.status).toBe(429);
  });

  it('signing out ends the session on the server: the old cookie opens nothing', async () => {
    const cookie = await signIn(server);
    const out = await call(server, 'POST', '/api/educator/logout', { cookie, body: {} });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(
      new RegExp(`^${EDUCATOR_COOKIE}=;.*Expires=Thu, 01 Jan 1970`),
    );
    expect((await call(server, 'GET', '/api/educator/me', { cookie })).status).toBe(401);
  });
});

describe('writes', () => {
  const assignment = { personaId: 'maya', meters: false, coaching: true, rewinds: true, hints: true };

  it('take JSON only: a form or plain text, as another site’s form would post, changes nothing', async () => {
    const cookie = await signIn(server);
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await call(server, 'POST', '/api/educator/assignments', {
        cookie,
        type,
        body: JSON.stringify(assignment),
      });
      expect([type, res.status]).toEqual([type, 415]);
      expect(res.body).toEqual({
        error: { code: 'json_only', message: 'Send this request as JSON (Content-Type: application/json).' },
      });
    }
    const login = await call(server, 'POST', '/api/educator/login', {
      type: 'text/plain',
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    expect(login.status).toBe(415);
    expect(await server.store.course.listAssignments()).toEqual([]);
  });

  it('refuse a request from a page on another origin, even of the same site', async () => {
    const cookie = await signIn(server);
    for (const origin of ['http://127.0.0.1:1', 'https://evil.example', 'null']) {
      const res = await call(server, 'POST', '/api/educator/assignments', {
        cookie,
        body: assignment,
        headers: { origin },
      });
      expect([origin, res.status]).toEqual([origin, 403]);
    }
    const own = await call(server, 'POST', '/api/educator/assignments', {
      cookie,
      body: assignment,
      headers: { origin: server.url },
    });
    expect(own.status).toBe(201);
    expect(await server.store.course.listAssignments()).toHaveLength(1);
  });

  it('answer malformed JSON with a sentence, not a stack', async () => {
    const cookie = await signIn(server);
    const res = await call(server, 'POST', '/api/educator/assignments', { cookie, body: '{"personaId": ' });
    expect(res).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request', message: 'The request body is not valid JSON.' } },
    });
  });
});
