import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sessionTable } from '../../scripts/docs/sessionTable.js';

describe('the persona guide’s session table', () => {
  it('is the engine’s own figures for Daniel’s golden good path (npx tsx scripts/docs-session-table.ts)', () => {
    const guide = readFileSync('docs/personas.md', 'utf8');
    expect(sessionTable(guide)).toBe(guide);
  });
});
