import { lines, type PhraseRule } from '../phrases.js';

/**
 * Flattery: praise of the person with nothing behind it ("you're amazing", "you're the strongest
 * person I've ever met", "I wish all my clients were like you"). An affirmation names a strength,
 * an effort or a value the client has shown; flattery does not, and earns none of its credit
 * (the over-familiar kind is a boundary breach, boundary.ts).
 */
export const FLATTERY = lines`
  you are (just )?(the best|perfect|a genius|a legend|a star|an angel|a saint)
  you are ~ (amazing|awesome|incredible|wonderful|fantastic|brilliant|special|smart|clever|great)(?! (for|to|at|with|in how|the way))
  (the|my) (best|strongest|bravest|nicest|smartest|cleverest|greatest|most amazing|most inspiring|favou?rite) (person|client|man|woman|girl|guy|patient)
  (i wish|if only) (all my|my other|everyone|everybody|more people) … (were|was) like you
  better than (everyone|everybody|anyone|most people) (else )?i (know|have met|have ever)
`;

/** Affirmation: recognising the client's strengths, efforts and values (MITI "affirm"). */
export const AFFIRMATION_RULES: readonly PhraseRule[] = [
  {
    id: 'affirmation.strength',
    move: 'affirmation',
    strength: 0.75,
    reason: 'recognised the client’s strength or effort: {m}',
    phrases: lines`
      (that|it|this|coming here|talking about (it|this|that)|telling me|saying that|asking for help|reaching out) (took|takes|must have taken|must take|shows?|showed|showing) (a lot of |real |great |so much |some |such )?(courage|guts|strength|bravery|determination|honesty|commitment|effort|maturity|insight)
      (you are|you have been|you seem|you sound|you must be|you are clearly|you seem like|you sound like) (really |very |so |clearly |incredibly |truly |such )?(a |an )?(really |very |so )?(strong|brave|resilient|courageous|determined|resourceful|committed|thoughtful|caring|honest|capable|insightful|dedicated|hard[- ]working|loving|devoted|survivor|fighter)
      you have (a lot of|so much|real|such) (strength|courage|insight|determination|resilience|commitment)
      you are still (standing|here|going|fighting|trying)
      (your|the) (strength|courage|effort|honesty|commitment|determination|resilience|persistence|openness) … (is|has been|shows|comes through|really)
      you are (a |such a |a really )?(good|great|caring|loving|wonderful|devoted|brilliant) (mum|mom|mother|dad|father|parent|friend|daughter|son|sister|brother|carer)
      you (really |clearly |obviously )?(care|cared) (a lot|so much|deeply) about
      you (clearly|obviously) (care|love)
      (you are|you seem|you sound|you seem like|you sound like|you are clearly) (such )?(a|an) ~ (good|wonderful|kind|lovely|caring|thoughtful|motivated|hard-working|hardworking|decent|supportive|loyal|generous|responsible|conscientious|dedicated|devoted|patient) (and \w+ )?(person|friend|co-worker|coworker|colleague|worker|listener|human|soul|partner|carer|caregiver|employee|student|neighbour|neighbor)
      (took|takes|must have taken|must take|showed|shows|showing) (a lot of |real |great |so much |some |such )(courage|guts|strength|bravery|determination|honesty|commitment|grit|maturity|self-control|discipline)
      (that|it|which) says (a lot|so much|something|a great deal) (good )?about (you|your)
      (that|it|which) (really )?shows (how much you care|that you ~ care|your (strength|commitment|courage|determination)|how (strong|brave|committed|determined|resilient) you are)
    `,
    unless: FLATTERY,
    examples: [
      'It took a lot of courage to come here today.',
      "You're clearly a very determined person.",
      'That shows real strength.',
      "You're a resilient person, and it shows.",
      'Telling me that took real bravery.',
      'You are such a great mom.',
      'But you clearly care and love your kids.',
      'Going back after the way they treated you shows real courage.',
      'You kept your temper, and that says a lot about you.',
      'You sound like a really caring friend.',
    ],
    counterExamples: [
      "You're the strongest person I've ever met.",
      'He is so determined to win.',
      'Is your mum a caring person?',
      'It took some time to get there.',
      'What does that say about him?',
    ],
  },
  {
    id: 'affirmation.effort',
    move: 'affirmation',
    strength: 0.75,
    reason: 'recognised what the client has done: {m}',
    phrases: lines`
      you have (already |really |just |also )?(done|managed|coped|handled|achieved|come|worked|made|taken) … (so well|really well|amazingly|brilliantly|a lot|so much|so hard|really hard|a big step|a huge step|real progress|great progress|a great job|an amazing job|a good job|so far)
      you (did|do|are doing|have done) ~ (well|great|brilliantly|amazing|amazingly|a (great|good|fantastic|brilliant|really good) job|your best|everything you can)
      you (handled|managed|dealt with|got through) (that|it|this|all that|all of that) ~ (well|brilliantly|bravely|calmly)
      you have (kept going|kept at it|hung in there|stuck with it|survived|held on|carried on|got through|made it through|kept yourself going)
      you have (already )?(identified|thought about|worked out|figured out) (a )?(really )?(good|great|helpful|important)
      you are (so |really )?(amazing|awesome|incredible|wonderful|great|brilliant|fantastic) (for|to) (\w+ing|have|keep|get|take|make|reach|be)
      look (at )?how far you have come
      well done
      good (for|on) you
      (?<!(a|the|any|no|that|new|another) )(good|great|excellent|nice|brilliant|fantastic) (job|work)(?! (as|market|interview|offer|application|hunting|search|centre|center|prospects))
      (really |so )?impressive
      you should (feel |be )(really |so |very )?proud
      i am (really |so |very )?(proud of you|impressed)
      (i|i really|i do) (appreciate|admire|respect|value) (you|your|how|that you|the way)
      (it is|that is) ~ (great|good|wonderful|admirable|brave|amazing|awesome|fantastic|lovely|encouraging) (that )?you (are|have|were|did|took|can|made|reached|want|decided|asked|tried|got|still|managed|kept|went|told|spoke|noticed|recognise|recognize|realised|realized)
      you are (being )?~ (smart|wise|sensible|mature|responsible|proactive|brave) (to|by|about|for|in)
      you did (the|a) ~ (right|smart|wise|brave|responsible|good|sensible|kind) thing
    `,
    unless: lines`
      genius
      einstein
      sherlock
      great job,? (ruining|messing)
      oh,? well done
      well done,? you
    `,
    examples: [
      "You've done really well to keep going through all of this.",
      'Well done for getting through the week without a drink.',
      "You've already made a big step by talking about it.",
      "I'm impressed that you went to the meeting on your own.",
      'You should be proud of how far you have come.',
      'You are amazing for being her support!',
      'Nice work getting to the gym three times.',
      "I think you're doing really well.",
      "It's really good that you told your sister.",
      "You're being sensible by waiting until you've saved up.",
      'You did the right thing walking away.',
    ],
    counterExamples: [
      'Oh, well done, genius.',
      'You are doing the dishes tonight?',
      'That was a good job offer.',
      "You're amazing.",
      'Is it good that you went?',
      'It would be great if you could come earlier.',
    ],
  },
  {
    id: 'affirmation.confidence',
    move: 'affirmation',
    strength: 0.65,
    reason: 'voiced confidence in the client: {m}',
    phrases: lines`
      you (can|could) (totally |definitely |absolutely |still )?(do (it|this|that|anything)|handle (it|this|that)|get through (it|this|that)|manage (it|this|that)|make it)
      i (believe|have faith) in you
      i (truly |really )?believe (that )?you (can|will|are able)
      you (have|have got) (what it takes|the (skills|strength|ability|tools|courage) to)
      you are (gonna|going to) (smash|ace|nail|crush|rock|knock) (it|this|that|them)
      (you are|you have been) (more|so much more) (capable|resilient|resourceful) than you (think|know|realise|realize|give yourself credit for)
      you are (gonna|going to) (do|be) ~ (great|fine|amazing|amazingly|brilliant|brilliantly|well|awesome|wonderful|wonderfully)
      you (have )?got this
      i am ~ confident (that )?you (can|could|will|are going to|are gonna|have)
      i have (every |full |complete |total )?(confidence|faith) (in you|that you)
    `,
    unless: FLATTERY,
    unlessEarlier: lines`
      (not sure|unsure|doubt|doubts|wonder|wondering|whether|if|worried|afraid|scared|do not know)
    `,
    examples: [
      'You can do it!',
      'I believe in you.',
      'I think you have what it takes to finish the course.',
      "Honestly, you're going to do brilliantly on Friday.",
      "You've got this.",
      "I'm really confident you'll manage the interview.",
    ],
    counterExamples: [
      'Can you do it?',
      'I believe you said Tuesday.',
      "I'm not confident you'll get the flat.",
      'Are you going to do well, do you think?',
    ],
    statementOnly: true,
  },
  {
    id: 'affirmation.praise',
    move: 'affirmation',
    // Delight at what the client reports ("That's great!", "A B is a great result!"): weaker than a
    // named strength, and never enough on its own to outweigh a reflection.
    strength: 0.5,
    reason: 'welcomed what the client did or reported: {m}',
    phrases: lines`
      ^(oh |wow,? |well )?(that is|that sounds|that was|this is|what) ~ (great|wonderful|terrific|fantastic|awesome|amazing|excellent|brilliant|lovely|fabulous|perfect|good news|great news|wonderful news)
      (so |really )?(good|great|nice|lovely|wonderful) to hear
      i am (so |really |very )?(glad|happy|pleased) (to hear|that you|you)
      (is|was) a (great|good|fantastic|brilliant|wonderful|excellent) (result|score|grade|mark|achievement|start)
    `,
    unless: lines`
      (genius|einstein|sherlock|thanks for nothing)
      (great|wonderful|brilliant),? (just|another|more)
    `,
    examples: [
      "That's great!",
      'A B is a great result!',
      "I'm so glad to hear that.",
      'That is wonderful news.',
    ],
    counterExamples: ['Great, another lecture.', 'Is that good?', 'It was great to meet your mum.'],
    statementOnly: true,
  },
  {
    id: 'affirmation.thanks',
    move: 'affirmation',
    strength: 0.75,
    reason: 'thanked the client for their openness: {m}',
    phrases: lines`
      thank you (so much |very much )?for (sharing|telling|trusting|being (so )?(open|honest)|coming|talking|opening up|explaining|letting me)
      thanks (so much )?for (sharing|telling|trusting|being|opening up)
    `,
    examples: [
      'Thank you for trusting me with that.',
      'Thank you for sharing something so personal.',
      'Thanks for opening up about this.',
    ],
    counterExamples: ['Thank you.', 'Thanks for waiting.'],
  },
  {
    id: 'affirmation.idea',
    move: 'affirmation',
    strength: 0.65,
    reason: 'recognised the client’s idea or step: {m}',
    phrases: lines`
      (that is|that was|it is|this is|what) ~ (a|an) ~ (good|great|excellent|brilliant|wonderful|fantastic|positive|healthy|sensible|big|huge|important|brave|smart) (idea|plan|step|start|goal|decision|choice|achievement|result|thing to do|way to|move|attitude|outlook)
      (sounds|seems) like (a|an) ~ (good|great|excellent|brilliant|wonderful|fantastic|positive|healthy|sensible|smart) (idea|plan|step|start|goal|decision|choice|way to|move)
      (that|this|it|which) (is|was|sounds) ~ (great|wonderful|fantastic|excellent|brilliant) (progress|news)
    `,
    examples: [
      "That's a great idea.",
      'That sounds like a really good plan.',
      'A lunch date sounds like a great idea.',
      "That's a big step.",
      'What a positive outlook.',
    ],
    counterExamples: ['Is that a good idea?', 'That was a terrible idea.', 'It sounds like a hard decision.'],
    statementOnly: true,
  },
];
