import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'personas-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `personas:test` as the npm script does; resolves with its exit code and output. */
async function personasTest(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run('node_modules/.bin/tsx', ['server/cli/personasTest.ts', ...args]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

// A newcomer's draft outside personas/ (a copy of Daniel as 'ruth') and a golden file for it.
const draft = join(dir, 'ruth.yaml');
const golden = join(dir, 'ruth.golden.yaml');
writeFileSync(draft, readFileSync('personas/daniel.yaml', 'utf8').replace(/^id: daniel$/m, 'id: ruth'));
writeFileSync(
  golden,
  [
    'persona: ruth',
    'seed: 1',
    'transcripts:',
    '  - name: a draft answers on its subject',
    '    turns:',
    '      - say: "What do you do for a living?"',
    '        from: answers.work',
  ].join('\n'),
);

describe('personas:test', () => {
  it('runs a golden file against a draft persona named before it', async () => {
    const { code, stdout } = await personasTest('--verbose', draft, golden);
    expect(stdout).toContain('pass  ruth: a draft answers on its subject');
    expect(stdout).toMatch(/trainee: What do you do for a living\?\n\s+client: .*\(from answers\.work\./);
    expect(code).toBe(0);
  });

  it('shows its usage for --help, and refuses an option it does not have', async () => {
    const help = await personasTest('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(
      /^npm run personas:test -- \[--verbose\] \[persona files…\] \[golden files…\]\n/,
    );
    const wrong = await personasTest('--json', golden);
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe(`--json is not an option of personas:test.\n${help.stdout}`);
  });

  it('says how to name a persona that is not in personas/', async () => {
    const { code, stdout } = await personasTest(golden);
    expect(stdout.trim()).toBe(
      `${golden}: persona: 'ruth' is not in personas/: name its file before the golden file (npm run personas:test -- drafts/ruth.yaml ${golden}), or check the id`,
    );
    expect(code).toBe(1);
  });
});
