/**
 * The client's side of a turn: what the scorer reads from the client's previous line and cue,
 * derived once per text and kept, because the same persona lines come back turn after turn.
 */
import type { NamedFeeling } from '../../contract/analysis.js';
import { type FoundFeeling, findFeelings } from './feelings.js';
import { prepare } from './text.js';
import { type ClientContext, contentBigrams, contentStems } from './vocabulary.js';

/** What the scorer reads from one text of the client's (a line or a cue). */
export interface ClientLine {
  /** The words as the scorer tokenises them (lower case, contractions expanded). */
  tokens: readonly string[];
  /** The feeling words of each sentence, in order (what {@link feelingsOf} gives). */
  named: readonly NamedFeeling[];
  /** Content stems, each mapped to the first word that gave it. */
  stems: ReadonlyMap<string, string>;
  /** Feeling words across the whole text, negated ones marked. */
  feelings: FoundFeeling[];
  /** The same, without the negated ones: what the client says it feels. */
  felt: FoundFeeling[];
  /** Word pairs that carry content. */
  bigrams: ReadonlySet<string>;
  wordCount: number;
  /** The client broke off mid-sentence ("I'm trying to get—"). */
  trailing: boolean;
}

function readLine(text: string): ClientLine {
  const p = prepare(text);
  const feelings = findFeelings(p.tokens);
  return {
    tokens: p.tokens,
    named: p.sentences.flatMap((s) =>
      s.feelings.map((f) => ({
        word: f.word,
        family: f.family,
        intensity: f.intensity,
        negated: f.negated,
        own: f.own,
      })),
    ),
    stems: contentStems(p.tokens),
    feelings,
    felt: feelings.filter((f) => !f.negated),
    bigrams: new Set(contentBigrams(p.tokens)),
    wordCount: p.wordCount,
    trailing: /(?:-|…|\.\.\.)["')\]]*$/.test(p.raw),
  };
}

// Big enough for every line and cue of the shipped personas together (about 1,200 said in 40,000
// turns, about 1.3 kB each), so a running server stops reading them once warm. The 16 texts kept
// before churned: their entries lived long enough to be copied out of the young generation, then
// were dropped, and that copying was much of what each minor GC cost. Past the limit the oldest
// goes.
const KEPT = 2048;
const lines = new Map<string, ClientLine>();

/** The scorer's reading of a text of the client's (memoised: pure, same text, same reading). */
export function clientLine(text: string): ClientLine {
  let line = lines.get(text);
  if (!line) {
    line = readLine(text);
    if (lines.size >= KEPT) lines.delete(lines.keys().next().value as string);
    lines.set(text, line);
  }
  return line;
}

const NONE: ReadonlyMap<string, string> = new Map();
const NO_PAIRS: ReadonlySet<string> = new Set();

/** What a reflection is measured against, from the client's previous line and cue. */
export function clientContext(
  previous: ClientLine | undefined,
  cue: ClientLine | undefined,
): ClientContext | undefined {
  if (!previous && !cue) return undefined;
  return {
    stems: previous?.stems ?? NONE,
    feelings: previous?.felt ?? [],
    cueStems: cue?.stems ?? NONE,
    cueFeelings: cue?.feelings ?? [],
    minimal: !previous || previous.stems.size === 0,
    words: previous?.wordCount ?? 0,
    hasPrevious: previous !== undefined,
    bigrams: previous?.bigrams ?? NO_PAIRS,
    trailing: previous?.trailing ?? false,
  };
}
