import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function runScore(input: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/score.ts'], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { ...result, lines: result.stdout.split('\n').filter((l) => l !== '') };
}

describe('the score CLI', () => {
  it('writes one JSON line per input line, in order, and nothing else', () => {
    const input = [
      JSON.stringify({ text: 'What brings you here today?' }),
      JSON.stringify({ text: 'You feel angry and let down.', previous: 'My brother lied to me again.' }),
      JSON.stringify({ text: 'You should just leave him.' }),
    ].join('\n');
    const { lines, status } = runScore(`${input}\n`);
    expect(status).toBe(0);
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => JSON.parse(l) as { moves: string[]; details: { move: string }[] });
    expect(parsed[0]?.moves).toContain('open_question');
    expect(parsed[1]?.moves).toContain('empathy');
    expect(parsed[2]?.moves).toContain('advice');
    for (const p of parsed) expect(Object.keys(p).sort()).toEqual(['details', 'moves']);
  });

  it('answers a bad line with an error on that line and carries on', () => {
    const input = [
      'not json',
      JSON.stringify({ txt: 'hi' }),
      '',
      JSON.stringify({ text: 'Take your time.' }),
    ].join('\n');
    const { lines, status } = runScore(`${input}\n`);
    expect(status).toBe(0);
    expect(lines).toHaveLength(4);
    const parsed = lines.map((l) => JSON.parse(l) as { error?: string; moves?: string[] });
    expect(parsed[0]?.error).toMatch(/JSON/);
    expect(parsed[1]?.error).toMatch(/text/);
    expect(parsed[2]?.error).toMatch(/Empty line/);
    expect(parsed[3]?.moves).toEqual(['giving_space']);
  });

  it('passes the cue through as context', () => {
    const { lines } = runScore(
      `${JSON.stringify({ text: "You're looking at the floor.", cue: '*looks at the floor*' })}\n`,
    );
    expect((JSON.parse(lines[0] ?? '{}') as { moves: string[] }).moves).toContain('noticing_nonverbal');
  });
});
