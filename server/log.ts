import { createRequire } from 'node:module';
import pino from 'pino';

/**
 * A small namespaced logger over pino, writing to stderr so stdout stays free for the address
 * line and the CLIs. `extra` may be an Error (logged as `err`, with its stack) or an object of
 * fields.
 */
export interface Logger {
  debug(message: string, extra?: unknown): void;
  info(message: string, extra?: unknown): void;
  warn(message: string, extra?: unknown): void;
  error(message: string, extra?: unknown): void;
  child(namespace: string): Logger;
  /** The pino logger underneath, for pino-http's access log. */
  readonly pino: pino.Logger;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFormat = 'json' | 'pretty';

function fields(extra: unknown): object {
  if (extra === undefined) return {};
  if (extra instanceof Error) return { err: extra };
  if (extra && typeof extra === 'object' && !Array.isArray(extra)) return extra;
  return { detail: extra };
}

function wrap(base: pino.Logger, namespace: string): Logger {
  const log = base.child({ ns: namespace });
  return {
    debug: (m, e) => log.debug(fields(e), m),
    info: (m, e) => log.info(fields(e), m),
    warn: (m, e) => log.warn(fields(e), m),
    error: (m, e) => log.error(fields(e), m),
    // A fresh child of the root with the whole name: pino would repeat an `ns` key per level.
    child: (ns) => wrap(base, `${namespace}:${ns}`),
    pino: log,
  };
}

/**
 * pino-pretty is a development dependency: a production install (`npm prune --omit=dev`) does
 * not have it, and then the logs stay JSON rather than the server failing to start.
 */
function prettyStream(): pino.DestinationStream | undefined {
  try {
    const pretty = createRequire(import.meta.url)('pino-pretty') as (
      options: object,
    ) => pino.DestinationStream;
    return pretty({ destination: 2, sync: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss.l' });
  } catch {
    return undefined;
  }
}

/**
 * Creates the root logger: JSON lines on stderr (one object per line, for a log collector), or
 * coloured lines for a person at a terminal (`pretty`).
 */
export function createLogger(
  options: {
    level?: LogLevel;
    format?: LogFormat;
    namespace?: string;
    destination?: pino.DestinationStream;
  } = {},
): Logger {
  const { level = 'info', format = 'json', namespace = 'rapport' } = options;
  const stream =
    options.destination ??
    (format === 'pretty' ? prettyStream() : undefined) ??
    // Synchronous: a line logged just before a crash is not lost in a buffer.
    pino.destination({ dest: 2, sync: true });
  const base = pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Levels by name, not pino's numbers: easier to read and to filter.
      formatters: { level: (label) => ({ level: label }) },
    },
    stream,
  );
  return wrap(base, namespace);
}

/** A logger that prints nothing (tests). */
export const silentLogger: Logger = createLogger({ level: 'silent' });
