// natural ships types only for its package root; these are the classifier submodules that
// scripts/classifiers/models.ts imports (the root would pull in database back-ends and dotenv).

declare module 'natural/lib/natural/classifiers/classifier.js' {
  /** One label's score: a probability for Bayes, a sigmoid output for logistic regression. */
  export interface Classification {
    label: string;
    value: number;
  }

  /** natural's classifier base: documents are strings (tokenised and stemmed) or token arrays (used as given). */
  export default class Classifier {
    addDocument(text: string | string[], classification: string): void;
    train(): void;
    classify(observation: string | string[]): string;
    getClassifications(observation: string | string[]): Classification[];
  }
}

declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  import Classifier from 'natural/lib/natural/classifiers/classifier.js';

  export default class BayesClassifier extends Classifier {
    constructor(stemmer?: unknown, smoothing?: number);
  }
}

declare module 'natural/lib/natural/classifiers/logistic_regression_classifier.js' {
  import Classifier from 'natural/lib/natural/classifiers/classifier.js';

  export default class LogisticRegressionClassifier extends Classifier {
    constructor(stemmer?: unknown);
  }
}
