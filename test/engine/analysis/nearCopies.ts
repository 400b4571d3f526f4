import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Lower-case words of a line, apostrophes kept ("you're"). */
const wordsOf = (text: string) => text.toLowerCase().match(/[a-z']+/g) ?? [];

/** How alike two word sequences are: twice their longest common subsequence over their total length. */
function likeness(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!));
    prev = row;
  }
  return (2 * prev[b.length]!) / (a.length + b.length);
}

/** Every line of the project's corpus: the trainee's words and the client lines written for them. */
export function corpusLines(): string[] {
  const corpus = parse(readFileSync(new URL('../../../corpus/moves.yaml', import.meta.url), 'utf8')) as {
    text: string;
    previous?: string;
  }[];
  return corpus.flatMap((item) => [item.text, item.previous ?? '']);
}

/**
 * Lines of eight words or more that copy or nearly copy (likeness ≥ 0.85) one of the dataset's
 * lines, each with the index of the dataset line it resembles.
 */
export function nearCopies(lines: readonly string[], dataset: readonly string[]): string[] {
  const rows = dataset.map(wordsOf);
  const byWord = new Map<string, number[]>();
  rows.forEach((w, i) => {
    for (const x of new Set(w)) {
      const list = byWord.get(x);
      if (list) list.push(i);
      else byWord.set(x, [i]);
    }
  });
  const copies: string[] = [];
  for (const line of lines) {
    const w = wordsOf(line);
    if (w.length < 8) continue;
    // Only rows sharing most of the line's words can be near copies.
    const shared = new Map<number, number>();
    for (const x of new Set(w)) for (const i of byWord.get(x) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const distinct = new Set(w).size;
    for (const [i, n] of shared) {
      if (n / distinct < 0.6) continue;
      const score = likeness(w, rows[i]!);
      if (score >= 0.85) copies.push(`${line} (${score.toFixed(2)} like dataset line ${i})`);
    }
  }
  return copies;
}
