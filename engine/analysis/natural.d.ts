// natural ships types only for its package root; these are the submodules the scorer uses.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/tokenizers/treebank_word_tokenizer.js' {
  export default class TreebankWordTokenizer {
    tokenize(text: string): string[];
  }
}

declare module 'natural/lib/natural/sentiment/SentimentAnalyzer.js' {
  export default class SentimentAnalyzer {
    constructor(language: string, stemmer: unknown, type: string);
    getSentiment(words: string[]): number;
  }
}

declare module 'natural/lib/natural/ngrams/ngrams.js' {
  const NGrams: {
    ngrams(sequence: string[], n: number): string[][];
    bigrams(sequence: string[]): string[][];
  };
  export default NGrams;
}
