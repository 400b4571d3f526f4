import { afterEach, expect, it } from 'vitest';
import { PG_MIGRATIONS } from '../../../server/store/postgresMigrations.js';
import { createPostgresPool, openPostgresStore } from '../../../server/store/postgresStore.js';
import type { Store } from '../../../server/store/store.js';
import { describeWithPostgres, freshSchema } from '../postgres.js';
import { courseContract } from './courseContract.js';
import { session, storeContract, turn } from './storeContract.js';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

/** A store on its own schema, dropped after the test. */
async function schemaStore() {
  const schema = await freshSchema();
  cleanup.push(schema.drop);
  const open = async () => {
    const store = await openPostgresStore(createPostgresPool(schema.url));
    cleanup.push(() => store.close().catch(() => {}));
    return store;
  };
  return { schema, open };
}

/** A store on a fresh schema, for the contract suites. */
async function openForTest() {
  const schema = await freshSchema();
  let store: Store = await openPostgresStore(createPostgresPool(schema.url));
  return {
    store,
    async reopen() {
      await store.close();
      store = await openPostgresStore(createPostgresPool(schema.url));
      return store;
    },
    async cleanup() {
      await store.close().catch(() => {});
      await schema.drop();
    },
  };
}

describeWithPostgres('the PostgreSQL store: the store contract', () => {
  storeContract(openForTest);
});

describeWithPostgres('the PostgreSQL store: the course contract', () => {
  courseContract(openForTest);
});

describeWithPostgres('the PostgreSQL store', () => {
  it('migrates once when several processes open it at the same moment', async () => {
    const { schema, open } = await schemaStore();
    await Promise.all([open(), open(), open()]);
    const store = await open();
    const { rows } = await store.pool.query('SELECT version FROM rapport_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
    expect(schema.schema).toMatch(/^test_/);
  });

  it('refuses a database written by a newer Rapport, naming both versions', async () => {
    const { open } = await schemaStore();
    const store = await open();
    const newest = PG_MIGRATIONS.at(-1)!.version;
    await store.pool.query("INSERT INTO rapport_migrations (version, name) VALUES ($1, 'from the future')", [
      newest + 1,
    ]);
    await expect(open()).rejects.toThrow(
      new RegExp(
        `written by a newer version of Rapport \\(schema version ${newest + 1}; this version knows up to ${newest}\\)`,
      ),
    );
  });

  it('serialises the turns of one session between two processes’ connections', async () => {
    // Two pools are what two server processes have: nothing in memory is shared between them.
    const { open } = await schemaStore();
    const [a, b] = [await open(), await open()];
    await a.createSession(session('s1', { state: { at: 0 } as never }));
    const next = (store: Store) =>
      store.withSession('s1', async (tx) => {
        const n = (tx!.row.state as unknown as { at: number }).at + 1;
        await new Promise((r) => setTimeout(r, 5));
        await tx!.recordTurn(turn(n), { at: n } as never, 0);
        return n;
      });
    const done = await Promise.all([a, b, a, b, a, b].map(next));
    expect([...done].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await b.listTurns('s1')).map((t) => t.turn)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps no copy of a session: a change made through one process is read at once by another', async () => {
    const { open } = await schemaStore();
    const [a, b] = [await open(), await open()];
    await a.createSession(session('s1'));
    expect((await b.getSession('s1'))?.endReason).toBeUndefined();
    await a.withSession('s1', (tx) =>
      tx!.endSession({
        reason: 'trainee',
        state: { at: 9 } as never,
        debrief: { outcome: 'trainee' } as never,
        at: 5,
      }),
    );
    expect(await b.getSession('s1')).toMatchObject({ endReason: 'trainee', state: { at: 9 } });
  });
});
