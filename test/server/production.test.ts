import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './childServer.js';

// The README's production sequence, in a copy of the project: `npm run build`, `npm prune
// --omit=dev`, then `NODE_ENV=production npm start`. The copy has the project's files (as in the
// working tree, uncommitted ones too) and a copy of node_modules, so nothing is downloaded.
let copy: string;
let server: ChildProcess | undefined;
let url = '';
let stderr = '';

const npm = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync('npm', args, { cwd: copy, env: { ...process.env, ...env }, stdio: 'pipe', encoding: 'utf8' });

beforeAll(async () => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-production-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && fs.existsSync(path.join(ROOT, f)));
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(copy, f));
  }
  fs.cpSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), {
    recursive: true,
    verbatimSymlinks: true,
  });

  npm(['run', 'build']);
  npm(['prune', '--omit=dev', '--no-audit', '--no-fund']);

  server = spawn('npm', ['start'], {
    cwd: copy,
    // Its own process group, so the whole chain (npm, tsx, node) can be stopped together.
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: path.join(copy, 'data'),
      LOG_FORMAT: '',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`no address within 30 s:\n${stderr}`)), 30_000);
    server!.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${stderr}`)));
    server!.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = /Rapport is running at (http:\/\/\S+?)\/?\n/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
}, 180_000);

afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    process.kill(-server.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
  }
  // A copy of node_modules is thousands of files: removing it takes a while on a busy disk.
  fs.rmSync(copy, { recursive: true, force: true });
}, 60_000);

describe('a production install (build, prune, NODE_ENV=production npm start)', () => {
  it('has no development tools: no vite, no pino-pretty, no vitest', () => {
    for (const dev of ['vite', 'pino-pretty', 'vitest', 'typescript']) {
      expect(fs.existsSync(path.join(copy, 'node_modules', dev)), dev).toBe(false);
    }
  });

  it('serves the prebuilt page, its scripts compressed', async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(`${url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('content-encoding')).toBe('gzip');
  });

  it('is ready, lists the personas, and logs JSON lines', async () => {
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ ok: true, store: 'sqlite' });
    expect(((await (await fetch(`${url}/api/personas`)).json()) as unknown[]).length).toBeGreaterThan(0);
    const lines = stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.parse(lines[0]!), stderr).toMatchObject({ level: 'info', ns: 'rapport' });
    expect(stderr).not.toMatch(/building the page|older than its sources/);
  });
});
