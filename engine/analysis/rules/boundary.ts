import { lines, type PhraseRule } from '../phrases.js';

/**
 * Boundary breach: over-familiar, promises outside the role, personal contact. The counsellor is
 * not a friend; kind limits held ("I can't be your friend outside these sessions") are giving space.
 */
export const BOUNDARY_RULES: readonly PhraseRule[] = [
  {
    id: 'boundary.personal-contact',
    move: 'boundary_breach',
    strength: 0.85,
    reason: 'stepped outside the counselling role: {m}',
    phrases: lines`
      (here is|i will give you|let me give you|take|have|you can have|you can use) (you )?my (personal |own |home |mobile |cell |private )?(number|phone|email|address|whatsapp|snapchat|instagram|facebook)
      (call|text|message|ring|email|phone|whatsapp) me (any ?time|whenever|at home|on my|at night|on the weekend|at the weekend|day or night|after (work|hours))
      (add|follow|friend) me (on|at)
      (let us|we should|we could|shall we|want to|wanna|do you want to|we can) (be friends|hang out|meet up|grab|get|go (for|out)|have) (a |some )?(coffee|drink|drinks|dinner|lunch|beer|meal|date|friends|together|sometime)
      (meet|see) (up |you )?(outside|after) (of )?(the sessions?|here|work|this|sessions|hours|the clinic)
      (i will|let me|i can) (lend|give) you (some |a bit of )?(money|cash)
      (you can|come|you could) (stay|sleep|live|crash) (at|with) (me|my place|mine|my house)
      (i will|i can|i could) (pick you up|drive you|come (round|over|to your)|visit you at)
      (give me|how about|let me give you|can i give you) a hug
      (we are|i am) (your |like |basically |now )?(friends?|mates?|buddies|best friends|family|your (friend|mate|buddy|sister|brother|mum|mom|dad))
    `,
    examples: [
      "Here's my personal number, text me any time.",
      'We should grab a coffee sometime.',
      'Add me on Instagram.',
      'You can stay at my place if things get bad.',
    ],
    counterExamples: [
      'Call your sister and sort it out.',
      'You can stop at any time, just let me know.',
      'Let me try to summarise, and stop me if I get it wrong.',
    ],
  },
  {
    id: 'boundary.over-familiar',
    move: 'boundary_breach',
    strength: 0.85,
    reason: 'spoke to the client as more than a client: {m}',
    phrases: lines`
      i (love|adore) you
      (my|the) (favou?rite|best|nicest|most amazing) (client|patient)
      (i wish|if only) (all my|my other|more of my) (clients|patients) … (were|was) like you
      you are (so |really |very )?(beautiful|gorgeous|sexy|hot|attractive|pretty(?=\s*([.,!?]|$))|handsome|cute)
      (?<!(your|my|his|her|their|our|the|a|new) )(darling|sweetheart|sweetie|honey|babe|hun)
    `,
    examples: [
      "You're my favourite client.",
      'I love you.',
      "You're gorgeous.",
      'Thanks, sweetheart.',
      "You're amazing, honestly the best client I've had.",
    ],
    counterExamples: [
      'I love your lanyard.',
      "You're pretty sure you want to stop.",
      'Your sweetheart sounds kind.',
    ],
  },
  {
    id: 'boundary.promise',
    move: 'boundary_breach',
    strength: 0.75,
    reason: 'promised something outside the counselling role: {m}',
    phrases: lines`
      (i|i will) promise (you )?(\w+ )?(i will|it will|everything|things|nothing|you|no one|nobody|that)
      i (promise|swear) (i will|i will not|to) (never |not )?(tell|share|let)
      (i will|let me|i can|i am going to) (fix|sort|solve|take care of|handle|deal with|make) (it|this|that|everything|all of (it|this)|it all|him|her|them)( for you| better| right| go away)?
      (i will|let me|i can|i am going to) (talk to|call|ring|speak to|sort out|have a word with|confront|contact) (your|the) (boss|landlord|husband|wife|partner|school|teacher|mother|father|mum|mom|dad|family|ex|police|neighbou?r|manager)
      i will (never|not) tell (anyone|anybody|a soul)(,? no matter what| whatever happens| ever)?
      i (will not|will never) (tell|say a word to) (anyone|anybody|a soul)(?=[^.?!]*(i promise|i swear|promise you|cross my heart))
      (your secret is|it is) safe with me,? (no matter|whatever|always)
    `,
    unless: lines`
      i can not promise
      can not fix
      will not be able to
    `,
    examples: [
      "I promise I'll never tell anyone, no matter what.",
      "I'll talk to your boss for you.",
      "I'll fix this for you, I promise.",
      "Don't worry sweetheart, I'll sort it all out.",
    ],
    counterExamples: [
      'Call your sister and sort it out.',
      "I won't tell you what to do.",
      'You have to tell your parents.',
    ],
  },
];
