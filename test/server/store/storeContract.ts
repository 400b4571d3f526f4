import { afterEach, expect, it } from 'vitest';
import type { Debrief } from '../../../contract/session.js';
import type { EngineState } from '../../../engine/simulation/engineSession.js';
import type { NewSession, Store, TurnRow } from '../../../server/store/store.js';

/** A store to test, opened afresh for each test. */
export interface OpenedForTest {
  store: Store;
  /** Closes the store and opens the same database again. */
  reopen(): Promise<Store>;
  /** Closes whatever is open and removes the database. */
  cleanup(): Promise<void>;
}

const opening = { turn: 0, text: 'Hi.', state: 'guarded' as const, meters: { trust: 20, openness: 10 } };
const state = (at: number) =>
  ({ at, nested: { list: [1, 2.5, 'three'], flag: true } }) as unknown as EngineState;
const debrief = (outcome: Debrief['outcome']) => ({ outcome, turns: 1 }) as unknown as Debrief;

export const session = (id: string, overrides: Partial<NewSession> = {}): NewSession => ({
  id,
  personaId: 'maya',
  seed: 4_000_000_000,
  tokenHash: 'ab'.repeat(32),
  startedAt: 1_700_000_000_123,
  opening,
  state: state(0),
  ...overrides,
});

export const turn = (n: number): TurnRow => ({
  turn: n,
  said: `line ${n}\nwith a break`,
  at: 1_700_000_001_000 + n,
  analysis: { moves: ['open_question'], details: [], stems: [], sentiment: 0.5, wordCount: 3 } as never,
  reply: { ...opening, turn: n, text: `reply ${n}`, meters: { trust: 20 + n + 0.25, openness: 11.5 } },
});

/**
 * The behaviour every store must have, whatever database is under it: the session service relies
 * on exactly this. Run by sqliteStore.test.ts and postgresStore.test.ts.
 */
export function storeContract(open: () => Promise<OpenedForTest>): void {
  let opened: OpenedForTest | undefined;
  const fresh = async () => {
    opened = await open();
    return opened.store;
  };
  afterEach(async () => {
    await opened?.cleanup();
    opened = undefined;
  });

  it('creates a session and reads it back as it was given, open and with no reply pending', async () => {
    const store = await fresh();
    await store.createSession(session('s1'));
    expect(await store.getSession('s1')).toEqual({
      ...session('s1'),
      replyDueAt: 0,
      hintsUsed: 0,
      rewinds: 0,
    });
    expect(await store.getSession('nobody')).toBeUndefined();
    expect(await store.listTurns('s1')).toEqual([]);
    expect(await store.getDebrief('s1')).toBeUndefined();
  });

  it('refuses a second session with the same id', async () => {
    const store = await fresh();
    await store.createSession(session('s1'));
    await expect(store.createSession(session('s1'))).rejects.toThrow();
  });

  it('gives work no session for an unknown id, and commits nothing', async () => {
    const store = await fresh();
    const seen = await store.withSession('nobody', async (tx) => tx);
    expect(seen).toBeUndefined();
  });

  it('records turns with the state after them, oldest first, and keeps them across a reopen', async () => {
    const store = await fresh();
    await store.createSession(session('s1'));
    for (const n of [1, 2]) {
      await store.withSession('s1', async (tx) => tx!.recordTurn(turn(n), state(n), 1_700_000_009_000 + n));
    }
    expect(await store.listTurns('s1')).toEqual([turn(1), turn(2)]);
    expect(await store.getSession('s1')).toMatchObject({ state: state(2), replyDueAt: 1_700_000_009_002 });
    const again = await opened!.reopen();
    expect(await again.listTurns('s1')).toEqual([turn(1), turn(2)]);
    expect((await again.getSession('s1'))?.state).toEqual(state(2));
  });

  it('shows work the turns it recorded itself, before the commit', async () => {
    const store = await fresh();
    await store.createSession(session('s1'));
    const seen = await store.withSession('s1', async (tx) => {
      await tx!.recordTurn(turn(1), state(1), 0);
      return (await tx!.listTurns()).map((t) => t.turn);
    });
    expect(seen).toEqual([1]);
  });

  it('refuses a turn number already stored, keeping the state of the last committed turn', async () => {
    const store = await fresh();
    await store.createSession(session('s1'));
    await store.withSession('s1', async (tx) => tx!.recordTurn(turn(1), state(1), 0));
    await expect(
      store.withSession('s1', async (tx) => tx!.recordTurn(turn(1), state(99), 0)),
    ).rejects.toThrow();
    expect(await store.listTurns('s1')).toHaveLength(1);
    expect((await store.getSession('s1'))?.state).toEqual(state(1));
  });

  it('rolls back every write of work that throws', async () => {
    const store = await fresh();
    await store.createSession(session('s1'));
    await store.withSession('s1', async (tx) => tx!.recordTurn(turn(1), state(1), 0));
    await expect(
      store.withSession('s1', async (tx) => {
        await tx!.recordTurn(turn(2), state(2), 5);
        await tx!.endSession({ reason: 'walkout', state: state(2), debrief: debrief('walkout'), at: 9 });
        throw new Error('the debrief could not be built');
      }),
    ).rejects.toThrow('the debrief could not be built');
    expect((await store.listTurns('s1')).map((t) => t.turn)).toEqual([1]);
    expect(await store.getSession('s1')).toMatchObject({ state: state(1), replyDueAt: 0 });
    expect((await store.getSession('s1'))?.endReason).toBeUndefined();
    expect(await store.getDebrief('s1')).toBeUndefined();
    // And the session is not left locked.
    await store.withSession('s1', async (tx) => tx!.recordTurn(turn(2), state(2), 0));
    expect((await store.getSession('s1'))?.state).toEqual(state(2));
  });

  it('ends a session once: its reason, time, final state and debrief', async () => {
    const store = await fresh();
    await store.createSession(session('s1'));
    const first = await store.withSession('s1', (tx) =>
      tx!.endSession({
        reason: 'trainee',
        state: state(3),
        debrief: debrief('trainee'),
        at: 1_700_000_050_000,
      }),
    );
    const second = await store.withSession('s1', (tx) =>
      tx!.endSession({
        reason: 'time-limit',
        state: state(4),
        debrief: debrief('time-limit'),
        at: 1_700_000_060_000,
      }),
    );
    expect([first, second]).toEqual([true, false]);
    expect(await store.getSession('s1')).toMatchObject({
      endReason: 'trainee',
      endedAt: 1_700_000_050_000,
      state: state(3),
    });
    expect(await store.getDebrief('s1')).toEqual(debrief('trainee'));
  });

  it('serialises concurrent work on one session: each sees the last one’s commit', async () => {
    const store = await fresh();
    await store.createSession(session('s1', { state: state(0) }));
    // Each reads the turn count from the state it is given and records the next turn: without
    // serialisation two would read the same count and one would fail on the duplicate turn.
    const next = () =>
      store.withSession('s1', async (tx) => {
        const n = (tx!.row.state as unknown as { at: number }).at + 1;
        await new Promise((r) => setTimeout(r, 2));
        await tx!.recordTurn(turn(n), state(n), 0);
        return n;
      });
    const done = await Promise.all(Array.from({ length: 8 }, next));
    expect([...done].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await store.listTurns('s1')).map((t) => t.turn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('ends a session once when several try at the same moment', async () => {
    const store = await fresh();
    await store.createSession(session('s1'));
    const attempts = await Promise.all(
      (['time-limit', 'time-limit', 'trainee'] as const).map((reason, i) =>
        store.withSession('s1', (tx) =>
          tx!.endSession({ reason, state: state(i), debrief: debrief(reason), at: i }),
        ),
      ),
    );
    expect(attempts.filter(Boolean)).toHaveLength(1);
  });

  it('rewinds: sets the turns from one on aside as an attempt, keeps the rest, and takes the state given', async () => {
    const store = await fresh();
    await store.createSession(session('s1'));
    for (const n of [1, 2, 3])
      await store.withSession('s1', async (tx) => tx!.recordTurn(turn(n), state(n), 7));
    await store.withSession('s1', async (tx) => tx!.rewind(2, state(1)));
    expect((await store.listTurns('s1')).map((t) => t.turn)).toEqual([1]);
    expect(await store.getSession('s1')).toMatchObject({ state: state(1), rewinds: 1, replyDueAt: 0 });
    // The retried turn 2 is then said again, and rewound once more.
    await store.withSession('s1', async (tx) => tx!.recordTurn({ ...turn(2), said: 'better' }, state(2), 0));
    await store.withSession('s1', async (tx) => tx!.rewind(2, state(1)));
    const aside = await store.listAbandoned('s1');
    expect(aside.map((t) => [t.attempt, t.turn, t.said])).toEqual([
      [1, 2, turn(2).said],
      [1, 3, turn(3).said],
      [2, 2, 'better'],
    ]);
    expect(aside[0]).toEqual({ ...turn(2), attempt: 1 });
    const again = await opened!.reopen();
    expect(await again.getSession('s1')).toMatchObject({ rewinds: 2 });
    expect(await again.listAbandoned('s1')).toHaveLength(3);
  });

  it('counts hints, and keeps where a later session came from', async () => {
    const store = await fresh();
    const from = {
      disclosed: ['a'],
      trust: 40,
      openness: 30,
      baseline: 20,
      ended: 'trainee' as const,
      withdrawn: false,
      sessions: 1,
    };
    await store.createSession(session('s2', { continuedFrom: 's1', continuation: from }));
    await store.withSession('s2', (tx) => tx!.countHint());
    await store.withSession('s2', (tx) => tx!.countHint());
    expect(await store.getSession('s2')).toMatchObject({
      hintsUsed: 2,
      continuedFrom: 's1',
      continuation: from,
    });
    const again = await opened!.reopen();
    expect(await again.getSession('s2')).toMatchObject({ hintsUsed: 2, continuation: from });
  });

  it('answers a readiness ping', async () => {
    const store = await fresh();
    await expect(store.ping()).resolves.toBeUndefined();
  });
}
