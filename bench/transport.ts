import { performance } from 'node:perf_hooks';
import type { Socket } from 'socket.io-client';
import { type Child, cpuMs, sleep, spawnServer, tempDataDir } from './child.js';
import { openSocket, RapportClient } from './rapportClient.js';
import { budgeted, envInt, info, type Measure, msSince, progress, quantile } from './stats.js';
import { UTTERANCES } from './utterances.js';

/**
 * One acknowledged emit and one push back, on the bare echo server: done when both have arrived,
 * as a Rapport turn is done at its acknowledgement and its reply.
 */
function echoTurn(socket: Socket, text: string, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    let pending = 2;
    const timer = setTimeout(() => reject(new Error(`echo: no answer within ${timeoutMs} ms`)), timeoutMs);
    const arrived = () => {
      if (--pending > 0) return;
      clearTimeout(timer);
      resolve(performance.now() - t);
    };
    socket.once('echo', arrived);
    socket.emit('say', { text }, (res: { ok: boolean }) => {
      if (res.ok) arrived();
      else reject(new Error('echo: refused'));
    });
  });
}

/**
 * Rapport's clients, used round-robin: a client that is out of rate-limit budget, has ended, or
 * is near the persona's turn limit is passed over, and a new one is opened when none is ready.
 */
class Pool {
  private clients: RapportClient[] = [];
  private next = 0;
  private seed = 1000;
  constructor(
    private readonly url: string,
    private readonly personaId: string,
  ) {}

  async ready(): Promise<RapportClient> {
    for (let tried = 0; tried < this.clients.length; tried++) {
      const c = this.clients[this.next++ % this.clients.length]!;
      if (c.ended || c.turns >= 30) continue;
      if (c.canSend()) return c;
    }
    const c = await RapportClient.open(this.url);
    await c.start(this.personaId, this.seed++);
    this.clients.push(c);
    return c;
  }

  get size() {
    return this.clients.length;
  }

  close() {
    for (const c of this.clients) c.close();
  }
}

/**
 * Phase 2, the floor and Rapport side by side: the bare socket.io echo server and a real Rapport
 * (TYPING_DELAY=off, fresh SQLite file in WAL mode), each in its own child process, sampled
 * alternately in the same run so that load on the machine falls on both alike. A Rapport turn
 * is timed from `trainee:say` to `client:say`; an echo turn from its emit to its push. The
 * budgets are absolute, for this machine (a turn p50 ≤ 1 ms, p99 ≤ 5 ms, ≤ 1.2 ms of server CPU):
 * the floor is reported beside them for scale, since a turn that is scored, stepped and committed
 * before it is answered cannot come within a small multiple of an echo.
 */
export async function benchTransport(): Promise<Measure[]> {
  const samples = envInt('BENCH_TRANSPORT_SAMPLES', 1500);
  const maxMs = envInt('BENCH_TRANSPORT_MS', 25_000);
  const data = tempDataDir();
  const children: Child[] = [];
  let pool: Pool | undefined;
  let echo: Socket | undefined;
  try {
    const [echoServer, rapport] = await Promise.all([
      spawnServer('bench/echoServer.ts', {}),
      spawnServer('server/index.ts', { TYPING_DELAY: 'off', SERVE_PAGE: 'off', DATA_DIR: data.dir }),
    ]);
    children.push(echoServer, rapport);
    const personas = (await (await fetch(`${rapport.url}/api/personas`)).json()) as { id: string }[];
    const personaId = personas.find((p) => p.id === 'maya')?.id ?? personas[0]?.id;
    if (!personaId) throw new Error('Rapport lists no personas');

    echo = await openSocket(echoServer.url);
    pool = new Pool(rapport.url, personaId);
    const floor: number[] = [];
    const turns: number[] = [];
    const acks: number[] = [];
    const replies: number[] = [];
    // Untimed turns first, as in the engine phase: V8 keeps optimising the engine for the first
    // thousand turns or so, and a real server runs far longer than this benchmark.
    const warmup = envInt('BENCH_TRANSPORT_WARMUP', 2000);
    progress(`transport: ${samples} turns each, up to ${maxMs} ms`);
    const begin = process.hrtime.bigint();
    let cpu = { echo: 0, rapport: 0 };
    for (let i = 0; i < samples + warmup; i++) {
      if (i === warmup) cpu = { echo: cpuMs(echoServer.pid), rapport: cpuMs(rapport.pid) };
      const text = UTTERANCES[i % UTTERANCES.length]!;
      const client = await pool.ready();
      // Alternate which goes first, so neither always runs straight after the other.
      let e: number;
      let r: { ms: number; replyMs: number; ackMs: number };
      if (i % 2 === 0) {
        e = await echoTurn(echo, text);
        r = await client.say(text);
      } else {
        r = await client.say(text);
        e = await echoTurn(echo, text);
      }
      if (i >= warmup) {
        floor.push(e);
        turns.push(r.ms);
        acks.push(r.ackMs);
        replies.push(r.replyMs);
      }
      if (msSince(begin) > maxMs) break;
      // Yield now and then so timers (socket.io pings) are not starved.
      if (i % 50 === 0) await sleep(0);
    }
    // Server CPU per turn, from /proc: what each turn costs the server, whatever else the machine runs.
    const echoCpu = (cpuMs(echoServer.pid) - cpu.echo) / floor.length;
    const rapportCpu = (cpuMs(rapport.pid) - cpu.rapport) / turns.length;
    const f50 = quantile(floor, 0.5);
    const r50 = quantile(turns, 0.5);
    const note = `${turns.length} turns each; ${pool.size} Rapport sessions`;
    const r99 = quantile(turns, 0.99);
    return [
      info('transport', 'floor (echo) p50', f50, 'ms', `emit → acknowledgement and push; ${note}`),
      info('transport', 'floor (echo) p99', quantile(floor, 0.99), 'ms'),
      budgeted(
        'transport',
        'Rapport turn p50',
        r50,
        'ms',
        1,
        'trainee:say → client:say and the acknowledgement',
      ),
      budgeted('transport', 'Rapport turn p99', r99, 'ms', 5),
      info('transport', 'Rapport reply p50', quantile(replies, 0.5), 'ms', 'trainee:say → client:say'),
      info('transport', 'Rapport ack p50', quantile(acks, 0.5), 'ms', 'trainee:say → acknowledgement'),
      info('transport', 'ratio p50 (Rapport / floor)', r50 / f50, '×'),
      info('transport', 'ratio p99 (Rapport / floor)', r99 / quantile(floor, 0.99), '×'),
      info('transport', 'server CPU per turn, floor', echoCpu, 'ms', 'user + system, from /proc'),
      budgeted(
        'transport',
        'server CPU per turn, Rapport',
        rapportCpu,
        'ms',
        1.2,
        'user + system, from /proc; includes a session start per ~8 turns',
      ),
    ];
  } finally {
    echo?.close();
    pool?.close();
    await Promise.all(children.map((c) => c.stop()));
    data.remove();
  }
}
