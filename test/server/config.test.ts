import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_NAMES, readConfig } from '../../server/config.js';

describe('the configuration', () => {
  it('has working defaults', () => {
    const c = readConfig({}, '/srv/rapport');
    expect(c).toEqual({
      production: false,
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.resolve('/srv/rapport', 'data'),
      databaseUrl: undefined,
      personasDir: path.resolve('/srv/rapport', 'personas'),
      typingDelay: true,
      sessionMinutes: 60,
      logLevel: 'info',
      logFormat: 'json',
      servePage: true,
      watchPersonas: false,
      shutdownTimeoutMs: 10_000,
      rateLimit: { burst: 10, perSecond: 2 },
      trustProxy: false,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: ' ', HOST: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      host: '127.0.0.1',
    });
  });

  it('takes the session limit in minutes, fractions included', () => {
    expect(readConfig({ SESSION_MINUTES: '0' }).sessionMinutes).toBe(0);
    expect(readConfig({ SESSION_MINUTES: '0.5' }).sessionMinutes).toBe(0.5);
    expect(readConfig({ SESSION_MINUTES: ' 45 ' }).sessionMinutes).toBe(45);
  });

  it('reads switches as on/off, true/false, yes/no or 1/0', () => {
    expect(readConfig({ TYPING_DELAY: 'off', SERVE_PAGE: 'false', WATCH_PERSONAS: 'YES' })).toMatchObject({
      typingDelay: false,
      servePage: false,
      watchPersonas: true,
    });
  });

  it('trusts a reverse proxy by name, address or number of hops, or none', () => {
    expect(readConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(readConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(readConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.2' }).trustProxy).toBe('10.0.0.1, 10.0.0.2');
    expect(readConfig({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
  });

  it('selects PostgreSQL with a postgres:// URL', () => {
    const url = 'postgres://rapport:secret@db.internal:5432/rapport';
    expect(readConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(readConfig({ DATABASE_URL: 'postgresql://localhost/rapport' }).databaseUrl).toBeDefined();
  });

  it('logs pretty only for a person at a terminal outside production, unless told', () => {
    expect(readConfig({}, '.', { stderrIsTTY: true }).logFormat).toBe('pretty');
    expect(readConfig({ NODE_ENV: 'production' }, '.', { stderrIsTTY: true }).logFormat).toBe('json');
    expect(readConfig({ LOG_FORMAT: 'pretty', NODE_ENV: 'production' }).logFormat).toBe('pretty');
  });

  it('refuses a bad value with a sentence naming the variable', () => {
    expect(() => readConfig({ SESSION_MINUTES: 'an hour' })).toThrow(
      "SESSION_MINUTES must be a number of minutes from 0 to 1440, got 'an hour'.",
    );
    expect(() => readConfig({ SESSION_MINUTES: '-1' })).toThrow(/SESSION_MINUTES/);
    expect(() => readConfig({ PORT: '3000.5' })).toThrow(/PORT must be a whole number/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of debug, info/);
    expect(() => readConfig({ TYPING_DELAY: 'sometimes' })).toThrow(
      "TYPING_DELAY must be on or off, got 'sometimes'.",
    );
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a PostgreSQL URL/);
  });

  it('lists every bad value at once, one sentence per line', () => {
    let message = '';
    try {
      readConfig({ PORT: 'eighty', NODE_ENV: 'staging', RATE_LIMIT_BURST: '0' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split('\n')).toEqual([
      "NODE_ENV must be one of development, production, test, got 'staging'.",
      "PORT must be a whole number from 0 to 65535, got 'eighty'.",
      "RATE_LIMIT_BURST must be a whole number from 1 to 1000000, got '0'.",
    ]);
  });

  it('is documented variable for variable in .env.example, whose values are all valid', () => {
    const example = fs.readFileSync(path.resolve(import.meta.dirname, '../../.env.example'), 'utf8');
    const entries = Object.fromEntries(
      example
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(Object.keys(entries).sort()).toEqual([...ENV_NAMES].sort());
    expect(() => readConfig(entries)).not.toThrow();
  });
});
