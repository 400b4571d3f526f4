import { performance } from 'node:perf_hooks';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../contract/events.js';
import type { SeenTurn } from '../contract/session.js';

type RapportSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The server's default per-connection budget: a burst of 10, then 2 a second (server/socket/rateLimit.ts). */
const BURST = 10;
const PER_SECOND = 2;

/** A failed request, with the server's error code when it gave one. */
export class BenchError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Opens a websocket-only socket.io connection (what a browser settles on after the upgrade). */
export function openSocket<S extends Socket>(url: string, timeoutMs = 10_000): Promise<S> {
  const socket = connect(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: timeoutMs,
  }) as S;
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(new BenchError('connect_error', err.message));
    });
  });
}

/**
 * One trainee on one connection: starts a session and says lines, timing each turn from the
 * emit to the client's reply (`client:say`). Mirrors the server's rate limit so the benchmark
 * never spends a request the server would refuse.
 */
export class RapportClient {
  /** Turns said in the current session. */
  turns = 0;
  /** Set once the client walked out or the session otherwise ended. */
  ended = false;
  private tokens = BURST;
  private last = performance.now();
  private waiting: ((turn: SeenTurn) => void) | undefined;

  private constructor(readonly socket: RapportSocket) {
    socket.on('client:say', (turn) => {
      const w = this.waiting;
      this.waiting = undefined;
      w?.(turn);
    });
  }

  static async open(url: string): Promise<RapportClient> {
    return new RapportClient(await openSocket<RapportSocket>(url));
  }

  /** Whether a request now would be within the server's budget (with one token to spare). */
  canSend(): boolean {
    const now = performance.now();
    this.tokens = Math.min(BURST, this.tokens + ((now - this.last) / 1000) * PER_SECOND);
    this.last = now;
    return this.tokens >= 2;
  }

  private spend() {
    this.canSend();
    this.tokens -= 1;
  }

  /** Starts a session with the persona; returns the milliseconds it took. */
  async start(personaId: string, seed: number, timeoutMs = 10_000): Promise<number> {
    this.spend();
    const t = performance.now();
    const res = await this.socket.timeout(timeoutMs).emitWithAck('session:start', { personaId, seed });
    if (!res.ok) throw new BenchError(res.error.code, res.error.message);
    this.turns = 0;
    this.ended = false;
    return performance.now() - t;
  }

  /**
   * Says one line and waits for the client's reply and the acknowledgement. Returns the
   * milliseconds from the emit until both have arrived (`ms`), to the reply (`client:say`), and
   * to the acknowledgement.
   */
  say(text: string, timeoutMs = 10_000): Promise<{ ms: number; replyMs: number; ackMs: number }> {
    this.spend();
    return new Promise((resolve, reject) => {
      const t = performance.now();
      let ackMs = Number.NaN;
      let replyMs = Number.NaN;
      // The reply and the acknowledgement may arrive in either order; the turn is done at both.
      const settle = () => {
        if (Number.isNaN(replyMs) || Number.isNaN(ackMs)) return;
        clearTimeout(timer);
        resolve({ ms: Math.max(replyMs, ackMs), replyMs, ackMs });
      };
      const timer = setTimeout(() => {
        this.waiting = undefined;
        reject(new BenchError('timeout', `no reply within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting = (turn) => {
        replyMs = performance.now() - t;
        this.turns++;
        if (turn.ended) this.ended = true;
        settle();
      };
      this.socket.emit('trainee:say', { text }, (res) => {
        ackMs = performance.now() - t;
        if (!res.ok) {
          clearTimeout(timer);
          this.waiting = undefined;
          reject(new BenchError(res.error.code, res.error.message));
          return;
        }
        settle();
      });
    });
  }

  close() {
    this.socket.close();
  }
}
