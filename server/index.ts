import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { ensurePageBuilt } from './buildPage.js';
import { readConfig } from './config.js';
import { naturalTypingDelay } from './deps.js';
import { createLogger } from './log.js';
import { watchPersonas } from './personaWatch.js';
import { loadPersonaDir } from './personas/loadPersonas.js';
import { openSqliteStore } from './store/sqliteStore.js';

// Wires the real dependencies and listens; everything else lives in createApp.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = readConfig();
const log = createLogger('rapport', config.logLevel);

const { personas, errors } = loadPersonaDir(config.personasDir);
for (const e of errors) log.warn(`persona file skipped: ${e.message}`);
if (personas.size === 0) log.warn(`no valid personas in ${config.personasDir}`);
const stopWatching =
  process.env.WATCH_PERSONAS === 'on'
    ? watchPersonas(config.personasDir, personas, log.child('personas'))
    : () => {};

const staticDir = process.env.SERVE_PAGE === 'off' ? undefined : await ensurePageBuilt(root, log);
const store = openSqliteStore(path.join(config.dataDir, 'rapport.sqlite'));
const rapport = createApp({
  personas,
  store,
  clock: Date.now,
  rng: Math.random,
  logger: log,
  typingDelayMs: config.typingDelay ? naturalTypingDelay : () => 0,
  sessionMinutes: config.sessionMinutes,
  ...(staticDir ? { staticDir } : {}),
});

rapport.httpServer.listen(config.port, config.host, () => {
  const address = rapport.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // The one line on stdout: the address to open (tests and scripts read it).
  process.stdout.write(`Rapport is running at http://${config.host}:${port}/\n`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: finishing writes and closing`);
  stopWatching();
  await rapport.close();
  store.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
