import { lines, type PhraseRule } from '../phrases.js';

/** Confidentiality: what stays private, and honestly, its limits. */
export const CONFIDENTIALITY_RULES: readonly PhraseRule[] = [
  {
    id: 'confidentiality.named',
    move: 'confidentiality',
    strength: 0.8,
    reason: 'explained what stays private: {m}',
    phrases: lines`
      confidential(ity)?
      (stays?|kept|remains?|keep (it|this|that|what you say)) (between (us|you and me|the two of us)|in this room|private|confidential)
      what (you (say|tell me|share)|we (talk about|discuss|say)) (here )?(stays?|is (private|confidential|kept))
      privacy
      private (space|session|conversation)
      limits (of|to) (what i can keep|confidentiality|privacy)
      (this is|it is|here is|here|this|be) (a )?safe (space|place)
      safe (space|place) (to talk|to share|for you|here)
      i (will not|would not) (tell|share|pass (on|it)|repeat|discuss) (it |this |that |what you (say|tell me) )?(with |to )?(anyone|anybody|your|other)
      (i would|i will|i (have|need) to) (only )?(have to |need to )?(break (confidentiality|that)|tell someone|share (it|that|this)) (if|when|is if)
      (need|have) to (share|tell someone|pass (that|it) on)[^.?!]*(keep you safe|your safety|protect you)
      (but |and )?(not|never|nothing (about|of)|none of) what (we (talk about|discuss|say)|you (say|tell me|share))
      (will not|do not|would not) (tell|share|pass on|repeat|report) (them |him |her |anyone |anybody )?what (we (talk about|discuss|say)|you (say|tell me|share))
    `,
    // "I won't tell anyone, I promise" promises more than the role allows (a boundary breach).
    unless: lines`
      i promise
      i swear
      promise you
      no matter what
    `,
    examples: [
      'What you say here stays between us.',
      'Everything we talk about is confidential, unless I think you or someone else is at risk of serious harm.',
      "I'd like to explain the limits of confidentiality before we start.",
      'This is a safe space to talk.',
    ],
    counterExamples: [
      "I won't tell anyone, I promise.",
      'Is it a safe place to live?',
      'I keep my private life separate.',
    ],
  },
  {
    id: 'confidentiality.exceptions',
    move: 'confidentiality',
    strength: 0.6,
    reason: 'explained the limits of confidentiality: {m}',
    phrases: lines`
      (unless|except (if|when)|the only (time|exception)|only exception)[^.?!]*(risk|danger|harm|hurt|safe(ty)?|abuse|at risk|in danger|serious)
    `,
    // "Unless you stop drinking, the risk stays high" warns; it does not explain confidentiality.
    unless: lines`
      stop
      quit
      cut (down|back)
    `,
    examples: [
      'Everything we talk about is confidential, unless I think you or someone else is at risk of serious harm.',
      'The only time I would have to tell someone is if I was worried about your safety.',
      'I keep what you tell me private, except if a child is in danger.',
      "Nothing you say leaves this room unless someone's safety is at risk.",
    ],
    counterExamples: [
      'Unless you stop drinking, the risk stays high.',
      'You should stop, unless you want more harm.',
    ],
  },
];
