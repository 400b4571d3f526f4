import path from 'node:path';
import { z } from 'zod';
import type { LogFormat, LogLevel } from './log.js';

/** Runtime settings, read once from the environment (see the README's configuration table). */
export interface Config {
  production: boolean;
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL instead of SQLite in dataDir, when set. */
  databaseUrl: string | undefined;
  personasDir: string;
  /** Simulated typing pause before each client reply; off in tests and benchmarks. */
  typingDelay: boolean;
  /** Ends a session after this many minutes (0 = no limit). */
  sessionMinutes: number;
  logLevel: LogLevel;
  logFormat: LogFormat;
  servePage: boolean;
  watchPersonas: boolean;
  /** How long a graceful shutdown may take before the process exits anyway. */
  shutdownTimeoutMs: number;
  rateLimit: { burst: number; perSecond: number };
  /** Express's `trust proxy` setting: false, a number of hops, or which proxies to believe. */
  trustProxy: false | number | string;
}

/** Unset and blank are the same: the default applies. */
const text = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

function number(
  name: string,
  options: { min: number; max: number; fallback: number; whole: boolean; unit?: string },
) {
  const { min, max, fallback, whole, unit } = options;
  const expected = whole
    ? `a whole number${unit ? ` of ${unit}` : ''}`
    : `a number${unit ? ` of ${unit}` : ''}`;
  return text.transform((v, ctx) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || (whole && !Number.isInteger(n)) || n < min || n > max) {
      ctx.addIssue({
        code: 'custom',
        message: `${name} must be ${expected} from ${min} to ${max}, got '${v}'.`,
      });
      return z.NEVER;
    }
    return n;
  });
}

const ON = ['on', 'true', 'yes', '1'];
const OFF = ['off', 'false', 'no', '0'];
function toggle(name: string, fallback: boolean) {
  return text.transform((v, ctx) => {
    if (v === undefined) return fallback;
    if (ON.includes(v.toLowerCase())) return true;
    if (OFF.includes(v.toLowerCase())) return false;
    ctx.addIssue({ code: 'custom', message: `${name} must be on or off, got '${v}'.` });
    return z.NEVER;
  });
}

function choice<const T extends string>(name: string, values: readonly T[]) {
  return text.transform((v, ctx) => {
    if (v === undefined) return undefined;
    if ((values as readonly string[]).includes(v)) return v as T;
    ctx.addIssue({ code: 'custom', message: `${name} must be one of ${values.join(', ')}, got '${v}'.` });
    return z.NEVER;
  });
}

/**
 * Every environment variable the server reads, with its default and the sentence a wrong value
 * gets. `.env.example` lists the same names (a test keeps the two together).
 */
export const ENV_SCHEMA = z.object({
  NODE_ENV: choice('NODE_ENV', ['development', 'production', 'test'] as const),
  PORT: number('PORT', { min: 0, max: 65535, fallback: 3000, whole: true }),
  HOST: text,
  DATA_DIR: text,
  DATABASE_URL: text.transform((v, ctx) => {
    if (v === undefined || /^postgres(ql)?:\/\//.test(v)) return v;
    ctx.addIssue({
      code: 'custom',
      message:
        'DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database), or unset for SQLite in DATA_DIR.',
    });
    return z.NEVER;
  }),
  PERSONAS_DIR: text,
  TYPING_DELAY: toggle('TYPING_DELAY', true),
  SESSION_MINUTES: number('SESSION_MINUTES', {
    min: 0,
    max: 24 * 60,
    fallback: 60,
    whole: false,
    unit: 'minutes',
  }),
  LOG_LEVEL: choice('LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const),
  LOG_FORMAT: choice('LOG_FORMAT', ['json', 'pretty'] as const),
  SERVE_PAGE: toggle('SERVE_PAGE', true),
  WATCH_PERSONAS: toggle('WATCH_PERSONAS', false),
  SHUTDOWN_TIMEOUT_SECONDS: number('SHUTDOWN_TIMEOUT_SECONDS', {
    min: 1,
    max: 600,
    fallback: 10,
    whole: false,
  }),
  RATE_LIMIT_BURST: number('RATE_LIMIT_BURST', { min: 1, max: 1_000_000, fallback: 10, whole: true }),
  RATE_LIMIT_PER_SECOND: number('RATE_LIMIT_PER_SECOND', {
    min: 0.01,
    max: 1_000_000,
    fallback: 2,
    whole: false,
  }),
  TRUST_PROXY: text,
});

/** Express takes a number of hops as a number; a string is a list of addresses or names. */
function trustProxyFrom(value: string | undefined): Config['trustProxy'] {
  if (value === undefined || OFF.includes(value.toLowerCase())) return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Every variable the server reads. */
export const ENV_NAMES = Object.keys(ENV_SCHEMA.shape) as (keyof typeof ENV_SCHEMA.shape)[];

/**
 * Reads the configuration; throws one error listing every bad value, each in a sentence naming
 * the variable. Pretty logs are the default only for a person at a terminal outside production.
 */
export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
  { stderrIsTTY = false }: { stderrIsTTY?: boolean } = {},
): Config {
  const parsed = ENV_SCHEMA.safeParse(env);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => i.message).join('\n'));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    production,
    port: e.PORT,
    host: e.HOST ?? '127.0.0.1',
    dataDir: path.resolve(cwd, e.DATA_DIR ?? 'data'),
    databaseUrl: e.DATABASE_URL,
    personasDir: path.resolve(cwd, e.PERSONAS_DIR ?? 'personas'),
    typingDelay: e.TYPING_DELAY,
    sessionMinutes: e.SESSION_MINUTES,
    logLevel: e.LOG_LEVEL ?? 'info',
    logFormat: e.LOG_FORMAT ?? (!production && stderrIsTTY ? 'pretty' : 'json'),
    servePage: e.SERVE_PAGE,
    watchPersonas: e.WATCH_PERSONAS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    rateLimit: { burst: e.RATE_LIMIT_BURST, perSecond: e.RATE_LIMIT_PER_SECOND },
    trustProxy: trustProxyFrom(e.TRUST_PROXY),
  };
}
