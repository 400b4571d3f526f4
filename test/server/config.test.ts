import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';

describe('the configuration', () => {
  it('has working defaults', () => {
    const c = readConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      typingDelay: true,
      sessionMinutes: 60,
      logLevel: 'info',
    });
  });

  it('takes the session limit in minutes, fractions included', () => {
    expect(readConfig({ SESSION_MINUTES: '0' }).sessionMinutes).toBe(0);
    expect(readConfig({ SESSION_MINUTES: '0.5' }).sessionMinutes).toBe(0.5);
    expect(readConfig({ SESSION_MINUTES: ' 45 ' }).sessionMinutes).toBe(45);
  });

  it('refuses a bad value with a sentence naming the variable', () => {
    expect(() => readConfig({ SESSION_MINUTES: 'an hour' })).toThrow(
      "SESSION_MINUTES must be a number of minutes from 0 to 1440, got 'an hour'.",
    );
    expect(() => readConfig({ SESSION_MINUTES: '-1' })).toThrow(/SESSION_MINUTES/);
    expect(() => readConfig({ PORT: '3000.5' })).toThrow(/PORT must be a whole number/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
  });
});
