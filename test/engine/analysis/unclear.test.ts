import { describe, expect, it } from 'vitest';
import { analyse } from '../../../engine/analysis/analyse.js';

const after = { previous: "I don't really know what to say about it." };

describe('input that is not understandable language', () => {
  it('is marked unclear and has no moves', () => {
    for (const t of ['qwpoe zmxn', 'asdfgh', 'jjjjjjjj', 'zxcv bnm', 'hjkl; qwert', 'Xqzv pfft wkrj.']) {
      const a = analyse(t, after);
      expect(a.unclear, t).toBe(true);
      expect(a.moves, t).toEqual([]);
      expect(a.details, t).toEqual([]);
    }
  });

  it('is not confused with typos, chat words, names or short replies', () => {
    for (const t of [
      'Undrstand.',
      'lol ok',
      'Hmmm',
      'Priya?',
      'idk tbh',
      'Thats so stresful for u',
      'Soooo tired',
      'Kwame said that?',
    ])
      expect(analyse(t, after).unclear, t).toBeUndefined();
  });

  it('gives content-free input no moves, without calling it unclear', () => {
    for (const t of ['ok', 'hmm', '...', 'Mm-hmm.', 'Yeah.', '']) {
      const a = analyse(t, after);
      expect(a.moves, t).toEqual([]);
      expect(a.unclear, t).toBeUndefined();
    }
  });
});

describe('the rule ids other parts of Rapport read', () => {
  const ruleOf = (text: string, move: string) =>
    analyse(text, { previous: 'That really hurt, what you said.' }).details.find((d) => d.move === move)
      ?.rule;

  it('reports owning a misstep as giving space by repair.apology', () => {
    for (const t of [
      "Sorry, that came out wrong, I didn't mean to rush you.",
      "I shouldn't have said that.",
      "I got that wrong, didn't I?",
    ])
      expect(ruleOf(t, 'giving_space'), t).toBe('repair.apology');
  });

  it('never reads sorrow for the client as a repair', () => {
    for (const t of ["I'm sorry to hear that.", 'I am so sorry for your loss.']) {
      const a = analyse(t, { previous: 'My dad died last month.' });
      expect(a.moves, t).toEqual(['empathy']);
    }
  });

  it('says how risk was asked, and asking is never probing or advice', () => {
    const cases: [string, string][] = [
      ['Have you thought about ending your life?', 'risk.direct'],
      ['Are you having thoughts of suicide?', 'risk.direct'],
      ['Do you sometimes feel everyone would be better off without you?', 'risk.indirect'],
      ['Have you hurt yourself on purpose?', 'risk.indirect'],
      ['Have you had thoughts of hurting someone else?', 'risk.others'],
      ['Do you feel safe at home?', 'risk.safety'],
    ];
    for (const [t, rule] of cases) {
      const a = analyse(t, { previous: "I just can't see the point any more." });
      expect(a.details.find((d) => d.move === 'risk_question')?.rule, t).toBe(rule);
      expect(a.moves, t).not.toContain('probing');
      expect(a.moves, t).not.toContain('advice');
    }
  });
});
