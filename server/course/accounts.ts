import crypto from 'node:crypto';
import type { CourseStore, EducatorRow } from '../store/courseStore.js';
import { refuse } from '../http/httpError.js';
import { hashToken } from '../sessions/tokens.js';
import { createLoginLimiter, type LoginKeys } from './loginLimiter.js';
import { DECOY_RECORD, hashPassword, passwordProblem, verifyPassword } from './passwords.js';

/** How long an educator stays signed in. */
export const EDUCATOR_SESSION_MS = 12 * 3_600_000;

/** A plausible email address: something@something.something, nothing more is checked. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Educator accounts and their signed-in sessions. The cookie holds a random token; the database
 * keeps only its hash (as with resume tokens), so a copy of the database signs no one in. A
 * trainee's resume token is a different kind of token in a different table: it opens nothing here.
 */
export function createAccounts({ course, clock }: { course: CourseStore; clock: () => number }) {
  const limiter = createLoginLimiter({ clock, failures: course });
  // Sign-in attempts are taken one at a time in this process, so that a burst of guesses sent at
  // once cannot all pass the count before the first failure is recorded. (Across processes a burst
  // can still win one attempt per process beyond the limit.)
  let queue: Promise<unknown> = Promise.resolve();

  return {
    /**
     * Signs an educator in: a new session token and when it expires. Refused (429) while the
     * address or the network address has failed too often, even with the right password.
     */
    signIn(email: string, password: string, ip: string) {
      const attempt = queue.then(() => signInNow(email, password, ip));
      queue = attempt.catch(() => {});
      return attempt;
    },

    /** The educator a session token belongs to, while it lasts. */
    signedIn(token: string): Promise<EducatorRow | undefined> {
      return course.findLogin(hashToken(token), clock());
    },

    signOut: (token: string) => course.closeLogin(hashToken(token)),
  };

  async function signInNow(email: string, password: string, ip: string) {
    const keys: LoginKeys = { email: email.toLowerCase(), ip };
    const waitMs = await limiter.waitFor(keys);
    if (waitMs > 0) {
      const minutes = Math.ceil(waitMs / 60_000);
      refuse(
        429,
        'rate_limited',
        `Too many sign-in attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'}, then try again.`,
        { 'Retry-After': String(Math.ceil(waitMs / 1000)) },
      );
    }
    const educator = await course.findEducator(email);
    // An unknown address costs the same scrypt as a wrong password.
    const matches = await verifyPassword(password, educator?.passwordHash ?? DECOY_RECORD);
    if (!educator || !matches) {
      await limiter.failed(keys);
      return refuse(401, 'bad_credentials', 'That email and password do not match an educator account.');
    }
    await limiter.succeeded(keys);
    const token = crypto.randomBytes(32).toString('base64url');
    const at = clock();
    await course.openLogin(hashToken(token), educator.id, at, at + EDUCATOR_SESSION_MS);
    return { token, educator, maxAgeMs: EDUCATOR_SESSION_MS };
  }
}

/**
 * Makes an account (or, with `reset`, gives an existing one a new password and signs it out
 * everywhere). Throws a sentence for the person at the terminal.
 */
export async function addEducator(
  course: CourseStore,
  email: string,
  password: string,
  { reset = false, at = Date.now() }: { reset?: boolean; at?: number } = {},
): Promise<'added' | 'reset'> {
  if (!EMAIL.test(email)) throw new Error(`'${email}' is not an email address.`);
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  const record = await hashPassword(password);
  if (reset) {
    if (!(await course.resetPassword(email, record))) {
      throw new Error(`There is no educator account for ${email}; leave out --reset to make one.`);
    }
    return 'reset';
  }
  if (!(await course.addEducator(email, record, at))) {
    throw new Error(
      `There is already an educator account for ${email.toLowerCase()}. To give it a new password, add --reset.`,
    );
  }
  return 'added';
}
