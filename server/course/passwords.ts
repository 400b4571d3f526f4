import crypto from 'node:crypto';

/**
 * Educator passwords, hashed with scrypt (memory-hard: each guess costs 32 MiB and tens of
 * milliseconds, so a stolen database is slow to attack). A record keeps its own parameters, so
 * raising them later still verifies older records: `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>`.
 */
const LOG2_N = 15;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

function derive(password: string, salt: Buffer, log2n: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** log2n;
  return new Promise((resolve, reject) =>
    // scrypt needs 128·N·r bytes; node's default ceiling (32 MiB) is exactly that, so allow twice.
    crypto.scrypt(password.normalize('NFC'), salt, KEY_BYTES, { N, r, p, maxmem: 256 * N * r }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** Why a password will not do, as a sentence; undefined when it will. */
export function passwordProblem(password: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long; it has ${length}.`;
  }
  if (length > MAX_PASSWORD_LENGTH)
    return `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`;
  return undefined;
}

/** A record to store for this password, with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(SALT_BYTES);
  const key = await derive(password, salt, LOG2_N, R, P);
  return ['scrypt', LOG2_N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether the password matches the record, compared in constant time; false for a malformed record. */
export async function verifyPassword(password: string, record: string): Promise<boolean> {
  const [kind, log2n, r, p, salt, key] = record.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const params = [Number(log2n), Number(r), Number(p)] as const;
  if (!params.every((n) => Number.isInteger(n) && n > 0) || params[0] > 20) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), ...params);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}

/**
 * A record no password matches, verified against when an address is unknown so that a wrong
 * address takes as long to refuse as a wrong password (no one can find accounts by timing).
 */
export const DECOY_RECORD = `scrypt$${LOG2_N}$${R}$${P}$${Buffer.alloc(SALT_BYTES).toString('base64url')}$${Buffer.alloc(KEY_BYTES, 1).toString('base64url')}`;
