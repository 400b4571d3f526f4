import type { ListeningReview, RiskManner, RiskReview } from '../../contract/session.js';
import type { DebriefTurn } from './buildDebrief.js';

const MANNERS: Record<string, RiskManner> = {
  'risk.direct': 'direct',
  'risk.indirect': 'indirect',
  'risk.others': 'others',
  'risk.safety': 'safety',
  'risk.danger': 'safety',
};

const WORDS: Record<RiskManner, string> = {
  direct: 'directly, naming suicide',
  indirect: 'about hurting yourself or not wanting to be here',
  others: 'about harming someone else',
  safety: 'about being safe',
};

/** Moves that, beside a risk question, show it was asked with care. */
const CARE = new Set(['empathy', 'validation', 'giving_space', 'complex_reflection', 'open_question']);

/**
 * Whether the trainee explored risk (suicide, self-harm, harm to others, safety) and how each
 * question was put: courses teach trainees to ask plainly and with care.
 */
export function reviewRisk(turns: readonly DebriefTurn[]): RiskReview {
  const asked = turns.flatMap((t) => {
    const detail = t.analysis.details.find((d) => d.move === 'risk_question');
    if (!detail) return [];
    const manner = MANNERS[detail.rule] ?? 'indirect';
    const withCare = t.analysis.moves.some((m) => CARE.has(m));
    return [{ turn: t.turn, said: t.said, manner, withCare }];
  });
  if (asked.length === 0) {
    return {
      explored: false,
      asked,
      note:
        'Risk was not explored. Asking plainly about suicide and self-harm is part of the job, and does ' +
        'not put the idea in a client’s head: for example, “Sometimes when people feel this low they ' +
        'think about ending their life. Has that crossed your mind?”',
    };
  }
  const first = asked[0]!;
  const care = asked.some((a) => a.withCare)
    ? 'with care, alongside acknowledging how things are for the client'
    : 'without acknowledging how things are first; a sentence of empathy or normalising before the question makes it easier to answer';
  return {
    explored: true,
    asked,
    note: `You asked about risk at turn ${first.turn}, ${WORDS[first.manner]}, ${care}.`,
  };
}

/** Counts the turns where the client had to correct the trainee or heard the same thing again. */
export function reviewListening(turns: readonly DebriefTurn[]): ListeningReview {
  const count = (rule: string) =>
    turns.filter((t) => (t.reply.feedback?.changes ?? []).some((c) => c.rule === rule)).length;
  return {
    misread: count('cap.misread'),
    wrongFacts: count('loss.wrong-fact'),
    repeated: count('cap.repeated-again'),
  };
}
