import { describe, expect, it } from 'vitest';
import type { Debrief, PersonaSummary, TranscriptEntry } from '../../contract/session.js';
import { chartSummary } from '../../client/chart.js';
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
    });
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
