import { FEELINGS, type Feeling, YOUR_FRAMED } from './lexicon/feelings.js';
import { stem } from './nlp.js';

/** A feeling word found in a token sequence. */
export interface FoundFeeling extends Feeling {
  /** Index of the (first) token. */
  at: number;
  /** Negated ("not angry") — then it is not the feeling named. */
  negated: boolean;
  /** Said of the speaker ("I'm glad you came", "I feel sad hearing that"), not of the other person. */
  own: boolean;
}

/** The speaker speaking of themselves in the words just before a feeling word. */
const SPEAKER = new Set(['i', 'me', 'myself']);

// Words after which a framed feeling word ("down", "low", "lost") reads as a feeling.
const FRAME = new Set(
  'feel feels feeling felt am is are was were be been being seem seems seemed sound sounds sounded look looks looked get gets getting got become became hear sense see notice carrying carry carried full filled'.split(
    ' ',
  ),
);
const NEGATION = new Set(['not', 'no', 'never', 'without', 'hardly', 'nothing']);
// Words that may sit between a frame and its feeling ("feeling so low", "hear the pain").
const BETWEEN = new Set(
  'so very really quite pretty bit little too kind sort rather fairly incredibly extremely terribly awfully deeply more less most a the some such of real lot much any'.split(
    ' ',
  ),
);
// Tokens whose Porter stem collides with a feeling word but which are ordinary words here.
const STEM_BLOCK = new Set([
  // "You're amazing", "that's amazing news": praise, not the feeling of being amazed.
  'amazing',
  'amazingly',
  'tear',
  'tears',
  'care',
  'cares',
  'cared',
  'relax',
  'relaxing',
  'trust',
  'trusting',
  'secures',
  'securely',
  'safely',
  'hoping',
  'hopes',
  'loves',
  'loving',
  'lovely',
  'likes',
  'disgrace',
  'shames',
]);

function framed(tokens: readonly string[], i: number, word: string): boolean {
  let j = i - 1;
  let gap = 0;
  while (j >= 0 && gap < 3 && BETWEEN.has(tokens[j]!)) {
    j--;
    gap++;
  }
  const before = tokens[j];
  if (before === undefined) return false;
  return FRAME.has(before) || (before === 'your' && YOUR_FRAMED.has(word));
}

const byStem = new Map<string, Feeling>();
for (const f of FEELINGS.values()) {
  if (!f.word.includes(' ')) {
    const s = stem(f.word);
    const had = byStem.get(s);
    if (!had || had.intensity < f.intensity) byStem.set(s, f);
  }
}

// First words of the two-word feelings ("fed up", "let down"): only these start a pair worth
// looking up, so the pair string is not built for every token.
const PAIR_HEADS = new Set([...FEELINGS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

function lookup(token: string): Feeling | undefined {
  return FEELINGS.get(token) ?? (STEM_BLOCK.has(token) ? undefined : byStem.get(stem(token)));
}

/**
 * A lexicon feeling found at a token. Built field by field: on Node 20 (V8 11.3), an object made by
 * spreading another and then given a key the other lacks gets a hidden class of its own, whose
 * descriptors are young objects held from the old generation; every minor GC copies them, then
 * promotes them, for garbage a full GC clears later.
 */
function foundAt(f: Feeling, at: number, negated: boolean, own: boolean): FoundFeeling {
  return {
    word: f.word,
    family: f.family,
    intensity: f.intensity,
    needsFrame: f.needsFrame,
    at,
    negated,
    own,
  };
}

/**
 * Feeling words in a token sequence (lexicon match by word, then by Porter stem). Not memoised:
 * each sentence's are found once, in `prepare`, and the client's once per line (clientLine.ts).
 */
export function findFeelings(tokens: readonly string[]): FoundFeeling[] {
  const out: FoundFeeling[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const pair = i + 1 < tokens.length && PAIR_HEADS.has(t) ? `${t} ${tokens[i + 1]}` : '';
    const phrase = pair ? FEELINGS.get(pair) : undefined;
    const f = phrase ?? (t.length > 2 ? lookup(t) : undefined);
    if (!f) continue;
    const before = tokens.slice(Math.max(0, i - 3), i);
    if (f.needsFrame && !framed(tokens, i, f.word)) continue;
    // "fine" and "okay" only count when someone says they feel fine ("I feel okay").
    if (f.needsFrame && f.family === 'happiness' && !before.some((b) => b.startsWith('feel') || b === 'felt'))
      continue;
    const negated = before.some((b) => NEGATION.has(b));
    const own = before.some((b) => SPEAKER.has(b)) && !before.includes('you');
    // Written out, not `{ ...f, at, negated }`: see foundAt.
    out.push(foundAt(f, i, negated, own));
    if (phrase) i++;
  }
  return out;
}
