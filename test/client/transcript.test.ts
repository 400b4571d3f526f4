import { describe, expect, it } from 'vitest';
import type { Debrief, PersonaSummary, TranscriptEntry } from '../../contract/session.js';
import { chartSummary } from '../../client/chart.js';
import type { HintRecord } from '../../client/practice.js';
import { escapeMarkdown, fileName, toJson, toMarkdown } from '../../client/transcript.js';

// The page's pure helpers, run in Node (no DOM needed).
const persona: PersonaSummary = {
  id: 'maya',
  name: 'Maya',
  age: 34,
  pronouns: 'she/her',
  referral: 'Referred by her GP.',
  difficulty: 'advanced',
  tags: ['trauma'],
  contentNotes: ['a road traffic collision'],
  disclosureCount: 3,
};

const transcript: TranscriptEntry[] = [
  {
    speaker: 'client',
    at: 0,
    turn: 0,
    text: 'Hello.',
    cue: 'looks at the floor',
    state: 'guarded',
    meters: { trust: 12, openness: 8 },
  },
  { speaker: 'trainee', at: 1, turn: 1, text: 'How are *you*?\nTake your time.', moves: [] },
  {
    speaker: 'client',
    at: 2,
    turn: 1,
    text: 'Tired.',
    state: 'guarded',
    meters: { trust: 15, openness: 12 },
  },
];

const debrief: Debrief = {
  outcome: 'trainee',
  personaId: 'maya',
  turns: 1,
  durationMs: 65_000,
  finalMeters: { trust: 15, openness: 12 },
  finalState: 'ended',
  timeline: [
    { turn: 0, trust: 12, openness: 8, state: 'guarded' },
    { turn: 1, trust: 15, openness: 12, state: 'guarded' },
  ],
  moveCounts: { open_question: 1 },
  disclosures: { reached: [], total: 3, deepest: 0 },
  summary: {
    reflections: 0,
    questions: 1,
    reflectionToQuestion: 0,
    percentOpen: 100,
    percentComplex: null,
    roadblocks: 0,
    bands: { reflectionToQuestion: 'below', percentOpen: 'good', percentComplex: null, roadblocks: 'good' },
  },
  keyMoments: [{ turn: 1, said: 'How are *you*?', trustChange: 3, reason: 'an open question', kind: 'rise' }],
  alternatives: [],
};

const NOW = new Date(2026, 10, 25, 19, 5);

describe('transcript export', () => {
  it('escapes Markdown in the trainee’s words so they read as typed', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) <f>')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\>');
  });

  it('keeps line breaks as Markdown hard breaks', () => {
    expect(escapeMarkdown('one\ntwo')).toBe('one  \ntwo');
  });

  it('writes both sides of the conversation with the cue as a stage direction', () => {
    const md = toMarkdown(persona, transcript, debrief, NOW);
    expect(md).toContain('**Maya:** *(looks at the floor)* Hello.');
    expect(md).toContain('**You (turn 1):** How are \\*you\\*?  \nTake your time.');
    expect(md).toContain('**Maya:** Tired.');
  });

  it('adds the debrief summary after the transcript', () => {
    const md = toMarkdown(persona, transcript, debrief, NOW);
    expect(md).toContain('- Outcome: Ended by you');
    expect(md).toContain('- Turns: 1; duration 1 minute 5 seconds');
    expect(md).toContain('| Open questions | 100% | good |');
    expect(md.indexOf('## Transcript')).toBeLessThan(md.indexOf('## Summary'));
  });

  it('exports JSON that reads back to the same transcript and debrief', () => {
    const data = JSON.parse(toJson(persona, transcript, debrief, NOW));
    expect(data).toEqual({
      format: 'rapport-transcript',
      version: 1,
      exportedAt: NOW.toISOString(),
      persona,
      transcript,
      debrief,
      hints: [],
    });
  });

  it('shows each attempt set aside before the turn that was kept, with what it did to trust', () => {
    const retried: Debrief = {
      ...debrief,
      practice: {
        sessionNumber: 1,
        hintsUsed: 0,
        retried: [
          {
            turn: 1,
            attempts: [
              { said: 'Just *cheer up*.', trustChange: -4.2, kept: false },
              { said: 'How are *you*?\nTake your time.', trustChange: 3, kept: true },
            ],
          },
        ],
        trustStart: 12,
        trustEnd: 15,
      },
    };
    const md = toMarkdown(persona, transcript, retried, NOW);
    const setAside = '*You (turn 1, attempt 1, set aside):* Just \\*cheer up\\*. (trust −4.2)';
    expect(md).toContain(setAside);
    expect(md.indexOf(setAside)).toBeLessThan(md.indexOf('**You (turn 1):**'));
    expect(md).toContain('## Practice');
    expect(md).toContain('Turn 1, tried 2 times:');
    expect(md).toContain('- "Just \\*cheer up\\*.": trust −4.2 (set aside)');
    expect(md).toContain('- "How are \\*you\\*?  \nTake your time.": trust +3 (kept)');
  });

  it('puts the ideas asked for after the client line they answered, and counts them', () => {
    const hints: HintRecord[] = [
      {
        afterTurn: 1,
        clientSaid: 'Tired.',
        suggestions: [{ move: 'simple_reflection', text: 'You’re tired.', why: 'Say back what you heard.' }],
      },
      // Asked after a line that a rewind later took back: not in the conversation any more.
      {
        afterTurn: 1,
        clientSaid: 'Leave me alone.',
        suggestions: [{ move: 'giving_space', text: 'We can go slowly.', why: 'Respect the deflection.' }],
      },
    ];
    const withHints: Debrief = {
      ...debrief,
      practice: { sessionNumber: 1, hintsUsed: 2, retried: [], trustStart: 12, trustEnd: 15 },
    };
    const md = toMarkdown(persona, transcript, withHints, NOW, hints);
    const idea = '> - Simple reflection: "You’re tired." Say back what you heard.';
    expect(md.indexOf(idea)).toBeGreaterThan(md.indexOf('**Maya:** Tired.'));
    expect(md.indexOf(idea)).toBeLessThan(md.indexOf('## Summary'));
    expect(md).toContain('## Ideas asked for on turns later tried again');
    expect(md).toContain('> After "Leave me alone." (turn 1):');
    expect(md).toContain('- You asked for ideas twice.');
    expect(JSON.parse(toJson(persona, transcript, withHints, NOW, hints)).hints).toEqual(hints);
  });

  it('names the file after the client and the local time', () => {
    expect(fileName('maya', NOW, 'md')).toBe('rapport-maya-2026-11-25-1905.md');
    expect(fileName('../evil id', NOW, 'json')).toBe('rapport--evil-id-2026-11-25-1905.json');
  });
});

describe('chart summary', () => {
  it('says where trust and openness started and ended, and where the key moments are', () => {
    expect(chartSummary(debrief.timeline, debrief.keyMoments)).toBe(
      'Over 1 turn, trust went from 12 to 15 and openness from 8 to 12. Key moments are marked at turn 1.',
    );
  });
});
