import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMove } from '../../../contract/moves.js';
import { analyse } from '../../../engine/analysis/analyse.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the Analysis contract', () => {
  it('lists each move once, strongest first, with strength 0–1, evidence, a rule and a reason', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.option(fc.string({ maxLength: 120 }), { nil: undefined }),
        (text, previous) => {
          const a = analyse(text, previous === undefined ? {} : { previous });
          expect(new Set(a.moves).size).toBe(a.moves.length);
          expect(a.details.map((d) => d.move)).toEqual(a.moves);
          for (let i = 0; i < a.details.length; i++) {
            const d = a.details[i]!;
            expect(isMove(d.move)).toBe(true);
            expect(d.strength).toBeGreaterThan(0);
            expect(d.strength).toBeLessThanOrEqual(1);
            expect(d.rule).toMatch(/^[a-z-]+\.[a-z-]+$/);
            expect(d.reason.length).toBeGreaterThan(0);
            if (i > 0) expect(d.strength).toBeLessThanOrEqual(a.details[i - 1]!.strength);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads words named like Object.prototype's members as plain words", () => {
    // Contraction tables are looked up by the typed word: "constructor" once found a function there.
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const a = analyse(`Is it the ${word}? I can't say ${word}'s right.`, { previous: word });
      expect(a.tokens).toContain(word.toLowerCase());
      expect(a.tokens).toContain('not');
      expect(a.tokens?.every((t) => typeof t === 'string')).toBe(true);
    }
  });

  it('is deterministic', () => {
    const text = 'It sounds like you feel let down. What happened next?';
    expect(analyse(text, { previous: 'Nobody came.' })).toEqual(analyse(text, { previous: 'Nobody came.' }));
  });

  it('reports Porter stems, word count and negation-aware sentiment', () => {
    const a = analyse("You don't seem happy about the feelings you're having.");
    expect(a.stems).toEqual(expect.arrayContaining(['feel', 'happi']));
    expect(a.wordCount).toBe(11);
    expect(a.sentiment).toBeLessThan(0);
    expect(analyse('That is a wonderful, brave step.').sentiment).toBeGreaterThan(0);
  });

  it('loads without printing anything and without a database driver', () => {
    const probe = [
      "await import('./engine/analysis/analyse.ts');",
      "const { createRequire } = await import('node:module');",
      'const cache = Object.keys(createRequire(import.meta.url).cache);',
      'const bad = cache.filter((k) => /sqlite|[\\\\/](pg|mongodb|redis|mysql2?|dotenv)[\\\\/]/.test(k));',
      'process.stderr.write(JSON.stringify(bad));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], {
      cwd: root,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(run.stderr || '[]')).toEqual([]);
  });
});
