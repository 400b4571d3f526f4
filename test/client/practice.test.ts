import { describe, expect, it } from 'vitest';
import type { ClientTurn, MitiSummary, PracticeReview, TranscriptEntry } from '../../contract/session.js';
import { hintRecord, isUnaskedReply, retryNote } from '../../client/practice.js';
import { comparisonRows, hintsSentence, sessionWith } from '../../client/practiceReview.js';

// The practice helpers of the page, run in Node (no DOM needed).
const meters = { trust: 20, openness: 15 };
const client = (turn: number, text: string): ClientTurn => ({ turn, text, state: 'guarded', meters });
const transcript: TranscriptEntry[] = [
  { speaker: 'client', at: 0, ...client(0, 'Hi.') },
  { speaker: 'trainee', at: 1, turn: 1, text: 'Take your time.', moves: [] },
  { speaker: 'client', at: 2, ...client(1, 'Thanks.') },
];

describe('a reply this page did not ask for', () => {
  it('is one to a line typed in another tab', () => {
    expect(isUnaskedReply(transcript, client(2, 'Nights are the worst.'), false)).toBe(true);
  });

  it('is one to a turn said again elsewhere after a rewind (same number, other words)', () => {
    expect(isUnaskedReply(transcript, client(1, 'I suppose.'), false)).toBe(true);
  });

  it('is not the answer to this page’s own line, nor a reply already shown', () => {
    expect(isUnaskedReply(transcript, client(2, 'Nights are the worst.'), true)).toBe(false);
    expect(isUnaskedReply(transcript, client(1, 'Thanks.'), false)).toBe(false);
  });

  it('is not a goodbye, which answers no line of the trainee’s', () => {
    expect(isUnaskedReply(transcript, { ...client(1, 'Bye.'), ended: 'trainee' }, false)).toBe(false);
    expect(isUnaskedReply(transcript, { ...client(1, 'Bye.'), ended: 'time-limit' }, false)).toBe(false);
  });

  it('is one when the other tab’s line made the client walk out', () => {
    expect(isUnaskedReply(transcript, { ...client(2, 'I’m going.'), ended: 'walkout' }, false)).toBe(true);
  });
});

describe('practice wording', () => {
  it('says which turn is being said again, quoting what was said', () => {
    expect(retryNote(2, 'Cheer up.')).toBe(
      'Saying turn 2 again. The client is back where they were before you said: “Cheer up.”',
    );
    expect(retryNote(2, undefined)).toBe(
      'Saying turn 2 again. The client is back where they were before it.',
    );
  });

  it('records ideas against the client line they answered', () => {
    const s = [{ move: 'empathy' as const, text: 'That sounds hard.', why: 'Name the feeling.' }];
    expect(hintRecord(transcript, s)).toEqual({ afterTurn: 1, clientSaid: 'Thanks.', suggestions: s });
    expect(hintRecord(transcript.slice(0, 1), s)).toMatchObject({ afterTurn: 0, clientSaid: 'Hi.' });
  });

  it('counts sessions and ideas in words', () => {
    expect(sessionWith(2, 'Maya')).toBe('your second session with Maya');
    expect(sessionWith(12, 'Maya')).toBe('session 12 with Maya');
    expect([0, 1, 2, 5].map(hintsSentence)).toEqual([
      'You did not ask for ideas.',
      'You asked for ideas once.',
      'You asked for ideas twice.',
      'You asked for ideas 5 times.',
    ]);
  });
});

describe('the comparison with the last session', () => {
  const summary = {
    bands: { reflectionToQuestion: 'good', percentOpen: 'fair', percentComplex: null, roadblocks: 'below' },
  } as MitiSummary;
  const practice: PracticeReview = {
    sessionNumber: 2,
    hintsUsed: 0,
    retried: [],
    trustStart: 31.6,
    trustEnd: 48.2,
  };

  it('has nothing to compare in a first session', () => {
    expect(comparisonRows(practice, summary)).toEqual([]);
  });

  it('sets trust at the start and end and each band beside the last session’s', () => {
    const rows = comparisonRows(
      {
        ...practice,
        previous: {
          sessionId: 'a',
          trustStart: 12,
          trustEnd: 40.4,
          bands: {
            reflectionToQuestion: 'below',
            percentOpen: 'good',
            percentComplex: 'fair',
            roadblocks: 'good',
          },
        },
      },
      summary,
    );
    expect(rows.map((r) => [r.measure, r.before, r.now])).toEqual([
      ['Trust at the start', '12', '32'],
      ['Trust at the end', '40', '48'],
      ['Reflections to questions', 'Below fair', 'Good'],
      ['Open questions', 'Good', 'Fair'],
      ['Complex reflections', 'Fair', 'Not enough data'],
      ['Roadblocks', 'Good', 'Below fair'],
    ]);
    expect(rows[4]?.bands).toEqual(['fair', null]);
  });
});
