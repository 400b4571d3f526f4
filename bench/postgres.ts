import crypto from 'node:crypto';
import pg from 'pg';
import { type Child, cpuMs, spawnServer, tempDataDir } from './child.js';
import { BenchError, RapportClient } from './rapportClient.js';
import { budgeted, envInt, info, type Measure, progress, quantile } from './stats.js';
import { UTTERANCES } from './utterances.js';

/** No rate limit: this phase asks how many turns the servers can take, not how fast a trainee types. */
const UNLIMITED = { RATE_LIMIT_BURST: '1000000', RATE_LIMIT_PER_SECOND: '1000000' };
const SERVER_ENV = { TYPING_DELAY: 'off', SERVE_PAGE: 'off', ...UNLIMITED };

interface LoadResult {
  turns: number[];
  throughput: number;
  cpuPerTurn: number;
  errors: number;
}

/**
 * `clients` trainees, spread over the servers, each saying its next line as soon as the last one
 * was answered (a closed loop), for `seconds` after `warmupSeconds` untimed. A session is replaced
 * after 30 turns or when the client ends it. Throughput counts turns answered per second.
 */
async function closedLoop(
  servers: Child[],
  personaId: string,
  clients: number,
  seconds: number,
  warmupSeconds: number,
) {
  const pool: RapportClient[] = [];
  try {
    let seed = 50_000;
    for (let i = 0; i < clients; i++) {
      const c = await RapportClient.open(servers[i % servers.length]!.url);
      await c.start(personaId, seed++);
      pool.push(c);
    }
    const turns: number[] = [];
    let errors = 0;
    let measuring = false;
    let cpuStart = 0;
    const cpu = () => servers.reduce((sum, s) => sum + cpuMs(s.pid), 0);
    const warmEnd = Date.now() + warmupSeconds * 1000;
    const end = warmEnd + seconds * 1000;
    let counted = 0;
    await Promise.all(
      pool.map(async (c, i) => {
        let line = i * 7;
        while (Date.now() < end) {
          if (!measuring && Date.now() >= warmEnd) {
            measuring = true;
            cpuStart = cpu();
          }
          try {
            if (c.ended || c.turns >= 30) {
              await c.start(personaId, seed++);
              if (measuring) counted++;
              continue;
            }
            const { ms } = await c.say(UTTERANCES[line++ % UTTERANCES.length]!);
            if (measuring) turns.push(ms);
          } catch (err) {
            if (measuring) errors++;
            if (!(err instanceof BenchError)) throw err;
          }
        }
      }),
    );
    const cpuPerTurn = (cpu() - cpuStart) / Math.max(1, turns.length + counted);
    return { turns, throughput: turns.length / seconds, cpuPerTurn, errors } satisfies LoadResult;
  } finally {
    for (const c of pool) c.close();
  }
}

/** One trainee at a time: the latency of a turn with nothing else going on. */
async function oneAtATime(server: Child, personaId: string, count: number): Promise<number[]> {
  const c = await RapportClient.open(server.url);
  try {
    let seed = 90_000;
    await c.start(personaId, seed++);
    const samples: number[] = [];
    for (let i = 0; i < count + 300; i++) {
      if (c.ended || c.turns >= 30) await c.start(personaId, seed++);
      const { ms } = await c.say(UTTERANCES[i % UTTERANCES.length]!);
      if (i >= 300) samples.push(ms);
    }
    return samples;
  } finally {
    c.close();
  }
}

/** A schema of its own in the benchmark's database, dropped afterwards. */
async function benchSchema(url: string) {
  const schema = `bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: scoped.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

/**
 * Phase postgres: the same load on SQLite (one server process, its own file) and on PostgreSQL
 * (two server processes sharing one database, trainees split between them): a turn's latency one
 * trainee at a time, then BENCH_PG_CLIENTS (16) trainees flat out for BENCH_PG_SECONDS (20 s)
 * each, for throughput, latency under load and server CPU per turn. PostgreSQL is the one named by
 * BENCH_DATABASE_URL, else RAPPORT_TEST_DATABASE_URL (`eval "$(.ci/postgres start)"` sets it).
 */
export async function benchPostgres(): Promise<Measure[]> {
  const url = process.env.BENCH_DATABASE_URL?.trim() || process.env.RAPPORT_TEST_DATABASE_URL?.trim();
  if (!url) {
    throw new Error(
      'no PostgreSQL: set BENCH_DATABASE_URL (or run `eval "$(.ci/postgres start)"`, which sets RAPPORT_TEST_DATABASE_URL)',
    );
  }
  const clients = envInt('BENCH_PG_CLIENTS', 16);
  const seconds = envInt('BENCH_PG_SECONDS', 20);
  const single = envInt('BENCH_PG_TURNS', 1500);
  const personaId = 'maya';
  const results: Record<'sqlite' | 'postgres', { one: number[]; load: LoadResult }> = {} as never;

  const data = tempDataDir();
  const servers: Child[] = [];
  try {
    progress(
      `postgres: SQLite, one process — ${single} turns one at a time, then ${clients} trainees for ${seconds} s`,
    );
    servers.push(await spawnServer('server/index.ts', { ...SERVER_ENV, DATA_DIR: data.dir }));
    results.sqlite = {
      one: await oneAtATime(servers[0]!, personaId, single),
      load: await closedLoop(servers, personaId, clients, seconds, 3),
    };
  } finally {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    data.remove();
  }

  const schema = await benchSchema(url);
  try {
    progress(`postgres: PostgreSQL, two processes — the same`);
    for (let i = 0; i < 2; i++) {
      servers.push(await spawnServer('server/index.ts', { ...SERVER_ENV, DATABASE_URL: schema.url }));
    }
    results.postgres = {
      one: await oneAtATime(servers[0]!, personaId, single),
      load: await closedLoop(servers, personaId, clients, seconds, 3),
    };
  } finally {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    await schema.drop();
  }

  const rows = (label: string, r: { one: number[]; load: LoadResult }): Measure[] => [
    info('postgres', `${label}: turn p50, one trainee`, quantile(r.one, 0.5), 'ms', `${r.one.length} turns`),
    info('postgres', `${label}: turn p99, one trainee`, quantile(r.one, 0.99), 'ms'),
    info(
      'postgres',
      `${label}: throughput, ${clients} trainees`,
      r.load.throughput,
      'turns/s',
      `${r.load.turns.length} turns in ${seconds} s`,
    ),
    info('postgres', `${label}: turn p50, ${clients} trainees`, quantile(r.load.turns, 0.5), 'ms'),
    info('postgres', `${label}: turn p99, ${clients} trainees`, quantile(r.load.turns, 0.99), 'ms'),
    info(
      'postgres',
      `${label}: server CPU per turn`,
      r.load.cpuPerTurn,
      'ms',
      'all server processes, user + system',
    ),
    budgeted('postgres', `${label}: errors`, r.load.errors, '', 0),
  ];
  return [...rows('SQLite, 1 process', results.sqlite), ...rows('PostgreSQL, 2 processes', results.postgres)];
}
