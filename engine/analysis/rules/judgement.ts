import { lines, type PhraseRule } from '../phrases.js';

/**
 * Judgement: criticising, moralising, blaming (Gordon's "judging, criticising, blaming"). A
 * judgement stays one inside a reflective frame ("It sounds like you're being a bit selfish
 * here") and behind a hedge ("to be honest, that was quite stupid"): the phrases allow both. The
 * client's own verdict reflected back ("you feel you were selfish") is not the counsellor's.
 */
export const JUDGEMENT_RULES: readonly PhraseRule[] = [
  {
    // A verdict tacked onto a reflection: the feeling is the client's, "which is silly" is the
    // counsellor's, so the client's-verdict exception of the rule below does not apply.
    id: 'judgement.which-is',
    move: 'judgement',
    strength: 0.8,
    reason: 'passed judgement on what the client feels or did: {m}',
    phrases: lines`
      (which|and that) is ~ (silly|stupid|ridiculous|daft|pathetic|absurd|irrational|childish|selfish|lazy|weak|an overreaction)
    `,
    examples: [
      "You feel guilty, which is silly really because it wasn't your fault.",
      'You stayed in bed all weekend, which is a bit lazy.',
    ],
    counterExamples: [
      'You worry people will think it is silly.',
      'You said it felt silly, and that matters.',
    ],
  },
  {
    id: 'judgement.you-are-bad',
    move: 'judgement',
    strength: 0.85,
    reason: 'judged the client: {m}',
    phrases: lines`
      you (are|were|have been|was|being|are being|were being|are just|sound|seem|come across as|act|acted|behaved|might be|may be|could be|must be|can be) ~ (a |an )?~ {judged}
      you (have |had )?(made|make|keep making|are making|were making) ~ (some |a few |a lot of |lots of |so many |such )?~ {judged}
      (that|it) (is|was) ~ (a |an )?~ {judged}
      what you did (is|was) ~ (a |an )?~ {judged}
      (you are|that is|it is|you were) ~ (a bit much|too much|over the top)
    `,
    unless: lines`
      not (your|here to)
      is not your
      was not your
      no one
      nobody
      none of
      no part of
      i am not saying
      not saying
      would not say
      would never say
      do not think you are
      not calling you
      you are not
      that is not
    `,
    unlessEarlier: lines`
      you (are )?(\w+ ){0,2}(feel|feeling|felt|think|thinking|thought|believe|worry|worried|afraid|scared|said|say|told me|tell yourself|call yourself|wonder|wondering)
      (they|he|she|people|someone|everyone) (is |are |was |were |has |have |had )?(\w+ )?(said|say\w*|think\w*|thought|call\w*|told|tell\w*|feel\w*|felt)
      (feel|feels|feeling|felt) like
    `,
    examples: [
      'That was a really selfish thing to do.',
      "It's your own fault for going back to him.",
      "That's no excuse for hitting someone.",
      "You're being irresponsible with your money.",
      "It sounds like you're being a bit selfish here.",
      "To be honest, you're just making excuses.",
      "Honestly, you're ridiculous.",
      "You're quite a bad friend, really.",
      'I think you may be making a fuss about nothing.',
      "You've made a lot of bad decisions with money.",
      "You're a bit of a doormat with him.",
    ],
    counterExamples: [
      'You feel what you did was stupid.',
      'You worry that people think you are lazy.',
      "You're not selfish for needing a break.",
      'They called you selfish, and that hurt.',
      'It sounds like you feel like a bad mum.',
      "You could be worried you've made a bad decision.",
      'You may be feeling you made some bad choices back then.',
      'You must be worried you made a terrible mistake.',
    ],
  },
  {
    id: 'judgement.blame',
    move: 'judgement',
    strength: 0.8,
    reason: 'blamed or moralised: {m}',
    phrases: lines`
      you ~ (should have|should not have|ought to have|could have just|must have known|should have known)(?! to)
      you (brought (a lot of |all of |some of |most of )?(this|it|that) on yourself|only have yourself to blame|did this to yourself|asked for it|let (it|this|that) happen|chose (this|to))
      you (always|never) (do|listen|think|say|make|get|want|let|bother|try|care|learn|stop|go|mess|ruin|start|blame)
      you should be (grateful|thankful|ashamed)
      shame on you
      you (ought to|should) be ashamed
      what (were|was) you thinking
      how could you
      why would you (do|say|let|go|think)
      i (can not|could not) believe you (would|did|could)
      that is (no|not an) excuse
      (it is|that is) (morally )?wrong (to|of you)
      (you|people) (like you )?should not (drink|smoke|do that|behave|act)
      good (mothers|fathers|parents|people|wives|husbands|friends|daughters|sons) (do not|would not|never)
      i am (disappointed|ashamed) (in|of) you
      what kind of (a )?(mother|father|parent|person|friend) (would|does)
    `,
    unless: lines`
      you (always|never) (know|have to|had to|wanted|want|felt|feel|seem|knew|thought|think|get|got|wanted to)
    `,
    unlessEarlier: lines`
      (not|never|nobody|no one)
      you (are )?(\w+ )?(feel|feeling|felt|think|thinking|thought|believe|worry|worried|wonder|wondering|tell yourself)
    `,
    examples: [
      'You should have known better.',
      'What were you thinking?',
      "That's no excuse for hitting someone.",
      "Good parents don't leave their kids alone like that.",
      'You brought this on yourself.',
      "You shouldn't have said that to her.",
      'I really think you should have called her first.',
    ],
    counterExamples: [
      'You feel you should have known better.',
      "You shouldn't have to deal with that on your own.",
      'You never felt safe there.',
    ],
  },
  {
    id: 'judgement.behaviour-is-bad',
    move: 'judgement',
    strength: 0.8,
    reason: 'condemned what the client did: {m}',
    // A behaviour condemned in itself ("drink-driving is really irresponsible"), whoever is named.
    phrases: lines`
      (?!you )\w+ (is|was|are|were) ~ (irresponsible|selfish|stupid|reckless|careless|shameful|disgusting|unacceptable|inexcusable|immoral|idiotic|thoughtless|inconsiderate|disgraceful|pathetic)
    `,
    unless: lines`
      i (am|was|feel|felt)
      i have been
      not
    `,
    unlessEarlier: lines`
      (feel|feels|felt|feeling|think|thinks|thought|thinking|said|say|says|saying|worried|worry|afraid|scared|sounds?|seems?|believe|know|knew|called|call|tell|told|not|never|nobody|no one|like)
    `,
    examples: ['Drink-driving is really irresponsible.', 'Shouting at kids is disgusting.'],
    counterExamples: ['He thinks drinking is stupid.', "Drinking wasn't irresponsible of you then."],
  },
];
