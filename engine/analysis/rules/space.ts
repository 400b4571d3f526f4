import { lines, type PhraseRule } from '../phrases.js';

/**
 * Giving space: pacing, permission and autonomy. The client sets the pace and must be free to
 * withdraw; these are the everyday ways a counsellor says so.
 */
export const SPACE_RULES: readonly PhraseRule[] = [
  {
    id: 'space.take-your-time',
    move: 'giving_space',
    strength: 0.8,
    reason: 'gave the client time: {m}',
    phrases: lines`
      take (your|all the|as much) time
      take as long as
      (whatever|all the|as much) time you (need|want|like)
      in your own time
      no rush
      no hurry
      (at|in) your own (pace|time)
      you (set|choose) the pace
      there is no (rush|hurry|pressure)
      no pressure
      do not (need to |have to )?rush
    `,
    examples: [
      'Take your time.',
      "Why don't you take your time?",
      "There's no rush, we can go at your pace.",
      'Whatever time you need is fine.',
      'You set the pace here.',
    ],
    counterExamples: [
      "There's no need to cry.",
      'Time is a great healer.',
      'It takes time to heal, you know.',
    ],
  },
  {
    id: 'space.when-ready',
    move: 'giving_space',
    strength: 0.8,
    reason: 'let the client set the pace: {m}',
    phrases: lines`
      when(ever)? you (are|feel) (ready|able|comfortable)
      if and when you
      only (share|say|tell me|talk about) what you (are |feel )?(comfortable|ready|want)
      only if you (want|feel|are ready)
      as much or as little as you
    `,
    examples: [
      "We can leave that for now and come back to it whenever you're ready.",
      'Only share what you feel comfortable sharing.',
      'Whenever you feel ready.',
      'Tell me as much or as little as you like.',
    ],
    counterExamples: ['When you were ready to leave, what happened?', 'Are you ready to start?'],
  },
  {
    id: 'space.leave-it',
    move: 'giving_space',
    strength: 0.8,
    reason: 'made room to withdraw or slow down: {m}',
    phrases: lines`
      (we|you) (can|could) (leave|park|pause|stop|come back to|return to|skip|put aside|set aside|take a break from) (that|this|it|there|here|for now|whenever|any ?time|at any (time|point))
      (let us|we can) (leave|park|pause) (that|this|it)
      (we|you) do not (have|need) to (go there|go into (that|it|this)|talk about (that|it|this)|get into (that|it|this))
      you do not (have|need) to (talk|say|answer|tell|share|go into|discuss|explain|decide|do anything|say anything)
      you (can|may) (stop|pause|say no|decline|pass|skip)
      it is (okay|ok|fine|alright|all right) (not to|to not|if you (do not|would rather not)|to (take|pause|stop|stay quiet|be quiet|sit|say no|not know))
      we (can|could) (go|take (it|things)) (slowly|slow|at your pace|one step at a time)
      (let us|we will) (go|take (it|things)) (slowly|slow|at your pace|one step at a time)
      you do not owe me (an answer|an explanation|anything)
    `,
    examples: [
      "It's okay to not know what you want yet.",
      "You don't have to talk about it if you don't want to.",
      "We don't have to go there today.",
      'We can take things slowly.',
      "You don't owe me an explanation.",
    ],
    counterExamples: ['Go and talk to her about it.', 'You just let it go and walked away this time.'],
  },
  {
    id: 'space.autonomy',
    move: 'giving_space',
    strength: 0.7,
    reason: 'left the choice with the client: {m}',
    phrases: lines`
      (it is|that is) ~ (up to you|your (choice|decision|call))
      (what|where|how much|whether|when) (we|you) \w+( about| to| with)?( today| here| now)? (is|are) ~ (up to you|your (choice|decision|call))
      (it is|that is) (all )?your call
      you are in (control|charge)
      you decide
      you get to (decide|choose)
      you (choose|pick) what we
      whatever (feels|you feel|is|seems) (right|comfortable|best) (for|to) you
      (you|you are) (know|the expert on) (yourself|your (own )?life) best
      feel free to
      you are free to
      your pace
      (go|do) (with )?what (is|feels|seems) right (for|to) you
      (go with|follow|trust|listen to) your (own )?(gut|intuition|heart|instincts?|judge?ment)
      only you (can|know)
    `,
    examples: [
      "It's up to you where we start.",
      "It's really up to you.",
      'What we talk about today is up to you.',
      "You're in control of what we talk about here.",
      'You choose what we talk about.',
      'You really have to go with your gut and follow your own intuition on that.',
    ],
    counterExamples: ['It was up to your dad in the end.', 'You decided to leave, and then what?'],
  },
  {
    id: 'space.client-leads',
    move: 'giving_space',
    strength: 0.65,
    reason: 'let the client lead: {m}',
    phrases: lines`
      (stop|correct) me if
      tell me if i (have )?(got|get|missed|misunderstood)
      where (would you like|do you want|shall we|should we) (to )?(start|begin)
      wherever you (like|want|feel)
      if you are (happy|comfortable|okay|ok|willing|ready) (to|with|for)
      if you feel (comfortable|able|ready|up to)
      not (here )?to tell you what to do
      i (will not|am not going to) tell you what to do
      (would|if) you (would )?be open to
      are you open to
      i am happy to (wait|sit|pause|go at)
      sit with (the )?silence
      whatever you (would )?(like|prefer|choose)
    `,
    examples: [
      'Stop me if I get it wrong.',
      'Where would you like to start?',
      "I won't tell you what to do.",
      "I'm happy to sit with the silence for a bit.",
    ],
    counterExamples: ['Stop doing that.', 'Where did you start?'],
  },
  {
    id: 'space.permission',
    move: 'giving_space',
    strength: 0.55,
    reason: 'asked permission: {m}',
    phrases: lines`
      (would|will) it be (okay|ok|alright|all right|fine) (if i|with you|for me|to)
      is it (okay|ok|alright|all right) (if i|with you|for me|to)
      (can|could|may) i (just )?(ask|share|offer|suggest|tell you|give you|mention|check|recap|summari[sz]e|pull)
      do you mind if i
      would you mind if i
      would you like (me to|to hear|some|a few|an idea)
      how would you feel (if|about) (i|me)
      are you (okay|ok|alright|all right) (with|to|if) (me|talking|going|continuing|carrying)
      is (that|this) (okay|ok|alright|all right) (with|for) you
      if (that is|it is) (okay|ok|alright|all right) with you
      with your permission
    `,
    examples: [
      'Would it be okay if I asked about your family?',
      'Can I ask you something about the night it happened?',
      'How would you feel if I made a suggestion?',
    ],
    counterExamples: ['Would it be okay with your mum if you moved out?', 'Can you ask her?'],
  },
  {
    id: 'space.silence',
    move: 'giving_space',
    strength: 0.7,
    reason: 'allowed a pause: {m}',
    phrases: lines`
      (i will|i can|i am happy to) wait
      (take|have) a (moment|minute|second|breath)
      (let us|we can|we could) (just )?(sit|stay|be) with (that|this|it)
      ^i am (here|not going anywhere)( (when|whenever|if) you are ready)?
      there is no right (or wrong )?(way|answer)
    `,
    examples: [
      "It's okay to take a moment.",
      "There's no right or wrong answer.",
      "I'm here when you're ready.",
    ],
    counterExamples: [
      'Take a deep breath and calm down.',
      'I am here on business.',
      'I had covid and I am here.',
    ],
    unlessFollowedBy: lines`
      and calm
      on business
    `,
  },
  {
    id: 'space.kind-boundary',
    move: 'giving_space',
    // A boundary held kindly ("I can't be your friend outside these sessions, but I'm here for you
    // in them") keeps the relationship safe; it is not a breach.
    strength: 0.6,
    reason: 'kept the relationship safe and present: {m}',
    phrases: lines`
      i am (still |always |really |right )?here (for you|to listen|with you)
      i am (here and )?(listening|on your side) (to you )?(in|here|now|today)
      i am glad you (are )?(here|came|come)
    `,
    examples: [
      "I can't be your friend outside these sessions, but I am here for you in them.",
      "I'm here to listen, not to judge.",
      "I'm glad you came today.",
    ],
    counterExamples: ['I am here to tell you what to do.', 'I am glad you asked.'],
  },
];
