import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Runs a CLI whose reader goes away before it writes, as `npm run personas:test | head` does
 * once head has its lines; resolves with what it printed on stderr and its exit code.
 */
function runWithClosedStdout(
  script: string,
  args: string[] = [],
): Promise<{ stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ stderr, code }));
  });
}

describe('persona CLIs piped into a reader that stops early', () => {
  it('personas:test stops quietly', async () => {
    const { stderr } = await runWithClosedStdout('server/cli/personasTest.ts', ['--verbose']);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });

  it('probe stops quietly', async () => {
    const { stderr } = await runWithClosedStdout('scripts/probe.ts', ['personas/maya.yaml']);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });

  it('personas:check stops quietly', async () => {
    const { stderr } = await runWithClosedStdout('server/cli/personasCheck.ts');
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });
});
