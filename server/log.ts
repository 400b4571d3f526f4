/** A small namespaced logger writing to stderr, so stdout stays free for CLIs. */
export interface Logger {
  debug(message: string, extra?: unknown): void;
  info(message: string, extra?: unknown): void;
  warn(message: string, extra?: unknown): void;
  error(message: string, extra?: unknown): void;
  child(namespace: string): Logger;
}

const ORDER = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = keyof typeof ORDER;

/** Creates a logger that prints lines at or above `level` as `time level [namespace] message`. */
export function createLogger(namespace = 'rapport', level: LogLevel = 'info'): Logger {
  const write = (at: Exclude<LogLevel, 'silent'>, message: string, extra?: unknown) => {
    if (ORDER[at] < ORDER[level]) return;
    const detail =
      extra === undefined
        ? ''
        : ` ${extra instanceof Error ? (extra.stack ?? extra.message) : JSON.stringify(extra)}`;
    process.stderr.write(`${new Date().toISOString()} ${at} [${namespace}] ${message}${detail}\n`);
  };
  return {
    debug: (m, e) => write('debug', m, e),
    info: (m, e) => write('info', m, e),
    warn: (m, e) => write('warn', m, e),
    error: (m, e) => write('error', m, e),
    child: (ns) => createLogger(`${namespace}:${ns}`, level),
  };
}

/** A logger that prints nothing (tests). */
export const silentLogger: Logger = createLogger('test', 'silent');
