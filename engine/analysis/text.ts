import { type FoundFeeling, findFeelings } from './feelings.js';
import { stem, words } from './nlp.js';
import { STOPWORDS } from './vocabulary.js';

// Code outside the scorer reads the stopwords from here (engine/practice/hints.ts).
export { STOPWORDS };

/**
 * One sentence of an utterance with everything the rules read from it, derived once here (the
 * rule families read these fields and never tokenise, stem or look up feelings themselves).
 */
export interface Sentence {
  /** The sentence as typed (trimmed), including its final punctuation. */
  raw: string;
  /** Lower-case, apostrophes and spaces normalised; contractions kept as typed. */
  lower: string;
  /**
   * `lower` with contractions and their common chat spellings written out ("you're", "youre" →
   * "you are"; "don't", "dont" → "do not"), so a phrase list needs one spelling. Phrase rules match
   * this text.
   */
  plain: string;
  /**
   * The words of `plain`, and the parts of hyphenated ones ("-you", "drink-driving"): what a phrase
   * list's quick test looks for (phrases.ts).
   */
  plainWords: ReadonlySet<string>;
  /** Lower-case word tokens, contractions expanded ("don't" → "do", "not"). */
  tokens: string[];
  /** Feeling words among the tokens (negated ones marked). */
  feelings: FoundFeeling[];
  /** Ends with a question mark. */
  asked: boolean;
}

/** A piece of text prepared once for all the rules. */
export interface Prepared {
  raw: string;
  lower: string;
  sentences: Sentence[];
  tokens: string[];
  /** Porter stems of the content words, in order, each once. */
  contentStems: string[];
  wordCount: number;
}

/** Normalise quotes, dashes and spaces so the patterns can be simple. */
export function normalise(text: string): string {
  const plain = text
    // Stage directions in transcripts ("[chuckles]", "[unintelligible 00:01:12]") are not words said.
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
  // Spoken stutters in transcripts: "wh-what" → "what", "I-I" → "I", "is-is" → "is".
  if (!plain.includes('-')) return plain;
  return (
    plain
      // A restart that repeats a word or two: "am I- am I right", "is that-- is that".
      .replace(/\b([a-z']{1,20}(?: [a-z']{1,20})?)-+\s+\1\b/gi, '$1')
      .replace(/\b([a-z']{1,12})-+\s?([a-z']+)/gi, (m, a: string, b: string) =>
        b.toLowerCase().startsWith(a.toLowerCase()) ? b : m,
      )
  );
}

/**
 * Whole words written out: contractions and the spellings people type without the apostrophe.
 * Maps, not objects, so that a typed "constructor" finds nothing (see CONTRACTIONS in nlp.ts).
 */
const WRITTEN_OUT = new Map<string, string>(
  Object.entries({
    "can't": 'can not',
    cannot: 'can not',
    cant: 'can not',
    "won't": 'will not',
    wont: 'will not',
    "shan't": 'shall not',
    "ain't": 'is not',
    "let's": 'let us',
    im: 'i am',
    ive: 'i have',
    youre: 'you are',
    youve: 'you have',
    youll: 'you will',
    youd: 'you would',
    thats: 'that is',
    whats: 'what is',
    theres: 'there is',
    theyre: 'they are',
    u: 'you',
    gonna: 'going to',
    wanna: 'want to',
    gotta: 'got to',
  }),
);
/** "dont", "didnt", "isnt"...: a verb and "nt" typed without the apostrophe. */
const BARE_NOT = /^(do|does|did|is|was|are|were|could|should|would|have|has|had|must|need)nt$/;
const CLITIC = new Map<string, string>(
  Object.entries({
    "'m": ' am',
    "'re": ' are',
    "'ve": ' have',
    "'ll": ' will',
    "'d": ' would',
  }),
);
/** Words whose "'s" is "is" ("it's", "what's"); elsewhere it is a possessive ("mum's") and stays. */
const S_IS = new Set(
  'it that what there here who where how he she when why this everything nothing something someone somebody everyone everybody anyone anybody'.split(
    ' ',
  ),
);

function writeOut(word: string): string {
  const whole = WRITTEN_OUT.get(word);
  if (whole !== undefined) return whole;
  if (word.endsWith("n't")) return `${word.slice(0, -3)} not`;
  const bare = BARE_NOT.exec(word);
  if (bare) return `${bare[1]} not`;
  const at = word.lastIndexOf("'");
  if (at > 0) {
    const clitic = CLITIC.get(word.slice(at));
    if (clitic !== undefined) return word.slice(0, at) + clitic;
    if (word.endsWith("'s") && S_IS.has(word.slice(0, at))) return `${word.slice(0, at)} is`;
  }
  return word;
}

/** A lower-case text with its contractions written out ("you're" → "you are"). */
export function plainOf(lower: string): string {
  return lower.replace(/[a-z0-9]+(?:'[a-z]+)*/g, writeOut);
}

/**
 * The words of a sentence as typed (lower case) behind the span [start, end) of its plain text,
 * found by writing the sentence out again piece by piece: an unchanged word maps character to
 * character, a written-out one as a whole. Not memoised: it runs only for the few findings a turn
 * quotes, and a cache keyed by each sentence cost more in garbage collection than it saved.
 */
export function typed(s: Sentence, start: number, end: number): string {
  if (end <= start) return '';
  let from = -1;
  let at = 0;
  for (const m of s.lower.matchAll(/[a-z0-9]+(?:'[a-z]+)*|[^a-z0-9]+/g)) {
    const piece = m[0];
    const out = /^[a-z0-9]/.test(piece) ? writeOut(piece) : piece;
    const same = out === piece;
    const next = at + out.length;
    if (from < 0 && start < next) from = same ? m.index + start - at : m.index;
    if (end <= next) return s.lower.slice(from, same ? m.index + end - at : m.index + piece.length);
    at = next;
  }
  return s.lower.slice(Math.max(from, 0));
}

function wordsOfPlain(plain: string): Set<string> {
  const whole = plain.match(/[a-z0-9']+(?:-[a-z0-9']+)*/g) ?? [];
  const out = new Set(whole);
  for (const w of whole) if (w.includes('-')) for (const part of w.split('-')) out.add(part);
  return out;
}

function splitSentences(text: string): string[] {
  const parts = text.match(/[^.?!]+(?:[.?!]+["')\]]*|$)/g) ?? [];
  return parts.map((p) => p.trim()).filter((p) => /[a-z0-9]/i.test(p));
}

/** Tokenise, split into sentences, stem and find feelings once, so every rule can read them cheaply. */
export function prepare(text: string): Prepared {
  const raw = normalise(text);
  const lower = raw.toLowerCase();
  const sentences: Sentence[] = splitSentences(raw).map((s) => {
    const sLower = s.toLowerCase();
    const tokens = words(s);
    const plain = plainOf(sLower);
    return {
      raw: s,
      lower: sLower,
      plain,
      plainWords: wordsOfPlain(plain),
      tokens,
      feelings: findFeelings(tokens),
      asked: /\?["')\]]*$/.test(s),
    };
  });
  const tokens = sentences.flatMap((s) => s.tokens);
  const seen = new Set<string>();
  const contentStems: string[] = [];
  for (const t of tokens) {
    if (STOPWORDS.has(t) || t.length < 2 || /^\d+$/.test(t)) continue;
    const s = stem(t);
    if (!seen.has(s)) {
      seen.add(s);
      contentStems.push(s);
    }
  }
  return { raw, lower, sentences, tokens, contentStems, wordCount: tokens.length };
}
