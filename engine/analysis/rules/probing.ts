import { lines, type PhraseRule } from '../phrases.js';

/** Probing beyond the question form: pushing for details. "Why" and stacked questions are found in code (extras.ts). */
export const PROBING_RULES: readonly PhraseRule[] = [
  {
    id: 'probing.push-details',
    move: 'probing',
    strength: 0.7,
    reason: 'pushed for details: {m}',
    phrases: lines`
      (what|how|when|where|who) exactly
      tell me (everything|all (of it|about it)|the details|exactly|every detail)
      i (need|want) (you )?to (know|hear|tell me) (everything|exactly|all|the details|what (exactly|really))
      (and )?then what( happened)?
      come on,? (just |you can )?(tell|say|spit|out)
      just tell me
      spit it out
      out with it
      you (have|need|must|have got) to (tell me|answer|explain)
      (give me|i need) (the |more |all the )?(details|specifics|facts)
      in (more )?detail
      step by step,? what
      what else did (he|she|they) do
      did (he|she|they) (ever )?(hit|touch|hurt|rape|abuse) you
      answer the question
      you are (avoiding|dodging) (the|my) question
      why will not you (tell|answer|talk)
    `,
    examples: [
      'Tell me exactly what he did to you.',
      'Come on, just tell me what happened.',
      'I need you to tell me everything about that night.',
      'Did he hit you? When? How often?',
    ],
    counterExamples: [
      'Enough about that, I wanted to tell you what happened to me at the weekend.',
      'I wonder what that meant to you.',
      "I won't tell you what to do.",
    ],
  },
];
