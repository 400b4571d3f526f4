import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'personas-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `personas:check` as the npm script does; resolves with its exit code and output. */
async function check(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run('node_modules/.bin/tsx', ['server/cli/personasCheck.ts', ...args]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('personas:check', () => {
  it('passes the committed personas with exit 0', async () => {
    const { code, stdout } = await check();
    expect(code).toBe(0);
    expect(stdout).toMatch(/personas? ok/);
  });

  it('names the file, line and field of a bad value and exits 1', async () => {
    const file = join(dir, 'maya.yaml');
    writeFileSync(
      file,
      readFileSync('personas/maya.yaml', 'utf8').replace('  trust: 12', '  trust: very high'),
    );
    const { code, stdout } = await check(file);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /maya\.yaml line \d+, column 10: start\.trust must be a number from 0 to 100, got 'very high'/,
    );
  });

  it('shows its usage for --help, and refuses an option it does not have rather than read it as a file', async () => {
    const usage =
      'npm run personas:check -- [--json] [persona files…]\n  Checks the files named, or every persona in personas/. --json: one JSON line per file.\n';
    expect(await check('--help')).toEqual({ code: 0, stdout: usage });
    expect(await check('--verbose', 'personas/maya.yaml')).toEqual({
      code: 2,
      stdout: `--verbose is not an option of personas:check.\n${usage}`,
    });
  });

  it('prints one JSON line per file with --json', async () => {
    const { stdout } = await check('--json', 'personas/maya.yaml');
    expect(JSON.parse(stdout.trim())).toEqual({
      file: 'personas/maya.yaml',
      ok: true,
      errors: [],
      warnings: expect.any(Array),
    });
  });
});
