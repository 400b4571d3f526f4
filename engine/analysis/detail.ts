import type { MoveDetail } from '../../contract/analysis.js';
import type { Move } from '../../contract/moves.js';

/** The sentence (its index in the utterance) each finding was made in, where one sentence made it. */
const sentenceOf = new WeakMap<MoveDetail, number>();

/** Build one finding, clamping its strength to 0–1 (two decimals, so output is stable). */
export function found(
  move: Move,
  strength: number,
  evidence: string[],
  rule: string,
  reason: string,
  sentence?: number,
): MoveDetail {
  const clamped = Math.max(0, Math.min(1, strength));
  const detail = { move, strength: Math.round(clamped * 100) / 100, evidence, rule, reason };
  if (sentence !== undefined) sentenceOf.set(detail, sentence);
  return detail;
}

/** The index of the sentence a finding was made in, if one sentence made it. */
export function sentenceIndex(f: MoveDetail): number | undefined {
  return sentenceOf.get(f);
}
