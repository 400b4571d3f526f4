import path from 'node:path';

/** Runtime settings, read once from the environment (see the README's configuration table). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  personasDir: string;
  /** Simulated typing pause before each client reply; off in tests and benchmarks. */
  typingDelay: boolean;
  /** Ends a session after this many minutes (0 = no limit). */
  sessionMinutes: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

function intFrom(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got '${value}'.`);
  }
  return n;
}

/** A number of minutes, fractions allowed ("0.5" is thirty seconds). */
function minutesFrom(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > max) {
    throw new Error(`${name} must be a number of minutes from 0 to ${max}, got '${value}'.`);
  }
  return n;
}

/** Reads the configuration; throws a plain-English error on a bad value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const level = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(level)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${env.LOG_LEVEL}'.`);
  }
  return {
    port: intFrom('PORT', env.PORT, 3000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || 'data'),
    personasDir: path.resolve(cwd, env.PERSONAS_DIR?.trim() || 'personas'),
    typingDelay: (env.TYPING_DELAY ?? 'on').trim().toLowerCase() !== 'off',
    sessionMinutes: minutesFrom('SESSION_MINUTES', env.SESSION_MINUTES, 60, 24 * 60),
    logLevel: level,
  };
}
