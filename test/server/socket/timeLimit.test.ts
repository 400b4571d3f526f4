import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchTimeLimit } from '../../../server/socket/timeLimit.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A watcher whose sessions all have a limit of `minutes`. */
function watcher(minutes: number, busy = new Set<string>()) {
  const ended: string[] = [];
  const watch = watchTimeLimit({
    clock: Date.now,
    isBusy: (id) => busy.has(id),
    timeUp: (id) => ended.push(id),
  });
  const limit = {
    arm: (id: string, startedAt: number) => watch.arm(id, startedAt, minutes),
    isUp: (startedAt: number) => watch.isUp(startedAt, minutes),
    clear: () => watch.clear(),
  };
  return { limit, watch, ended, busy };
}

describe('the time-limit watcher', () => {
  it('ends the session when its limit passes, counting from its start', () => {
    const { limit, ended } = watcher(1);
    limit.arm('s1', Date.now() - 20_000); // started 20 s ago: 40 s to go
    vi.advanceTimersByTime(39_999);
    expect(ended).toEqual([]);
    expect(limit.isUp(Date.now() - 59_999)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(ended).toEqual(['s1']);
  });

  it('ends at once a session whose limit passed before it was armed (a resume after the limit)', () => {
    const { limit, ended } = watcher(1);
    limit.arm('s1', Date.now() - 120_000);
    vi.advanceTimersByTime(0);
    expect(ended).toEqual(['s1']);
  });

  it('waits for a turn in flight, then ends', () => {
    const { limit, ended, busy } = watcher(1);
    busy.add('s1');
    limit.arm('s1', Date.now());
    vi.advanceTimersByTime(60_000);
    expect(ended).toEqual([]);
    busy.delete('s1');
    vi.advanceTimersByTime(50);
    expect(ended).toEqual(['s1']);
  });

  it('watches one session at a time, and nothing once cleared', () => {
    const { limit, ended } = watcher(1);
    limit.arm('old', Date.now());
    limit.arm('new', Date.now() + 30_000);
    vi.advanceTimersByTime(60_000);
    expect(ended).toEqual([]);
    vi.advanceTimersByTime(30_000);
    expect(ended).toEqual(['new']);
    limit.arm('again', Date.now());
    limit.clear();
    vi.advanceTimersByTime(120_000);
    expect(ended).toEqual(['new']);
  });

  it('has no limit at 0 minutes, and re-arms a limit longer than a timer can hold', () => {
    const none = watcher(0);
    none.limit.arm('s1', Date.now());
    vi.advanceTimersByTime(10 * 24 * 3_600_000);
    expect(none.ended).toEqual([]);
    expect(none.limit.isUp(0)).toBe(false);

    const long = watcher(30 * 24 * 60); // 30 days: past setTimeout's ~24.8-day ceiling
    long.limit.arm('s1', Date.now());
    vi.advanceTimersByTime(29 * 24 * 3_600_000);
    expect(long.ended).toEqual([]);
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(long.ended).toEqual(['s1']);
  });

  it('takes each session’s own limit: an assignment’s, or none', () => {
    const { watch, ended } = watcher(60);
    watch.arm('short', Date.now(), 0.5);
    vi.advanceTimersByTime(30_000);
    expect(ended).toEqual(['short']);
    watch.arm('unlimited', Date.now(), null);
    vi.advanceTimersByTime(10 * 24 * 3_600_000);
    expect(ended).toEqual(['short']);
    expect(watch.isUp(0, null)).toBe(false);
    expect(watch.isUp(Date.now() - 30_000, 0.5)).toBe(true);
  });
});
