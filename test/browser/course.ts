import type { Page } from 'playwright-core';
import { io } from 'socket.io-client';
import type { Assignment } from '../../contract/educator.js';
import { addEducator } from '../../server/course/accounts.js';
import { openCourseOnly } from '../../server/store/openCourse.js';
import type { TestSocket } from '../server/testServer.js';
import type { RunningServer } from './processes.js';

// Helpers for the courses' browser tests: an educator account on a running server, trainees'
// sessions played over the socket, and the educator API called as the room calls it.
export const EMAIL = 'tutor@example.ac.uk';
export const PASSWORD = 'a long enough password';

/** Makes the educator account in the server's data folder, as `educator:add` does while it runs. */
export async function addEducatorTo(server: RunningServer, email = EMAIL): Promise<void> {
  const opened = await openCourseOnly({ databaseUrl: undefined, dataDir: server.dataDir });
  try {
    await addEducator(opened.course, email, PASSWORD);
  } finally {
    await opened.close();
  }
}

/** A trainee's socket.io connection to the server. */
export function traineeSocket(server: RunningServer): Promise<TestSocket> {
  const socket: TestSocket = io(server.url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Signs in through the API; returns the cookie header to send. */
export async function educatorCookie(server: RunningServer): Promise<string> {
  const res = await fetch(`${server.url}/api/educator/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** Calls the educator API as a signed-in educator. */
export async function educatorApi<T>(
  server: RunningServer,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${server.url}/api/educator${path}`, {
    method,
    headers: {
      cookie: await educatorCookie(server),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const educators = new WeakMap<RunningServer, Promise<void>>();

/** The one educator account of a running server, made on first use. */
export function withEducator(server: RunningServer): Promise<void> {
  let made = educators.get(server);
  if (!made) {
    made = addEducatorTo(server);
    educators.set(server, made);
  }
  return made;
}

/** Makes an assignment as an educator would in the room. */
export async function makeAssignment(server: RunningServer, input: object): Promise<Assignment> {
  await withEducator(server);
  return educatorApi<Assignment>(server, 'POST', '/assignments', input);
}

/** Fills in "Who is practising?" and waits until the page says who it is. */
export async function giveName(page: Page, name: string, cohort?: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  if (cohort) await page.getByLabel('Cohort or group').fill(cohort);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText(`Practising as ${name}`).waitFor();
}
