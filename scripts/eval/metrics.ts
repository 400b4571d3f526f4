/** Scores shared by the dataset evaluations (eval:annomi, eval:esconv). */

/** Precision, recall and F1 of a yes/no task. */
export interface Binary {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Precision, recall and F1 from (gold, predicted) pairs. */
export function binary(pairs: Iterable<readonly [boolean, boolean]>): Binary {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [gold, pred] of pairs) {
    if (gold && pred) tp++;
    else if (pred) fp++;
    else if (gold) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

export type Half = 'tune' | 'check';

/**
 * The two-halves check: conversations (transcripts), taken in the order of their ids, are dealt one
 * at a time to whichever half holds fewer turns so far, so the halves are about the same size and
 * a rule fitted to the rows of one half shows as a gap between the two. Takes the conversation id
 * of every turn; returns the half of each id.
 */
export function halves(turnIds: Iterable<string>): Map<string, Half> {
  const count = new Map<string, number>();
  for (const id of turnIds) count.set(id, (count.get(id) ?? 0) + 1);
  const order = [...count.keys()].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const size = { tune: 0, check: 0 };
  const out = new Map<string, Half>();
  for (const id of order) {
    const half: Half = size.tune <= size.check ? 'tune' : 'check';
    out.set(id, half);
    size[half] += count.get(id)!;
  }
  return out;
}

/** Three decimals, for the printed reports. */
export const fixed3 = (x: number) => x.toFixed(3);

/** One line of a printed report: a measure's F1 with its precision, recall and support. */
export function binaryLine(name: string, b: Binary): string {
  return `${name.padEnd(30)} F1 ${fixed3(b.f1)}  (P ${fixed3(b.precision)}  R ${fixed3(b.recall)}  n=${b.support})`;
}
