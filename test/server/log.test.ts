import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/log.js';

function collect(level: 'debug' | 'info' | 'warn' = 'info') {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    level,
    destination: { write: (s: string) => void lines.push(JSON.parse(s)) },
  });
  return { logger, lines };
}

describe('the logger', () => {
  it('writes one JSON object per line with the level by name, the time, the namespace and the message', () => {
    const { logger, lines } = collect();
    logger.child('session').info('session s1 started with maya');
    expect(lines).toEqual([
      {
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        pid: process.pid,
        ns: 'rapport:session',
        msg: 'session s1 started with maya',
      },
    ]);
  });

  it('names nested namespaces once, joined', () => {
    const { logger, lines } = collect();
    logger.child('socket').child('rate').warn('slow down');
    expect(lines[0]?.ns).toBe('rapport:socket:rate');
  });

  it('logs an error with its stack, and other details as fields', () => {
    const { logger, lines } = collect();
    logger.error('turn failed', new Error('disk full'));
    logger.info('counted', { sessions: 3 });
    logger.info('noted', 'just a string');
    expect(lines[0]).toMatchObject({ msg: 'turn failed', err: { message: 'disk full', type: 'Error' } });
    expect(String((lines[0]!.err as { stack: string }).stack)).toContain('log.test.ts');
    expect(lines[1]).toMatchObject({ msg: 'counted', sessions: 3 });
    expect(lines[2]).toMatchObject({ msg: 'noted', detail: 'just a string' });
  });

  it('drops lines below its level', () => {
    const { logger, lines } = collect('warn');
    logger.info('quiet');
    logger.debug('quieter');
    logger.warn('loud');
    expect(lines.map((l) => l.msg)).toEqual(['loud']);
  });
});
