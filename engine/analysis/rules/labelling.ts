import { lines, type PhraseRule } from '../phrases.js';

/**
 * Labelling: diagnosing or name-calling ("you're an alcoholic", "sounds like classic depression").
 * A label inside a reflective frame or behind a hedge is still a label.
 */
export const LABELLING_RULES: readonly PhraseRule[] = [
  {
    id: 'labelling.you-are-x',
    move: 'labelling',
    strength: 0.85,
    reason: 'put a label on the client: {m}',
    phrases: lines`
      you (are|sound like|seem like|must be|were|have always been|are being|come across as) ~ (a |an )?(bit of (a |an )?|real |total |complete |classic |typical )?{label}
      you (have got|have|must have|probably have|clearly have|might have|may have|could have) (got )?(clinical |severe |classic |some (kind |sort )?of |some )?(depression|ptsd|ocd|adhd|bipolar( disorder)?|(an? )?(personality|eating|anxiety|mood|attachment) disorder|borderline( personality)?|narcissism|an addiction|a drinking problem|a drink problem|a gambling problem|issues|a problem|anger issues|mental health issues|an? (\w+ )?problem)
      (sounds|looks|seems) like ~ (classic |textbook |typical )?(depression|anxiety disorder|ptsd|ocd|adhd|bipolar|borderline|narcissism|an addiction|a drinking problem|a personality disorder|codependency|co-dependency|denial)
      (that is|this is|it is) (classic|textbook|typical) \w+
      people like you
      your (type|kind)
    `,
    unless: lines`
      you are not
    `,
    unlessEarlier: lines`
      (not|never|no one|nobody|is not|would not|will not)
      (feel|feels|felt|feeling|think|thinks|thought|worried|worry|afraid|scared) (like|that)?
      (they|he|she|people|someone) (\w+ )?(said|say|says|called|call|calls|think|thinks)
    `,
    examples: [
      "You're an alcoholic.",
      'That sounds like classic depression to me.',
      "You're obviously a control freak.",
      "You've got an anger problem.",
      'It sounds like you might have some kind of personality disorder.',
      "It sounds like you're a bit of a narcissist.",
      "You're being paranoid.",
      'You come across as a real perfectionist.',
    ],
    counterExamples: [
      "It sounds like you're exhausted. What's been keeping you up?",
      'You feel like a failure.',
      'He called you a liar.',
      "You're not an addict.",
    ],
  },
];
