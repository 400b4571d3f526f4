import crypto from 'node:crypto';

/** A new resume token: 24 random bytes, URL-safe. */
export const newResumeToken = () => crypto.randomBytes(24).toString('base64url');

/** Only a hash of the resume token is stored, so a copy of the database cannot resume sessions. */
export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Compares a presented token with the stored hash in constant time. */
export function tokenMatches(token: string, hash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
