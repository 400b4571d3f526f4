import path from 'node:path';
import type pg from 'pg';
import type { ServerOptions } from 'socket.io';
import type { Logger } from '../log.js';
import { openSqliteStore } from './sqliteStore.js';
import type { Store } from './store.js';

export interface OpenedStore {
  store: Store;
  /** socket.io's adapter for this store: with PostgreSQL, rooms span server processes. */
  adapter?: ServerOptions['adapter'];
  /** Where sessions are kept, for the start-up log (never the password). */
  description: string;
}

/**
 * The pool as the socket.io adapter sees it, with its NOTIFYs sent one after another: the
 * adapter sends each broadcast with its own `pool.query`, so on several connections a reply could
 * overtake its `client:typing` on the way to another process.
 */
function orderedPublisher(pool: pg.Pool): pg.Pool {
  let last: Promise<unknown> = Promise.resolve();
  const query = (...args: unknown[]) => {
    const next = last.then(() => (pool.query as (...a: unknown[]) => Promise<unknown>)(...args));
    last = next.catch(() => {});
    return next;
  };
  return new Proxy(pool, { get: (target, key) => (key === 'query' ? query : Reflect.get(target, key)) });
}

/**
 * Opens the store the configuration asks for: PostgreSQL when DATABASE_URL is set (with
 * socket.io's PostgreSQL adapter, so any number of processes can serve the same sessions), else
 * SQLite in DATA_DIR (one process; the folder is locked against a second).
 */
export async function openStore(
  config: { databaseUrl: string | undefined; dataDir: string },
  log: Logger,
): Promise<OpenedStore> {
  if (!config.databaseUrl) {
    const file = path.join(config.dataDir, 'rapport.sqlite');
    return { store: openSqliteStore(file), description: `SQLite at ${file}` };
  }
  // Loaded only for PostgreSQL: an SQLite server starts without the driver and the adapter.
  const { createPostgresPool, openPostgresStore } = await import('./postgresStore.js');
  const { createAdapter } = await import('@socket.io/postgres-adapter');
  const url = new URL(config.databaseUrl);
  // One more connection than the store's ten: the adapter keeps one for LISTEN.
  const pool = createPostgresPool(config.databaseUrl, 11);
  pool.on('error', (err) => log.warn('an idle PostgreSQL connection failed', err));
  try {
    const store = await openPostgresStore(pool);
    // Broadcasts stay within this deployment's schema: two deployments may share a database.
    const { rows } = await pool.query<{ schema: string }>('SELECT current_schema() AS schema');
    const adapter = createAdapter(orderedPublisher(pool), {
      channelPrefix: `rapport:${rows[0]?.schema ?? 'public'}`,
      errorHandler: (err: Error) => log.warn('socket.io adapter: PostgreSQL error', err),
    });
    return {
      store,
      adapter,
      description: `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname} (schema ${rows[0]?.schema})`,
    };
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }
}
