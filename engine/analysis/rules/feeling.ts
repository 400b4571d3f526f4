import { FEELINGS, type Feeling } from '../lexicon/feelings.js';
import { stem } from '../nlp.js';

/** A feeling word found in a token sequence. */
export interface FoundFeeling extends Feeling {
  /** Index of the (first) token. */
  at: number;
  /** Negated ("not angry") — then it is not the feeling named. */
  negated: boolean;
}

// Words after which a framed feeling word ("down", "low", "lost") reads as a feeling.
const FRAME = new Set(
  'feel feels feeling felt am is are was were be been being so very really quite pretty bit little too seem seems seemed sound sounds sounded look looks looked get gets getting got become became kind sort rather fairly incredibly extremely terribly awfully deeply more less most'.split(
    ' ',
  ),
);
const NEGATION = new Set(['not', 'no', 'never', 'without', 'hardly']);

const byStem = new Map<string, Feeling>();
for (const f of FEELINGS.values()) {
  if (!f.word.includes(' ')) {
    const s = stem(f.word);
    const had = byStem.get(s);
    if (!had || had.intensity < f.intensity) byStem.set(s, f);
  }
}

function lookup(token: string): Feeling | undefined {
  return FEELINGS.get(token) ?? byStem.get(stem(token));
}

/** Feeling words in a token sequence (lexicon match by word, then by Porter stem). */
export function findFeelings(tokens: readonly string[]): FoundFeeling[] {
  const out: FoundFeeling[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const pair = i + 1 < tokens.length ? `${t} ${tokens[i + 1]}` : '';
    const phrase = pair ? FEELINGS.get(pair) : undefined;
    const f = phrase ?? (t.length > 2 ? lookup(t) : undefined);
    if (!f) continue;
    const before = tokens.slice(Math.max(0, i - 3), i);
    if (f.needsFrame && !before.some((b) => FRAME.has(b))) continue;
    // "fine" and "okay" only count when someone says they feel fine ("I feel okay").
    if (f.needsFrame && f.family === 'happiness' && !before.some((b) => b.startsWith('feel') || b === 'felt'))
      continue;
    const negated = before.some((b) => NEGATION.has(b));
    out.push({ ...f, at: i, negated });
    if (phrase) i++;
  }
  return out;
}
