import { describe, expect, it } from 'vitest';
import { EMPTY_VERDICT } from '../../../engine/simulation/context.js';
import { selectReply } from '../../../engine/simulation/selectReply.js';
import { contextAt, persona } from './helpers.js';

const verdict = (patch: Partial<typeof EMPTY_VERDICT>) => ({ ...EMPTY_VERDICT, ...patch });

describe('selectReply', () => {
  it('uses every line of a pool before repeating one', () => {
    let context = contextAt(persona);
    const said: string[] = [];
    for (let i = 0; i < 3; i++) {
      const reply = selectReply(persona, context, 'guarded');
      said.push(reply.text);
      context = { ...context, used: reply.record.used, rng: reply.record.rng };
    }
    expect([...said].sort()).toEqual(['g1', 'g2', 'g3']);
  });

  it('starts a pool over once exhausted, without repeating the last line', () => {
    let context = contextAt(persona);
    const said: string[] = [];
    for (let i = 0; i < 12; i++) {
      const reply = selectReply(persona, context, 'tentative');
      said.push(reply.text);
      context = { ...context, used: reply.record.used, rng: reply.record.rng };
    }
    for (let i = 1; i < said.length; i++) expect(said[i]).not.toBe(said[i - 1]);
  });

  it('picks the same line for the same seed', () => {
    const a = selectReply(persona, contextAt(persona, { rng: 7 }), 'guarded');
    const b = selectReply(persona, contextAt(persona, { rng: 7 }), 'guarded');
    expect(b).toEqual(a);
  });

  it('answers from the pool written for the trainee’s dominant move', () => {
    const reply = selectReply(
      persona,
      contextAt(persona, { verdict: verdict({ dominant: 'empathy' }) }),
      'open',
    );
    expect(['oe1', 'oe2']).toContain(reply.text);
  });

  it('falls back from a move to its group', () => {
    const reply = selectReply(
      persona,
      contextAt(persona, { verdict: verdict({ dominant: 'closed_question' }) }),
      'guarded',
    );
    expect(reply.text).toBe('gq1');
  });

  it('falls back to the phase default when nothing more specific was written', () => {
    const reply = selectReply(
      persona,
      contextAt(persona, { verdict: verdict({ dominant: 'summary' }) }),
      'open',
    );
    expect(['o1', 'o2']).toContain(reply.text);
  });

  it('speaks the disclosure text with its public id and title when one is reached', () => {
    const reply = selectReply(
      persona,
      contextAt(persona, { verdict: verdict({ disclose: 'first' }) }),
      'open',
    );
    expect(reply.text).toBe('SECRET-FIRST-TEXT');
    expect(reply.disclosure).toEqual({ id: 'first', title: 'The first thing' });
  });

  it('deflects when asked about something the client is not ready for', () => {
    const reply = selectReply(
      persona,
      contextAt(persona, { verdict: verdict({ deflect: 'deep' }) }),
      'guarded',
    );
    expect(reply.text).toBe('not now');
    expect(reply.disclosure).toBeNull();
  });

  it('says a repair line when a rupture is repaired', () => {
    const reply = selectReply(
      persona,
      contextAt(persona, { verdict: verdict({ repaired: true }) }),
      'tentative',
    );
    expect(reply.text).toBe('okay then');
  });

  it('gives only minimal replies while withdrawn', () => {
    const reply = selectReply(
      persona,
      contextAt(persona, { verdict: verdict({ dominant: 'empathy' }) }),
      'withdrawn',
    );
    expect(['w1', 'w2']).toContain(reply.text);
  });

  it('says the persona’s ending line for the end reason', () => {
    const reply = selectReply(persona, contextAt(persona, { ended: 'walkout' }), 'ended');
    expect(reply.text).toBe(persona.endings.walkout[0]?.text);
  });

  it('shows a cue from the phase’s cues at the persona’s cue chance', () => {
    let shown = 0;
    for (let seed = 0; seed < 200; seed++) {
      if (selectReply(persona, contextAt(persona, { rng: seed }), 'guarded').cue === 'looks at the floor')
        shown++;
    }
    expect(shown / 200).toBeGreaterThan(persona.dynamics.cueChance - 0.15);
    expect(shown / 200).toBeLessThan(persona.dynamics.cueChance + 0.15);
  });

  it('shows no cue in a phase the persona wrote none for', () => {
    const reply = selectReply(persona, contextAt(persona), 'open');
    expect(reply.cue).toBeNull();
  });
});
