import { describe, expect, it } from 'vitest';
import {
  DECOY_RECORD,
  hashPassword,
  passwordProblem,
  verifyPassword,
} from '../../../server/course/passwords.js';

describe('educator passwords', () => {
  it('are stored as a salted scrypt record that verifies the password and nothing else', async () => {
    const record = await hashPassword('correct horse battery');
    expect(record).toMatch(/^scrypt\$15\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(record).not.toContain('correct');
    expect(await verifyPassword('correct horse battery', record)).toBe(true);
    expect(await verifyPassword('correct horse batterY', record)).toBe(false);
    expect(await verifyPassword('', record)).toBe(false);
  });

  it('get a fresh salt each time, so two accounts with one password do not share a record', async () => {
    const [a, b] = await Promise.all([hashPassword('same password!'), hashPassword('same password!')]);
    expect(a).not.toBe(b);
  });

  it('verify a record made with other parameters, as a later release may raise them', async () => {
    // N = 2^10, r = 4: what the same function records with those costs.
    const record = await hashPassword('an older record');
    const [, , , , salt] = record.split('$');
    const crypto = await import('node:crypto');
    const key = crypto.scryptSync('an older record', Buffer.from(salt!, 'base64url'), 32, {
      N: 1024,
      r: 4,
      p: 1,
    });
    expect(
      await verifyPassword('an older record', `scrypt$10$4$1$${salt}$${key.toString('base64url')}`),
    ).toBe(true);
  });

  it('match nothing against a malformed record or the decoy', async () => {
    expect(await verifyPassword('anything at all', 'plain-text-password')).toBe(false);
    expect(await verifyPassword('anything at all', 'scrypt$99$8$1$aa$bb')).toBe(false);
    expect(await verifyPassword('anything at all', DECOY_RECORD)).toBe(false);
  });

  it('must be 10 to 200 characters, counted as the educator sees them', () => {
    expect(passwordProblem('short')).toBe('The password must be at least 10 characters long; it has 5.');
    expect(passwordProblem('ééééééééé')).toMatch(/it has 9\.$/);
    expect(passwordProblem('long enough')).toBeUndefined();
    expect(passwordProblem('x'.repeat(201))).toBe('The password must be at most 200 characters long.');
  });
});
