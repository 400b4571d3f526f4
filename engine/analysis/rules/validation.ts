import { lines, type PhraseRule } from '../phrases.js';

// "It doesn't make sense to you" reflects confusion; it does not validate.
const NEGATED = lines`
  (does not|did not|do not|not|never|will not|would not|hardly)
`;

/** Validation: accepting the client's experience as understandable, normal and theirs to have. */
export const VALIDATION_RULES: readonly PhraseRule[] = [
  {
    id: 'validation.understandable',
    move: 'validation',
    strength: 0.75,
    reason: 'accepted the client’s experience as understandable: {m}',
    phrases: lines`
      (it is|that is|it was|that was|it would be|that would be|that seems|it seems) ~ (understandable|natural|valid|reasonable|human|normal)
      (it is|that is|it was|that was|it would be|that would be|that seems|it seems) ~ (a )?~ (normal|natural|understandable|human|valid) (reaction|response|thing|feeling|worry|concern|fear|way to feel)
      (it is|that is|it would be) ~ (okay|ok|alright|fine|natural|normal|understandable) to (feel|be|cry|not|want|miss|grieve)
      (makes|make|made) (complete |total |perfect |a lot of |so much |real )?sense
      no wonder (you|you are|it)
      anyone (in your (position|shoes|situation) )?(would|might|could) (feel|be|react|struggle|find|have)
      of course you (feel|are|were|would|felt)
      i would (feel|be) (the same|that way|like that)( too)?
      i would (feel|be|get) ~ (upset|angry|sad|scared|worried|hurt|frustrated|annoyed|stressed|anxious|furious|devastated|nervous|afraid|gutted)
      i (can )?(totally |completely |fully |really |definitely |certainly )?understand (why|how) you (would |might |could )?(feel|are|were|felt|would|might|reacted)
      i (can )?(totally |completely |fully |really |definitely )?understand (that|your) (feeling|frustration|anger|fear|worry|worries|concern|sadness|hurt|reaction)
      you have every right to (feel|be)
      you are (allowed|entitled) to (feel|be)
      (your|those|these|the|that|this) (feelings?|reactions?|concerns?|fears?|worries|worry|emotions?|tears|response|anger|sadness) (are|is|make|makes|seem|seems) ~ (valid|understandable|real|sense|natural|normal|human)
      (your|those|these|the|that|this) (feelings?|reactions?|response|tears|anger|sadness) (are|is) (a|an) ~ (normal|natural|understandable|human) (reactions?|responses?|thing)
    `,
    unlessJustAfter: NEGATED,
    examples: [
      "It makes sense that you'd feel that way.",
      'Anyone in your position would struggle with that.',
      "It's completely understandable to be angry after what happened.",
      'I can understand why you would feel that way.',
      "It's okay to feel sad about it.",
      'Your feelings are completely valid.',
      "That's a really understandable worry.",
    ],
    counterExamples: [
      "It doesn't make sense to you that it's all his fault.",
      'Is it okay to carry on?',
      'I understand the rules of the game.',
    ],
  },
  {
    id: 'validation.normal-to-struggle',
    move: 'validation',
    // "I know it can be really hard", "I understand, confrontation can be stressful": the
    // experience accepted as what it is. Weaker than a named validation, so a reflection said with
    // it still counts.
    strength: 0.55,
    reason: 'accepted that this is hard: {m}',
    phrases: lines`
      i (do |can |totally |completely |really |fully )?(know|understand|get|see) (that |how |why )?(it|this|that|things|life|work|\w+ing) (is|can be|must be|has been|will be|would be|gets|can get|feels) ~ (hard|difficult|tough|a lot|painful|scary|frustrating|stressful|flustering|overwhelming|rough|upsetting|lonely|exhausting|draining|confusing)
      i (do |can |totally |completely |really |fully )?(know|understand|get) (that |the )?feeling
      (?!(you|he|she|they|i|we)\b)\w+ can be ~ (hard|difficult|tough|a lot|painful|scary|frustrating|stressful|overwhelming|rough|upsetting|lonely|exhausting|draining|confusing|a (bad|big) source of stress)
      i (totally |completely |really |fully )?(understand|get it|hear you)[.,!]*$
      (a lot of|many|lots of|most|so many|plenty of) people (are|have been|feel|struggle|go through|are going through|have gone through|experience|deal with) (\w+ ){0,4}?(this|that|the same|similar|it|right now|at the moment|these days)
      you are not the only one
      we (all|can all) (feel|go through|struggle)
    `,
    unlessEarlier: lines`
      (not|never|do not|does not)
    `,
    statementOnly: true,
    examples: [
      'I know it can be really hard.',
      'I understand, confrontation can be quite stressful.',
      'A lot of people are going through the same thing right now.',
      'I totally understand.',
    ],
    counterExamples: ["I don't understand what you mean.", 'I know it is Tuesday.', 'Can it be hard?'],
  },
  {
    id: 'validation.not-your-fault',
    move: 'validation',
    strength: 0.75,
    statementOnly: true,
    reason: 'took the blame off the client: {m}',
    phrases: lines`
      (it is|it was|that is|that was) not your fault
      (none|no part) of (it|this|that) (was|is) your fault
      nobody (is )?saying (it was|it is) your fault
      you did not deserve
      you ~ deserve (better|to be|to feel|to have|the best|happiness|respect|a break|some (peace|rest|kindness|support)|good things|so much more|more than)
      you did nothing wrong
      you do not (need|have) to apologi[sz]e
      you (should not|do not) (have|need) to (carry|deal with|face|cope with|go through|manage|do) (this|that|it|all)
      i do not think you should (have to|be) (carry|deal|face|cope|go|manage|alone|blame)
    `,
    examples: [
      "It's not your fault.",
      'You feel ashamed, even though none of it was your fault.',
      "You didn't deserve any of that.",
      "You shouldn't have to deal with that on your own.",
      "I don't think you should have to carry that alone.",
      'You honestly deserve better than the way he treats you.',
      'You did nothing wrong by saying no.',
    ],
    counterExamples: [
      "It's your fault.",
      'You need to apologise to her.',
      'Do you think you deserve better?',
      'You deserve what you get.',
    ],
  },
  {
    id: 'validation.not-alone',
    move: 'validation',
    strength: 0.75,
    reason: 'told the client they are not alone or strange in this: {m}',
    phrases: lines`
      you are ~ (not|never) (alone|the only one|crazy|weak|overreacting|being silly|being dramatic|mad|stupid|a failure|to blame|wrong to)
      you are not (a|an) (bad (person|mother|father|parent|friend)|alcoholic|addict|failure|monster|drunk)
      you are not (weak|broken|crazy|mad|stupid|lazy|selfish)
      (a lot of|many|lots of|most|plenty of) people (would |in your (position|situation|shoes) )?(feel|react|struggle|find this|find it hard) (that way|the same|like that|this way)
      (?<!(that|it|this) )(is|are) ~ (common|normal) (reactions?|responses?|feelings?|experiences?|in|after|for|when|and)
      there is (absolutely )?nothing (at all )?(wrong|shameful|to be ashamed)
      nothing to be ashamed of
    `,
    examples: [
      "You're not alone in feeling like this.",
      "You're not crazy for feeling this way.",
      'Lots of people in your situation feel the same way.',
      "There's nothing wrong with crying here.",
      "Panic attacks are very common and they aren't dangerous, even though they feel frightening.",
      'You are not alone.',
      "You're definitely not a failure.",
    ],
    counterExamples: [
      "That's really common in the first month after stopping.",
      "You're not sure yet.",
      'You are not alone at home in the evenings?',
    ],
    statementOnly: true,
  },
  {
    id: 'validation.no-judgement',
    move: 'validation',
    strength: 0.75,
    reason: 'accepted the client without judging: {m}',
    phrases: lines`
      not (here )?to judge
      i am not (here )?(to )?judg(e|ing)
      no judge?ment
      without (any )?judge?ment
      i (believe|accept) you
      i hear you(?=[.,!;?]|$)
    `,
    examples: ["I'm not here to judge you.", 'I hear you.', 'I believe you.'],
    counterExamples: [
      'I hear you were ill.',
      'What I hear you saying is that it matters.',
      'I believe you should go.',
    ],
    unlessFollowedBy: lines`
      (should|need|must|to)
    `,
  },
];
