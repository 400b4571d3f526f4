import crypto from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';

/**
 * The PostgreSQL the tests may use: a database they can create schemas in. `.ci/run` installs
 * PostgreSQL, starts it and sets this; see CONTRIBUTING.md to do the same locally.
 */
export const PG_TEST_URL = process.env.RAPPORT_TEST_DATABASE_URL?.trim() || undefined;

/**
 * A describe block that needs PostgreSQL. Without one it is skipped, saying so in its name —
 * except in CI, which must run it: there a missing database fails the run.
 */
export function describeWithPostgres(name: string, body: () => void): void {
  if (!PG_TEST_URL && process.env.CI) {
    throw new Error(
      'CI must run the PostgreSQL tests, but RAPPORT_TEST_DATABASE_URL is not set (.ci/run sets it up).',
    );
  }
  if (PG_TEST_URL) {
    describe(name, body);
    return;
  }
  console.warn(`PostgreSQL tests skipped ('${name}'): set RAPPORT_TEST_DATABASE_URL (see CONTRIBUTING.md).`);
  describe.skip(
    `${name} — SKIPPED: no PostgreSQL (set RAPPORT_TEST_DATABASE_URL, see CONTRIBUTING.md)`,
    body,
  );
}

/** The same database, seen through its own new schema: tests never meet each other's tables. */
export async function freshSchema(): Promise<{ url: string; schema: string; drop(): Promise<void> }> {
  if (!PG_TEST_URL) throw new Error('no PostgreSQL for the tests (RAPPORT_TEST_DATABASE_URL)');
  const schema = `test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_TEST_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(PG_TEST_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    async drop() {
      const c = new pg.Client({ connectionString: PG_TEST_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
