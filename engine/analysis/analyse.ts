import type { Analysis, AnalysisContext, MoveDetail } from '../../contract/analysis.js';
import type { Move } from '../../contract/moves.js';
import { sentimentScore } from './nlp.js';
import { questionMoves, questionsOf } from './rules/questions.js';
import { prepare } from './text.js';

/** Keep the strongest finding per move, strongest first (ties in vocabulary order for stability). */
function merge(findings: MoveDetail[]): MoveDetail[] {
  const best = new Map<Move, MoveDetail>();
  for (const f of findings) {
    const had = best.get(f.move);
    if (!had || f.strength > had.strength) best.set(f.move, f);
  }
  return [...best.values()].filter((d) => d.strength > 0).sort((a, b) => b.strength - a.strength);
}

/**
 * Label one trainee utterance with counselling moves. Pure: the same text and context always give
 * the same analysis.
 *
 * @param text What the trainee typed.
 * @param context The client's previous line and cue, which reflections are measured against.
 */
export function analyse(text: string, context: AnalysisContext = {}): Analysis {
  void context;
  const p = prepare(text);
  const findings: MoveDetail[] = [...questionMoves(questionsOf(p))];
  const details = merge(findings);
  const sentiment = p.wordCount === 0 ? 0 : sentimentScore(p.tokens) / Math.sqrt(p.wordCount);
  return {
    moves: details.map((d) => d.move),
    details,
    stems: p.contentStems,
    sentiment: Math.round(sentiment * 100) / 100,
    wordCount: p.wordCount,
  };
}
