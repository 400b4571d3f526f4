import { lines, type PhraseRule } from '../phrases.js';

/**
 * The counsellor's own experience. A brief, relevant disclosure ("I've been through a divorce
 * myself") is self-disclosure; claiming the client's experience as one's own ("I was exactly the
 * same", "I know exactly how you feel", "you remind me of me") or telling one's own story at
 * length is self-focus: it takes the conversation over. First-person stories without these
 * phrases are found in code (selfTalk.ts).
 */
export const SELF_RULES: readonly PhraseRule[] = [
  {
    id: 'self-disclosure.me-too',
    move: 'self_disclosure',
    strength: 0.6,
    reason: 'shared something of their own: {m}',
    phrases: lines`
      i have ~ (also |once |myself )?(been through|lost|experienced|had|struggled with|felt|known|faced|lived through|been|been suffering|been struggling|dealt with|gone through|suffered) … (too|as well|myself|before|similar|something similar|like that|the same|this way|that way)
      i (also |once |too )?(went through|lost|had|struggled with|experienced|felt|dealt with|suffered|was) … (too|as well|myself|years ago|when i was|once|similar|the same)
      i (also|too),? (have|had|was|am|went|lost|feel|felt|struggle|struggled|know)
      when i (was|lost|had|went through|felt|struggled)
      i know (a bit|a little|something) (about|of) what (that is|it is) like
      i have been (there|where you are|in your (shoes|position|situation))
      i know (the|that|this) feeling
      (it|the same thing|something similar) happened (to me|in my)
      i am (also|too|still|myself) (in|going through|dealing|struggling|paying|unable|working|looking|suffering|worried|stuck)
      as an? (mum|mom|dad|parent|mother|father|student|nurse|carer|teacher|immigrant|widow|widower)( of \w+ \w+)? myself
      i (have |had |also )?(suffer|suffered|struggle|struggled|dealt|deal|lived|live|grew up|went through) … myself
      (as|since|because) i (was|am|have been|had) (also|too)
      have been (there|through (it|that|this)) myself
      (the same|something similar) (happened|happens) to me
      speaking (from|as) (personal )?experience
      (in|from) my (own )?(life|experience|family|case)
      from (personal )?experience
      (has|have|had|that|this|it|which|what|really|always|also) ~ (helped|helps|worked for|works for) me
      i know how (it|that) (feels|can feel)
      i (do |also )?(worry|struggle|get (anxious|stressed|worried|down|lonely|low|sad|overwhelmed)) … (too|as well)
      i (also )?lost my
      i am an? (parent|mum|mom|dad|father|mother|carer|immigrant|refugee|widow|widower) (myself|too)
      my {relative} (was|is|had|has|went through|did|used to|struggled|lost|died|passed) … (too|as well|similar|the same)
    `,
    examples: [
      'I lost my dad when I was young too, so I know a little of what that can be like.',
      "I've been through a divorce myself, and it was hard.",
      'When I was a student I struggled with anxiety as well.',
      "I'm a parent myself, so I can imagine some of how frightening that was.",
      'My uncle was an alcoholic too.',
      "I've definitely felt this way over the winter too.",
      'Writing lists has really helped me when work piles up.',
      'I know how it feels to be left out of plans.',
      'I do worry about money a lot too.',
    ],
    counterExamples: [
      'What was that like for you?',
      'When you were a student, how did you cope?',
      'You feel the same way about him?',
      'What has helped you before?',
      'I know how hard it is for you.',
    ],
  },
  {
    id: 'self-focus.my-story',
    move: 'self_focus',
    strength: 0.7,
    reason: 'turned the conversation to themselves: {m}',
    phrases: lines`
      (let me|i will|i am going to|i want to|i have to|i have got to|can i|i wanted to) tell you (about )?(my|what happened to me|a (story|funny story)|about the time i)
      enough about (you|that|this)
      (that|it|this|you) reminds? me of (when (i|my)|my|the time i|me|myself)
      i know,? (right,? )?my (own )?{relative} … (too|as well)
      you remind me of (me|myself|my)
      i know exactly (how|what) (you feel|you are feeling|it is like|that is like|you mean|you are going through)
      i know (just )?how you feel
      i (was|am|used to be|did) (exactly|just) the same
      i was (exactly|just) like (you|that)
      (exactly|just) like (me|i did|i was|mine)
      (that is|sounds) (just|exactly) like (me|my)
      (what|exactly what|just what) i (went|have been|was going|am going) through
      when i was your age
      (anyway|but),? (back to me|about me|enough about)
      i have had (such an? |an? )?(terrible|rough|awful|hard|long|crazy|busy|horrible) (day|week|morning|year)
      i am (so |really )?(tired|stressed|exhausted|busy|fed up) (myself|today|too|at the moment|right now)
      (the )?same thing happened to me
      i had (exactly |the exact )?(the )?same (thing|problem|experience|issue)
      ^(me too|same here|me as well|same for me|same with me|i do too|so do i|so am i|so did i|same)
      i (feel|felt|think|thought) (exactly )?(the same|the same way|that way too|like that too)
      i (was|am|used to be) (exactly |just )?the same
      my (own )?{relative} (was|is|did|always|also|used to|does|had|has) … (exactly|just like|like that|like yours|the same)
    `,
    examples: [
      'That reminds me of when I went through my divorce, I was a mess for months.',
      'Let me tell you about my own experience with drinking.',
      'I know exactly how you feel.',
      'When I was your age I had it much harder than you do.',
      'Honestly, I was exactly the same at uni, I partied through my whole first year.',
      'You remind me of me when I was younger.',
      'Me too, I hate my job.',
      'I was the same at your age.',
      'I feel the same way.',
      'I had the exact same thing last year when my dog died.',
      'That reminds me of my brother, he was exactly like that.',
      'That reminds me of when my dad got ill, it was chaos for a year.',
      'I know, right, my sister is a nightmare too.',
    ],
    counterExamples: [
      'Tell me exactly what he did to you.',
      'I know this is hard for you.',
      'Does that remind you of anything?',
      'I know this must be hard for you too.',
      'I know, my asking might feel intrusive too.',
    ],
  },
];
