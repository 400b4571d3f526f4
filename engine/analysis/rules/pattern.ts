import type { MoveDetail } from '../../../contract/analysis.js';
import type { Move } from '../../../contract/moves.js';
import { found } from '../detail.js';
import type { Prepared } from '../text.js';

/** A phrase rule: a pattern over one lower-cased sentence that fires one move. */
export interface PatternRule {
  move: Move;
  /** Stable rule id, e.g. `advice.you-should`. */
  id: string;
  re: RegExp;
  strength: number;
  /** The debrief line; `{m}` is replaced by the matched words. */
  reason: string;
  /** The rule does not fire when the words before the match (in the same sentence) match this. */
  unlessBefore?: RegExp;
  /** The rule does not fire when the sentence matches this anywhere. */
  unless?: RegExp;
  /** Only in a sentence that asks (ends with a question mark). */
  askedOnly?: boolean;
  /** Only in a sentence that does not ask. */
  statementOnly?: boolean;
}

/** Run a table of phrase rules over every sentence; each rule fires at most once per utterance. */
export function runPatterns(p: Prepared, rules: readonly PatternRule[]): MoveDetail[] {
  const out: MoveDetail[] = [];
  for (const rule of rules) {
    for (const s of p.sentences) {
      if (rule.askedOnly && !s.asked) continue;
      if (rule.statementOnly && s.asked) continue;
      const m = rule.re.exec(s.lower);
      if (!m) continue;
      if (rule.unless?.test(s.lower)) continue;
      if (rule.unlessBefore?.test(s.lower.slice(0, m.index))) continue;
      const words = m[0].replace(/^[\s,.;:-]+|[\s,.;:?!-]+$/g, '');
      out.push(found(rule.move, rule.strength, [words], rule.id, rule.reason.replace('{m}', `'${words}'`)));
      break;
    }
  }
  return out;
}

/** Sentence-start anchor that allows the fillers people type first ("so", "okay,", "well,"). */
export const START = String.raw`^(?:(?:so|and|but|okay|ok|well|um|uh|now|then|look|listen|honestly|yeah|right|alright|hey)\b[\s,.-]*)*`;
