import { type ChildProcess, spawn } from 'node:child_process';

// Development: the server under `tsx watch` (restarts on change, page not served) and Vite with
// hot reload on its own port, proxying socket.io and the API to the server.
const children: ChildProcess[] = [];
function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    process.stderr.write(`[dev] ${name} exited (${code ?? 'signal'}); stopping.\n`);
    stop(code ?? 1);
  });
  children.push(child);
}
function stop(code: number) {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('server', 'npx', ['tsx', 'watch', '--clear-screen=false', 'server/index.ts'], {
  SERVE_PAGE: 'off',
  WATCH_PERSONAS: 'on',
});
run('vite', 'npx', ['vite', '--host', process.env.HOST ?? '127.0.0.1']);
