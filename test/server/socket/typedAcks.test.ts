import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { Result, SaidAck, SessionResumed, SessionStarted } from '../../../contract/events.js';
import type { Debrief } from '../../../contract/session.js';
import { fail } from '../../../server/errors.js';
import { silentLogger } from '../../../server/log.js';
import {
  type AckData,
  type Handler,
  handlersFor,
  type RapportSocket,
} from '../../../server/socket/handle.js';

/** A socket that records the listeners registered on it, to call them as socket.io would. */
function fakeSocket() {
  const listeners = new Map<string, (...args: unknown[]) => Promise<void>>();
  const socket = { on: (event: string, l: (...args: unknown[]) => Promise<void>) => listeners.set(event, l) };
  const request = async (event: string, payload: unknown) => {
    let answer: unknown;
    await listeners.get(event)!(payload, (r: unknown) => {
      answer = r;
    });
    return answer as Result<unknown>;
  };
  return { socket: socket as unknown as RapportSocket, request };
}

describe('acknowledgements typed by the contract', () => {
  it('promise each event the data DESIGN.md gives it', () => {
    expectTypeOf<AckData<'session:start'>>().toEqualTypeOf<SessionStarted>();
    expectTypeOf<AckData<'session:resume'>>().toEqualTypeOf<SessionResumed>();
    expectTypeOf<AckData<'trainee:say'>>().toEqualTypeOf<SaidAck>();
    expectTypeOf<AckData<'session:end'>>().toEqualTypeOf<Debrief>();
  });

  it('do not let a handler answer with a shape its event does not promise', () => {
    const right: Handler<'trainee:say', unknown> = () => ({ turn: 1 });
    // @ts-expect-error trainee:say promises { turn }, not a debrief.
    const another: Handler<'trainee:say', unknown> = async () => ({ outcome: 'trainee' });
    // @ts-expect-error the turn is a number.
    const mistyped: Handler<'trainee:say', unknown> = () => ({ turn: '1' });
    // @ts-expect-error session:end answers with the whole debrief.
    const partial: Handler<'session:end', unknown> = async () => ({ outcome: 'trainee' as const });
    expect([right, another, mistyped, partial]).toHaveLength(4);
  });

  it('answer through the acknowledgement: data, a refusal with its sentence, or a generic failure', async () => {
    const { socket, request } = fakeSocket();
    const on = handlersFor(socket, () => true, silentLogger);
    const says = { error: () => 'Send { text }.' };
    const payload = z.object({ text: z.string(says) }, says);
    on('trainee:say', payload, ({ text }) =>
      text === 'busy' ? fail('session_busy', 'Wait for the reply.') : { turn: text.length },
    );
    on('session:end', z.unknown(), () => {
      throw new Error('the disk is full');
    });
    expect(await request('trainee:say', { text: 'abc' })).toEqual({ ok: true, data: { turn: 3 } });
    expect(await request('trainee:say', { text: 'busy' })).toEqual({
      ok: false,
      error: { code: 'session_busy', message: 'Wait for the reply.' },
    });
    expect(await request('trainee:say', { text: 5 })).toEqual({
      ok: false,
      error: { code: 'invalid_payload', message: 'Send { text }.' },
    });
    const failed = await request('session:end', {});
    expect(failed).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong on the server. Please try again.' },
    });
    expect(JSON.stringify(failed)).not.toContain('disk');
  });
});
