/**
 * The one module that imports natural. It imports natural's submodules, never the package root:
 * the root pulls in database back-ends and dotenv, costs about a second and prints banners.
 */
import NGrams from 'natural/lib/natural/ngrams/ngrams.js';
import SentimentAnalyzer from 'natural/lib/natural/sentiment/SentimentAnalyzer.js';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import TreebankWordTokenizer from 'natural/lib/natural/tokenizers/treebank_word_tokenizer.js';

const treebank = new TreebankWordTokenizer();
const afinn = new SentimentAnalyzer('English', null, 'afinn');

/** Contraction halves the Treebank tokenizer leaves, mapped to the words they stand for. */
const CONTRACTIONS: Record<string, string> = {
  "n't": 'not',
  "'m": 'am',
  "'re": 'are',
  "'ve": 'have',
  "'ll": 'will',
  "'d": 'would',
  ca: 'can',
  wo: 'will',
};

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
    const next = raw[i + 1]?.toLowerCase();
    // "ca"/"wo" are only contractions when followed by "n't" ("can't", "won't").
    if ((token === 'ca' || token === 'wo') && next !== "n't") {
      out.push(token);
      continue;
    }
    out.push(CONTRACTIONS[token] ?? token.replace(/^'+|'+$/g, (m) => (token === "'s" ? m : '')));
  }
  return out.filter((t) => t.length > 0);
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
