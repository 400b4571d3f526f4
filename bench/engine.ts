import path from 'node:path';
import v8 from 'node:v8';
import type { Persona } from '../engine/persona/schema.js';
import { tempDataDir } from './child.js';
import { budgeted, envInt, info, type Measure, msSince, progress, quantile } from './stats.js';
import { FORTY_WORDS, UTTERANCES } from './utterances.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Times `fn` once per call until `maxCount` samples or `maxMs` have passed, after `warmup`
 * untimed calls (so the JIT has settled). Returns per-call milliseconds.
 */
function sample(
  fn: (i: number) => void,
  maxCount: number,
  maxMs: number,
  warmup: number,
  untimed: () => void = () => {},
): number[] {
  for (let i = 0; i < warmup; i++) {
    fn(i);
    untimed();
  }
  const samples: number[] = [];
  const begin = process.hrtime.bigint();
  for (let i = 0; i < maxCount; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
    untimed();
    if ((i & 255) === 0 && msSince(begin) > maxMs) break;
  }
  return samples;
}

/**
 * Phase 1, the engine alone, in this process: a whole trainee turn as the server runs it
 * (`traineeTurn`: restore the snapshot, analyse, transition, select the reply, persist), and
 * `analyse()` alone on a forty-word line. Sessions cycle through the realistic lines in
 * `utterances.ts`; a session that ends (walk-out, turn limit) is replaced by a fresh one.
 */
export async function benchEngine(): Promise<Measure[]> {
  const maxTurns = envInt('BENCH_ENGINE_TURNS', 20_000);
  const maxMs = envInt('BENCH_ENGINE_MS', 8_000);

  // The server's V8 settings (server/v8Flags.ts), so the engine is measured as the server runs it.
  await import('../server/v8Flags.js');
  // First import of the engine: natural's submodules, xstate, zod, the persona loader.
  const importStart = process.hrtime.bigint();
  const { analyse } = await import('../engine/analysis/analyse.js');
  const { openSession, traineeTurn, sessionView } = await import('../engine/simulation/engineSession.js');
  const importMs = msSince(importStart);
  const { loadPersonaDir } = await import('../server/personas/loadPersonas.js');
  const { personas } = loadPersonaDir(path.join(ROOT, 'personas'));
  const persona = personas.get('maya') ?? [...personas.values()][0];
  if (!persona) throw new Error('no persona loaded from personas/');

  let seed = 1;
  let state = openSession(persona, seed).state;
  let sessionsOpened = 1;
  let line = 0;
  const turn = () => {
    state = traineeTurn(persona, state, UTTERANCES[line++ % UTTERANCES.length]!).state;
  };
  // A session the client has ended is replaced, outside the timing.
  const replaceEnded = () => {
    if (sessionView(state).ended) {
      state = openSession(persona, ++seed).state;
      sessionsOpened++;
    }
  };
  progress(`engine: up to ${maxTurns} turns or ${maxMs} ms`);
  // A longer warm-up for whole turns: the optimising compiler keeps working for the first thousand or so.
  const turns = sample(turn, maxTurns, maxMs, 2000, replaceEnded);
  // Untimed, after the timed turns: what a turn leaves for the garbage collector.
  const gc = collectionsPerTurn(turn, replaceEnded, Math.min(maxTurns, 5000));

  const previous = 'I keep thinking about that night. I should have just stayed over.';
  const forty = sample(() => analyse(FORTY_WORDS, { previous }), maxTurns, maxMs / 2, 500);
  let k = 0;
  const mixed = sample(
    () => analyse(UTTERANCES[k++ % UTTERANCES.length]!, { previous }),
    maxTurns,
    maxMs / 2,
    500,
  );

  const commits = await benchStore(persona, Math.min(maxTurns, 5000), maxMs / 2);

  const note = `${turns.length} turns over ${sessionsOpened} sessions`;
  return [
    info('engine', 'engine import (natural, xstate, zod)', importMs, 'ms', 'first import in this process'),
    info('engine', 'turn p50', quantile(turns, 0.5), 'ms', note),
    budgeted('engine', 'turn p99', quantile(turns, 0.99), 'ms', 1, note),
    info('engine', 'turn allocation', gc.bytesPerTurn / 1024, 'kB', `JS heap allocated per turn; ${gc.note}`),
    info('engine', 'young collections per 1,000 turns', gc.perThousand, '', gc.note),
    info(
      'engine',
      'young collection median',
      gc.medianMs,
      'ms',
      `each such pause lands on one turn; ${gc.note}`,
    ),
    info('engine', 'analyse 40 words p50', quantile(forty, 0.5), 'ms', `${forty.length} calls`),
    budgeted('engine', 'analyse 40 words p99', quantile(forty, 0.99), 'ms', 1, `${forty.length} calls`),
    info('engine', 'analyse mixed lines p50', quantile(mixed, 0.5), 'ms', `${mixed.length} calls`),
    info('engine', 'analyse mixed lines p99', quantile(mixed, 0.99), 'ms', `${mixed.length} calls`),
    info(
      'engine',
      'store commit p50',
      quantile(commits, 0.5),
      'ms',
      `withSession + recordTurn (turn row + state, one transaction) on a fresh SQLite file, WAL; ${commits.length} turns`,
    ),
    info('engine', 'store commit p99', quantile(commits, 0.99), 'ms'),
  ];
}

/**
 * What turns leave for the garbage collector, from `count` more turns run untimed (so the profiler
 * cannot touch the timed ones): heap bytes allocated per turn (the used heap's growth between
 * collections, plus what each collection found), how many young-generation collections
 * (scavenges) there were per 1,000 turns, and their median pause. Allocation per turn and
 * collections per turn hardly depend on the machine's load, unlike the p99 they cause.
 */
function collectionsPerTurn(
  turn: () => void,
  untimed: () => void,
  count: number,
): { bytesPerTurn: number; perThousand: number; medianMs: number; note: string } {
  const profiler = new v8.GCProfiler();
  profiler.start();
  const before = v8.getHeapStatistics().used_heap_size;
  for (let i = 0; i < count; i++) {
    turn();
    untimed();
  }
  const after = v8.getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop();
  let allocated = 0;
  let used = before;
  for (const gc of statistics) {
    allocated += gc.beforeGC.heapStatistics.usedHeapSize - used;
    used = gc.afterGC.heapStatistics.usedHeapSize;
  }
  allocated += after - used;
  // `cost` is in microseconds.
  const scavenges = statistics.filter((gc) => gc.gcType === 'Scavenge').map((gc) => gc.cost / 1000);
  return {
    bytesPerTurn: allocated / count,
    perThousand: (scavenges.length * 1000) / count,
    medianMs: quantile(scavenges, 0.5),
    note: `${count} untimed turns after the timed ones`,
  };
}

/**
 * The other per-turn cost besides the engine: committing a turn and the state after it to SQLite
 * (`withSession` + `recordTurn`, as the server does before its acknowledgement) on a fresh file in
 * a temporary folder. Rows are real engine output; sessions are replaced every 30 turns, like the
 * transport phase.
 */
async function benchStore(persona: Persona, maxCount: number, maxMs: number): Promise<number[]> {
  const { openSession, traineeTurn, sessionView } = await import('../engine/simulation/engineSession.js');
  const { openSqliteStore } = await import('../server/store/sqliteStore.js');
  const data = tempDataDir();
  const store = openSqliteStore(path.join(data.dir, 'rapport.sqlite'));
  try {
    let n = 0;
    let state = openSession(persona, 1).state;
    const open = async () => {
      const o = openSession(persona, ++n);
      state = o.state;
      await store.createSession({
        id: `s${n}`,
        personaId: persona.id,
        seed: n,
        tokenHash: 'bench',
        startedAt: Date.now(),
        opening: o.opening,
        state,
      });
    };
    await open();
    let line = 0;
    const samples: number[] = [];
    const begin = process.hrtime.bigint();
    for (let i = 0; i < maxCount + 500; i++) {
      if (sessionView(state).ended || sessionView(state).turn >= 30) await open();
      const out = traineeTurn(persona, state, UTTERANCES[line++ % UTTERANCES.length]!);
      state = out.state;
      const t = process.hrtime.bigint();
      await store.withSession(`s${n}`, (tx) =>
        tx!.recordTurn(
          { turn: out.reply.turn, said: 'bench', at: Date.now(), analysis: out.analysis, reply: out.reply },
          out.state,
          0,
        ),
      );
      // The first 500 are a warm-up.
      if (i >= 500) samples.push(msSince(t));
      if ((i & 255) === 0 && msSince(begin) > maxMs) break;
    }
    return samples;
  } finally {
    await store.close();
    data.remove();
  }
}
