import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Debrief, TranscriptEntry } from '../../contract/session.js';
import { analyse } from '../../engine/analysis/analyse.js';
import { cleanMessage } from '../../server/sessions/cleanMessage.js';
import { next, startTestServer } from './testServer.js';

describe('cleanMessage', () => {
  it('keeps the line breaks typed with Shift+Enter', () => {
    expect(cleanMessage('How are you\nfeeling today?')).toBe('How are you\nfeeling today?');
  });

  it('turns Windows and old Mac line endings into newlines', () => {
    expect(cleanMessage('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
  });

  it('collapses runs of spaces and tabs within a line and trims each line', () => {
    expect(cleanMessage('  How  \t are\u00a0 you  \n\t feeling   today? ')).toBe(
      'How are you\nfeeling today?',
    );
  });

  it('keeps at most one blank line in a row', () => {
    expect(cleanMessage('one\n\n\n\ntwo\n \n\t\n \nthree')).toBe('one\n\ntwo\n\nthree');
  });

  it('removes control characters other than the newline', () => {
    expect(cleanMessage('a\u0000b\u0007c\u000bd\u001be\u0085f\u009fg\nh')).toBe('abcdefg\nh');
  });

  it('leaves nothing of a message made only of whitespace and control characters', () => {
    expect(cleanMessage('\n\t \u0007\r\n  \r')).toBe('');
  });

  it('gives clean, stable text for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const text = cleanMessage(raw);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none survive.
        expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        expect(text).not.toMatch(/[^\S\n]{2}| \n|\n |\n{3}|^\s|\s$/);
        expect(cleanMessage(text)).toBe(text);
      }),
    );
  });
});

describe('the scorer and line breaks', () => {
  // The scorer tokenises on whitespace: a line break must score exactly as a space does.
  it.each([
    ['How are you\nfeeling today?', 'How are you feeling today?'],
    [
      'It sounds like you are exhausted.\nWhat keeps you going?',
      'It sounds like you are exhausted. What keeps you going?',
    ],
    [
      'You should try to sleep more\nat least you are alive',
      'You should try to sleep more at least you are alive',
    ],
    ['So you feel\n\nangry and sad at once', 'So you feel angry and sad at once'],
  ])('scores %j as it scores the same words on one line', (broken, joined) => {
    const previous = 'I just feel tired all the time and nobody gets it.';
    const a = analyse(broken, { previous });
    const b = analyse(joined, { previous });
    expect(a.moves.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });
});

describe('a multi-line message over socket.io', () => {
  type Server = Awaited<ReturnType<typeof startTestServer>>;
  let server: Server;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('is stored with its line breaks: resume, HTTP transcript and debrief', async () => {
    const socket = await server.client();
    const started = await socket
      .timeout(3000)
      .emitWithAck('session:start', { personaId: [...server.personas.keys()][0]!, seed: 7 });
    if (!started.ok) throw new Error(started.error.message);
    const { sessionId, resumeToken } = started.data;
    const reply = next(socket, 'client:say');
    const said = await socket
      .timeout(3000)
      .emitWithAck('trainee:say', { text: '  You should just\r\nget over it.  \n\n\n\nWhy not?' });
    expect(said.ok).toBe(true);
    await reply;
    const expected = 'You should just\nget over it.\n\nWhy not?';

    const other = await server.client();
    const resumed = await other.timeout(3000).emitWithAck('session:resume', { sessionId, resumeToken });
    if (!resumed.ok) throw new Error(resumed.error.message);
    expect(resumed.data.transcript[1]).toMatchObject({ speaker: 'trainee', text: expected });

    const ended = await other.timeout(3000).emitWithAck('session:end', {});
    if (!ended.ok) throw new Error(ended.error.message);
    const headers = { authorization: `Bearer ${resumeToken}` };
    const http = (await (
      await fetch(`${server.url}/api/sessions/${sessionId}/transcript`, { headers })
    ).json()) as { transcript: TranscriptEntry[] };
    expect(http.transcript[1]).toMatchObject({ speaker: 'trainee', text: expected });
    const debrief = (await (
      await fetch(`${server.url}/api/sessions/${sessionId}/debrief`, { headers })
    ).json()) as Debrief;
    // "You should just get over it" is a roadblock: the debrief quotes it with its line breaks.
    expect(debrief.alternatives.map((a) => a.said)).toContain(expected);
  });
});
