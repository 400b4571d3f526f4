// First, before any other module is evaluated: V8's settings for the server (see v8Flags.ts).
import './v8Flags.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reachableUrls } from './addresses.js';
import { createApp } from './app.js';
import { pageToServe } from './buildPage.js';
import { type Config, readConfig } from './config.js';
import { naturalTypingDelay } from './deps.js';
import { createLogger } from './log.js';
import { watchPersonas } from './personaWatch.js';
import { loadPersonaDir } from './personas/loadPersonas.js';
import { shutDown } from './shutdown.js';
import { openStore } from './store/openStore.js';

// Wires the real dependencies and listens; everything else lives in createApp.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let config: Config;
try {
  config = readConfig(process.env, process.cwd(), { stderrIsTTY: process.stderr.isTTY === true });
} catch (err) {
  // Before there is a logger: the sentences as they are, one per bad variable.
  process.stderr.write(`Rapport cannot start; fix its environment:\n${(err as Error).message}\n`);
  process.exit(1);
}
const log = createLogger({ level: config.logLevel, format: config.logFormat });

/** Stops with a sentence for the operator (a problem they can fix), not a stack trace. */
function refuse(err: unknown): never {
  log.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}

const { personas, errors } = loadPersonaDir(config.personasDir);
for (const e of errors) log.warn(`persona file skipped: ${e.message}`);
if (personas.size === 0) log.warn(`no valid personas in ${config.personasDir}`);
const stopWatching = config.watchPersonas
  ? watchPersonas(config.personasDir, personas, log.child('personas'))
  : () => {};

const staticDir = config.servePage
  ? await pageToServe(root, { production: config.production, log }).catch(refuse)
  : undefined;
const { store, adapter, description } = await openStore(config, log).catch(refuse);
log.info(`sessions are kept in ${description}`);

const rapport = createApp({
  personas,
  store,
  clock: Date.now,
  rng: Math.random,
  logger: log,
  typingDelayMs: config.typingDelay ? naturalTypingDelay : () => 0,
  sessionMinutes: config.sessionMinutes,
  rateLimit: config.rateLimit,
  trustProxy: config.trustProxy,
  ...(adapter ? { adapter } : {}),
  ...(staticDir ? { staticDir } : {}),
});

rapport.httpServer.on('error', (err) =>
  refuse(`Cannot listen on ${config.host}:${config.port}: ${err.message}`),
);
rapport.httpServer.listen(config.port, config.host, () => {
  const address = rapport.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const urls = reachableUrls(config.host, port);
  // The first line on stdout is the address to open (tests and scripts read it).
  process.stdout.write(`Rapport is running at ${urls.local}\n`);
  if (urls.network.length > 0) {
    process.stdout.write(`Others on the network can open:\n${urls.network.map((u) => `  ${u}\n`).join('')}`);
  }
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: finishing replies in progress and closing`);
  stopWatching();
  const code = await shutDown(
    {
      drain: () => {
        rapport.drain();
        // No new connections; the open ones finish what they are doing first.
        rapport.httpServer.close();
      },
      settle: () => rapport.service.idle(),
      close: async () => {
        await rapport.close();
        await store.close();
      },
    },
    config.shutdownTimeoutMs,
    log,
  );
  process.exit(code);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
