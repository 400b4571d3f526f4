import { describe, expect, it } from 'vitest';
import { createReview, CSV_HEADER } from '../../../server/course/review.js';
import { openSqliteStore } from '../../../server/store/sqliteStore.js';
import { shippedPersonas } from '../testServer.js';
import { session } from '../store/storeContract.js';

const store = openSqliteStore(':memory:');

describe('the CSV export', () => {
  it('has every session, read page by page, newest first, even sessions that started together', async () => {
    // 600 sessions, two to each start time: more than two pages of 250, ties across page ends.
    for (let i = 0; i < 600; i++) {
      await store.createSession(
        session(`s${String(i).padStart(3, '0')}`, {
          startedAt: 1_000_000 + Math.floor(i / 2),
          trainee: `T${i % 7}`,
        }),
      );
    }
    const educator = (await store.course.addEducator('t@example.ac.uk', 'h', 0))!;
    const review = createReview({ store, personas: shippedPersonas(), clock: Date.now, sessionMinutes: 60 });
    const csv = await review.csv(educator, {});
    const ids = csv
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[CSV_HEADER.indexOf('session_id')]);
    expect(ids).toHaveLength(600);
    expect(new Set(ids).size).toBe(600);
    expect(ids.slice(0, 3)).toEqual(['s599', 's598', 's597']);
    expect(ids.at(-1)).toBe('s000');
    const filtered = await review.csv(educator, { trainee: 't3' });
    const t3 = Array.from({ length: 600 }, (_, n) => n).filter((n) => n % 7 === 3).length;
    expect(filtered.trimEnd().split('\r\n')).toHaveLength(1 + t3);
  });
});
