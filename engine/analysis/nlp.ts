/**
 * The one module that imports natural. It imports natural's submodules, never the package root:
 * the root pulls in database back-ends and dotenv, costs about a second and prints banners.
 */
import { createRequire } from 'node:module';
import NGrams from 'natural/lib/natural/ngrams/ngrams.js';
import SentimentAnalyzer from 'natural/lib/natural/sentiment/SentimentAnalyzer.js';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import TreebankWordTokenizer from 'natural/lib/natural/tokenizers/treebank_word_tokenizer.js';

const treebank = new TreebankWordTokenizer();
const afinn = new SentimentAnalyzer('English', null, 'afinn');

/**
 * Contraction halves the Treebank tokenizer leaves, mapped to the words they stand for. A Map, not
 * an object: a trainee's "constructor" or "__proto__" must not find Object.prototype's members.
 */
const CONTRACTIONS = new Map<string, string>(
  Object.entries({
    "n't": 'not',
    "'m": 'am',
    "'re": 'are',
    "'ve": 'have',
    "'ll": 'will',
    "'d": 'would',
    ca: 'can',
    wo: 'will',
  }),
);

/**
 * Lower-case word tokens with contractions expanded ("don't" → "do", "not"; "you're" → "you",
 * "are"). Possessive/copula "'s" is kept as the token "'s" because it is ambiguous. Punctuation
 * tokens are dropped.
 */
export function words(text: string): string[] {
  const normal = text.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"');
  const out: string[] = [];
  const raw = treebank.tokenize(normal);
  for (let i = 0; i < raw.length; i++) {
    const token = (raw[i] ?? '').toLowerCase();
    if (!/[a-z0-9]/.test(token)) continue;
    // "ca"/"wo" are only contractions when followed by "n't" ("can't", "won't").
    if ((token === 'ca' || token === 'wo') && raw[i + 1]?.toLowerCase() !== "n't") {
      out.push(token);
      continue;
    }
    out.push(CONTRACTIONS.get(token) ?? unquoted(token));
  }
  // Every token kept has a letter or digit, so none is empty.
  return out;
}

/** A token without the quotes around it, except the token "'s" itself. */
function unquoted(token: string): string {
  if (token === "'s" || !token.includes("'")) return token;
  return token.replace(/^'+|'+$/g, '');
}

const stemCache = new Map<string, string>();

/** Porter stem of one lower-case word (memoised: the same words recur turn after turn). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

const NEGATORS = new Set(['not', 'no', 'never', 'neither', 'nor', 'nothing', 'without', 'hardly']);
const CLAUSE_BREAK = new Set(['but', 'however', 'although', 'though', 'yet']);

/**
 * AFINN sentiment of a word sequence, negation-aware: a negator flips the polarity of the words
 * after it up to the end of its clause (natural's analyser flips everything to the end of the
 * text, so the text is fed to it one clause at a time). Returns the summed score.
 */
export function sentimentScore(tokens: readonly string[]): number {
  let total = 0;
  let clause: string[] = [];
  const flush = () => {
    if (clause.length > 0) total += afinn.getSentiment(clause) * clause.length;
    clause = [];
  };
  for (const token of tokens) {
    if (CLAUSE_BREAK.has(token)) flush();
    clause.push(NEGATORS.has(token) ? 'not' : token);
  }
  flush();
  return total;
}

/** Word bigrams of a token sequence (natural's n-grams), each as its two words. */
export function bigrams(tokens: readonly string[]): string[][] {
  return tokens.length < 2 ? [] : NGrams.bigrams([...tokens]);
}

// natural's English lexicon (the Brill part-of-speech tagger's, from pos-js: about 90,000 word
// forms), read only when an utterance has no word the scorer already knows (see unclear.ts), so
// the usual turn never pays for it.
const requireJson = createRequire(import.meta.url);
let lexicon: Readonly<Record<string, unknown>> | undefined;
let pairs: Map<string, number> | undefined;
let pairTotal = 0;

function english(): Readonly<Record<string, unknown>> {
  lexicon ??= requireJson(
    'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json',
  ) as Record<string, unknown>;
  return lexicon;
}

/** Whether natural's English lexicon knows a word (lower case, or as a capitalised name). */
export function isEnglishWord(word: string): boolean {
  const lex = english();
  return Object.hasOwn(lex, word) || Object.hasOwn(lex, word.charAt(0).toUpperCase() + word.slice(1));
}

/**
 * How much a lower-case word looks like English: the mean log-frequency (per 10,000) of its letter
 * pairs, word edges included, in natural's English lexicon. English words and their typos score
 * about 1.5–2; keyboard mash ("asdfgh", "qwpoe") under 0.8, with pairs English never uses.
 */
export function letterPairScore(word: string): { mean: number; unseen: number } {
  if (!pairs) {
    pairs = new Map();
    for (const w of Object.keys(english())) {
      if (!/^[a-z]+$/.test(w)) continue;
      const s = `^${w}$`;
      for (let i = 0; i < s.length - 1; i++) {
        const pair = s.slice(i, i + 2);
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
        pairTotal++;
      }
    }
  }
  const s = `^${word}$`;
  let sum = 0;
  let unseen = 0;
  for (let i = 0; i < s.length - 1; i++) {
    const per10k = ((pairs.get(s.slice(i, i + 2)) ?? 0) / pairTotal) * 1e4;
    if (per10k < 0.01) unseen++;
    sum += Math.log10(per10k + 0.01);
  }
  return { mean: sum / (s.length - 1), unseen };
}
