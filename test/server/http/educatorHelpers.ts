import { addEducator } from '../../../server/course/accounts.js';
import type { startTestServer, TestSocket } from '../testServer.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;

export const EMAIL = 'tutor@example.ac.uk';
export const PASSWORD = 'a long enough password';

/** An HTTP response as the tests read it. */
export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** Sends a request to the test server; a JSON body unless `type` says otherwise. */
export async function call(
  server: Server,
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown; type?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = options.type ?? 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON (the CSV export, an empty 204).
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** Makes the educator account (once per server) and signs in; returns the cookie to send. */
export async function signIn(server: Server, email = EMAIL): Promise<string> {
  if (!(await server.store.course.findEducator(email)))
    await addEducator(server.store.course, email, PASSWORD);
  const res = await call(server, 'POST', '/api/educator/login', { body: { email, password: PASSWORD } });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** Starts a session over the socket as a named trainee, says the lines, and ends it. */
export async function playSession(
  socket: TestSocket,
  options: {
    personaId?: string;
    trainee?: { name: string; cohort?: string };
    lines: string[];
    end?: boolean;
  },
): Promise<{ sessionId: string; resumeToken: string }> {
  const started = await socket.timeout(3000).emitWithAck('session:start', {
    personaId: options.personaId ?? 'maya',
    seed: 5,
    ...(options.trainee ? { trainee: options.trainee } : {}),
  });
  if (!started.ok) throw new Error(started.error.message);
  for (const text of options.lines) {
    const reply = new Promise((resolve) => socket.once('client:say', resolve));
    const said = await socket.timeout(3000).emitWithAck('trainee:say', { text });
    if (!said.ok) throw new Error(said.error.message);
    await reply;
  }
  if (options.end !== false) await socket.timeout(3000).emitWithAck('session:end', {});
  return { sessionId: started.data.sessionId, resumeToken: started.data.resumeToken };
}
