import { lines, type PhraseRule } from '../phrases.js';

/** Hostility: sarcasm, insult, threat. Calling the client a strongly negative word is also found by tone (extras.ts). */
export const HOSTILITY_RULES: readonly PhraseRule[] = [
  {
    id: 'hostility.insult',
    move: 'hostility',
    strength: 0.9,
    reason: 'spoke with hostility: {m}',
    phrases: lines`
      (you are|you) ~ (an? |a total |a complete |an absolute |a real )?(idiot|moron|fool|loser|pathetic|joke|waste of (time|space|my time)|coward|baby|crybaby|whiner|freak|useless|worthless|hopeless|stupid|thick|dumb)
      shut up
      ^get out
      get out of (here|my)
      go away
      piss off
      get lost
      (?<!(you|i|we|they|he|she|kids|children|who|when|as|will|would|could|can|might|did|did not|watch|watched|see|saw|(want|wants|wanted|help|helped|allow|for|like) \w+ to|let \w+) )grow up(?! (in|with|around|together|to|fast|quickly|so|too|there|here|near|on|without|and))
      man up
      toughen up
      get a grip
      pull yourself together
      stop (whining|moaning|complaining|crying|feeling sorry for yourself|being (a baby|so pathetic|so dramatic|ridiculous))
      (fuck|fucking|shit|bullshit|crap|damn you|screw you)
      what is wrong with you
      (i|we) do not have (all day|time for this)
      hurry up
      get on with it
      (i am|you are) (wasting|losing) my time
      (do|can not|can) you (even )?(listen|understand|hear me|get it)(?=\?)
      are you (deaf|stupid|dumb|thick|serious|kidding)
      (or else|you will regret|i will (report|throw|kick|call the police on|end this)|you would better (not|watch))
      boo ?hoo
      cry me a river
      poor (you|baby|little)
      oh please
      give me a break
      ^(oh,? |so,? |yeah,? |well,? )?big deal
      who cares
      so what(?=\?)
      ^as if(?=\s*[.!?]*$)
      nobody cares
      no one cares
      sick of (you|hearing|listening)
      tired of (you|hearing|listening)
    `,
    unlessEarlier: lines`
      (not|never|feel like|felt like|feels like|sounds like|called you|said you|told you|they say|saying)
    `,
    examples: [
      'Shut up and listen for once.',
      "What's wrong with you?",
      "You're pathetic.",
      "I don't have time for this.",
    ],
    counterExamples: [
      "I won't tell you what to do.",
      "You don't need to apologise for crying.",
      'What have you tried for this before?',
    ],
  },
  {
    id: 'hostility.sarcasm',
    move: 'hostility',
    strength: 0.85,
    reason: 'was sarcastic: {m}',
    phrases: lines`
      (oh |yeah |well )?(great|wonderful|brilliant|well done|nice one|good job|perfect|fantastic|congratulations),? (genius|einstein|sherlock|smart guy|smart one|that is (really )?(clever|smart|helpful|going to help)|because that (worked|works|went|always works)|really mature|very mature|just what (we|you|i) needed)
      (oh,? )?(sure|yeah right|right),? (because (that('s| will| always| never| would| worked| works)|it('s| will) (be )?(so|that|really)|you (always|never|totally)|like)|like that is|as if)
      (oh|yeah),? (that is|that was) (real |really |very )?(smart|clever|mature|helpful)
      that went well,? did not it
      how (lovely|nice|mature) for you
      thanks for nothing
      (is|was) (it|that) (really )?(so|that) hard
    `,
    examples: [
      'Oh great, well done, genius.',
      'Oh sure, because that worked so well last time.',
      'Right, because that always works.',
    ],
    counterExamples: [
      'That was in March, right?',
      "You've worked so hard on this.",
      'Was that the first time it happened?',
    ],
  },
];
