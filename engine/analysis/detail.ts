import type { MoveDetail } from '../../contract/analysis.js';
import type { Move } from '../../contract/moves.js';

/** Build one finding, clamping its strength to 0–1 (two decimals, so output is stable). */
export function found(
  move: Move,
  strength: number,
  evidence: string[],
  rule: string,
  reason: string,
): MoveDetail {
  const clamped = Math.max(0, Math.min(1, strength));
  return { move, strength: Math.round(clamped * 100) / 100, evidence, rule, reason };
}
