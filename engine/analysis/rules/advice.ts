import { lines, type PhraseRule } from '../phrases.js';

// A statement someone else makes, or the client's own thought, reported rather than said: "you
// feel you should", "people tell you to", "sounds like you need to".
const REPORTED = lines`
  (do not|did not|never|not|would not) (think|say|saying|said|mean|believe|feel|want to say)
  (not saying|no one is saying|nobody is saying|no reason why)
  you (are )?(think|thinking|feel|feeling|felt|believe|said|say|mentioned|thought|know|knew|realise|realize|decided|worry|worried|wonder|wondering)
  (been|were|was|are|get|got) (told|advised|warned)
  (they|he|she|people|everyone|somebody|someone) (say|said|tell|told|think|thinks|keep saying)
  (if|whether|when|how much|like)
`;

// A reflective frame earlier in the sentence reports the client's sense of having to.
const FRAMED = lines`
  (i am hearing|what i hear|sounds like|seems like|you are saying|part of you)
`;

// Words after which "you should…" describes rather than directs ("the person you need to talk to").
const RELATIVE = lines`
  (person|one|someone|somebody|people|place|thing|things|something|anything|everything|way|who|that|which|what|whatever|whenever)
`;

/**
 * Advice: telling, directing or persuading without permission (Gordon's "advising", MITI
 * "persuade"). Hedges do not soften it into something else ("to be honest, you really should
 * just…" is still advice); a suggestion asked as a question ("Have you tried talking to her?",
 * "Would you consider…?") is advice put as a question. Advice offered with permission is
 * information (reconcile.ts).
 */
export const ADVICE_RULES: readonly PhraseRule[] = [
  {
    id: 'advice.you-should',
    move: 'advice',
    strength: 0.8,
    reason: 'told the client what to do: {m}',
    statementOnly: true,
    phrases: lines`
      you ~ (should|ought to|oughta|need to|needs to|have to|had better|would better|better|got to|have got to|will need to|will have to|gotta)
      you ~ must(?!( really| so| just| still)? (be|have|feel|know|think|like|love|miss|hate|enjoy)\b)
      you ~ (should|must) not
      you (may|might) ~ (need|have) to
    `,
    unlessFollowedBy: lines`
      have (?!to)
      not have
      have to
      be (alone|carrying|proud|so proud|really proud|pleased|grateful|thankful|happy|glad|ashamed)
      feel (proud|pleased|grateful|ashamed)
      be (a|an|the|so|very|really|pretty|feeling|thinking|tired|exhausted|worried|wondering)
      have (been|felt|thought|had)
      (like|love|miss|hate|know|think|feel|wonder)
      (go with|follow|trust|listen to) … (gut|intuition|heart|instincts?|judge?ment)
      do what (is|feels|seems) right for you
    `,
    unless: lines`
      should (not )?have to
      need to know that
      have to (say|admit)
      you do not have to
      if you feel you (need|have) to
    `,
    unlessEarlier: REPORTED,
    unlessEarlierInSentence: FRAMED,
    unlessJustAfter: RELATIVE,
    examples: [
      'You should leave him.',
      'You need to start going to the gym again.',
      'You have to tell your parents.',
      'You ought to see a doctor about that.',
      'To be honest, you really should just leave him.',
      "Honestly you've got to stop seeing her.",
    ],
    counterExamples: [
      'So you stopped going to the gym.',
      'You feel you should have done more.',
      'You must be exhausted.',
      "You shouldn't have to carry that alone.",
      'The person you need to talk to is your GP.',
      "What I'm hearing is that with the kids, work, the house, you've got to keep going.",
    ],
  },
  {
    id: 'advice.i-suggest',
    move: 'advice',
    strength: 0.8,
    reason: 'gave advice: {m}',
    phrases: lines`
      i( would)? ~ (suggest|recommend|advise|urge|encourage)
      i( would)? ~ (want|like|need) you to(?! (know|feel|understand|tell|say|talk|explain|answer|remember that|share|describe|think about what|imagine))
      i( would)? ~ hope you (will|can) (try|talk|go|get|see|call|start|stop|find|take|give|keep|consider|think)
      what i would (like|want) you to do
      my (advice|suggestion|recommendation)
      (the )?best thing (you can|to|you could|would be)
      if i (were|was) you
      ^(honestly |personally )?i would (just |probably |definitely |personally |really |also |first )?(reach out|talk|try|go|get|see|speak|call|look|lean|focus|distance|wait|tell|ask|start|stop|take|give|make|find|consider|write|sit down|let|leave|keep|join|apply|contact|set)
      what you (really |actually |probably )?(need|should|ought|have) to do (is|now)
      i ~ think (that )?(you|it would be) ~ (should|need|ought|must|better|best|good|wise)
      the (answer|solution) is (to|for you)
      you (might|may) (want|wish|like) to (try|think about|consider|look|talk|speak|get|start|stop|see|go|call|ask|find|take|give|make|write|keep|cut|join)
    `,
    examples: [
      'If I were you, I would talk to your boss tomorrow.',
      'My advice is to move out as soon as you can.',
      'I suggest you write a list of pros and cons.',
      'The best thing you can do is get some exercise.',
      'I honestly think you should tell him.',
      'You might want to try a sleep diary.',
    ],
    counterExamples: [
      'I want you to know I am listening.',
      'What do you think the best thing for you would be?',
      'I would like you to tell me more about that.',
    ],
  },
  {
    id: 'advice.why-dont-you',
    move: 'advice',
    strength: 0.65,
    reason: 'pushed a solution: {m}',
    phrases: lines`
      why (do not|not) you
      why not (just |try|go|get|talk|call|give|join|take|ask|tell|make|do|see|start|stop|leave)
      how about (you |we )?(just )?(try|trying|go|going|get|getting|talk|talking|call|calling|join|joining|take|taking|start|starting|cut|cutting|stop|stopping|use|using|make|making|write|writing|ask|asking|see|seeing|give|giving|speak|speaking|look|looking|think|thinking)
      what about (trying|going|getting|talking|calling|joining|taking|starting|cutting|stopping|using|making|writing|asking|seeing|giving|speaking|looking)
      how about (searching|reaching out|finding|spending|setting|signing up|volunteering|asking|booking|planning|practi[cs]ing|writing|reading|checking)
      what if you (tried|try|were to|just|started|stopped|cut|went|talked|called|joined)
    `,
    unless: lines`
      why do not you (take (your|a|all the|as much) (time|moment|minute|breath|second)|start (wherever|where(ever)? you)|tell me|say more|talk (me|to me|about)|share|describe|help me|walk me|let me know|fill me in|have a (seat|rinse|look|think|go|sip|drink of water))
    `,
    examples: [
      "Why don't you join a running club?",
      'How about trying a sleep app?',
      'What if you tried going to bed earlier?',
    ],
    counterExamples: [
      "Why don't you take your time?",
      "Why don't you tell me more about that?",
      'What about your mum?',
    ],
  },
  {
    id: 'advice.question-form',
    move: 'advice',
    // "Have you tried exercise?" puts a solution forward by asking; "what have you tried?" explores.
    strength: 0.55,
    reason: 'suggested a solution by asking: {m}',
    phrases: lines`
      ^(have you|did you) (tried|try|considered|consider|thought about|think about|thought of|looked into|look into|used|use|reached out to|checked out) (?!(anything|something|everything|that|this|it|them|before|to|for|with|in|on|at|out|what|how|why|when|where|if|whether|so|really|much|lots|a lot|any|other|different|about|of)\b)\w+
      ^(would|could) you (ever )?(consider|think about|be willing to|be open to|feel comfortable|like to try) {doing}
      ^(could|can) you (maybe|perhaps|possibly|just|not) {doing}
      ^(could|can) you {doing} (to|with|your|a|an|some|the|him|her|them|more|less|someone|somebody)
      ^is (it|there any way|there a way) (possible )?(for you )?to {doing}
      ^would it be (possible|an option) (for you )?to
      ^is there (someone|anyone|somebody|anybody) you (could|can|might) {doing}
      ^(do not|would not) you think (you|it) (should|could|would be better|might help)
      ^would (it|not it) (help|be (better|easier|good|a good idea|worth)) (to|if you)
      ^should not you
      ^(could|can|would) not you (just |maybe |perhaps |simply |at least )?{doing}
      ^(would|does) (not )?it (not )?make (more |most |better )?sense (to (?!you\b)|for you to|if you)
      ^do you think (you could|it would help to|it might help to|it would help if you|you should|you might)
      ^maybe you (could|should|can|might)
      ^(or |perhaps |maybe )+you (could|can|might) (always |also |still |just )?\w+
      (someone|anyone|somebody|anybody|friends|family|people|groups?|services?|places?|jobs|clubs|courses) (that|who|whom|which) you (could|can|might) (reach out to|talk to|turn to|speak to|call|ask|apply for|go to|join|try|meet|visit|contact|lean on)
      ^what about (trying|\w+ing)
    `,
    unless: lines`
      (can|could) you (tell|describe|say|explain|think of|remember|recall|share|walk me|give me an example|help me understand)
      (consider|think about) (what|how|why|whether)
      would it help (to hear|if i)
    `,
    examples: [
      'Have you tried exercise?',
      'Have you considered talking to your sister?',
      'Have you tried talking to your manager about it?',
      'Would you consider joining a support group?',
      'Could you maybe ask your dad for help?',
      'Is it possible to discuss it with HR?',
      'Did you try meditation?',
      'Maybe you could write her a letter?',
      "Couldn't you just ring the council?",
      "Wouldn't it make more sense to rent somewhere smaller?",
    ],
    counterExamples: [
      'What have you tried for this before?',
      'Have you tried anything that helped?',
      'Could you tell me more about that?',
      'Can you think of a time when it went well?',
      'Have you thought about what you want?',
      "Couldn't you sleep?",
      "Doesn't it make sense to you?",
      // "Ever" asks about the client's history: a question, not a suggestion.
      'Have you ever tried therapy?',
    ],
  },
  {
    id: 'advice.idea',
    move: 'advice',
    strength: 0.55,
    reason: 'put forward a solution: {m}',
    phrases: lines`
      i have (got )?(an(other)?|a|one) (idea|suggestion)
      (a couple of|a few|some|two) (ideas|suggestions) (for you|that)
      one (idea|suggestion) (is|would be|might be)
      what would you think (about|of) (a plan|trying|\w+ing)
      what would happen if you (\w+ed|tried|did|were to|looked|started|stopped|cut)
      i wonder what it would be like if you
      i wish you would
      maybe you should
      you should (just|maybe|probably) (start|stop|try|go|get|talk|quit|cut|leave|find|join|see|call|ask)
    `,
    examples: [
      'I wish you would quit.',
      'I have got an idea for you.',
      'What would happen if you stopped for a week?',
      'Maybe you should talk to her.',
    ],
    counterExamples: ['What would happen if nothing changed?', 'I wish things were easier for you.'],
  },
  {
    id: 'advice.you-could-try',
    move: 'advice',
    strength: 0.5,
    reason: 'suggested what the client could do: {m}',
    statementOnly: true,
    phrases: lines`
      you (could|might|can|may)(,? like,| maybe,)? (always |just |maybe |perhaps |also |even |possibly |definitely |totally )?(want to |like to )?(try|consider|think about|start|join|go|get|talk|call|look into|ask|cut|stop|use|take|write|make|see (a|your|someone|if|whether|how)|give|switch|swap|enroll|enrol|sign up|check out|set|find|keep|put|reduce|limit|avoid|quit|speak|reach out|plan|ride|walk|cycle|exercise|practi[cs]e|schedule|track|keep a|list|replace|substitute|hire|spend|volunteer|apply|visit|contact|let (him|her|them|your|someone)|tell (him|her|them|your|someone|somebody)|focus|meditate|download|read|watch|listen to)
      maybe you (could|can|should)
      (it|that) (might|may|could|would|will) (help|be (good|worth|helpful|useful|a good idea)) (to|if you|for you to)
    `,
    unless: lines`
      at any (time|point)
      any ?time
      whenever you
      if you (want|need|like) to stop
    `,
    // "You could get arrested" warns of a consequence; it suggests nothing.
    unlessFollowedBy: lines`
      (arrested|hurt|sick|ill|caught|fired|sacked|in trouble|worse|killed|pregnant|injured|addicted)
    `,
    unlessEarlier: lines`
      (if|whether|what|how|when|where|wonder)
    `,
    unlessJustAfter: RELATIVE,
    examples: [
      'You could try meditation.',
      'You could try writing it down.',
      'You could, like, walk there instead of driving.',
      'It might help to write things down before bed.',
      'Maybe you could join a choir.',
    ],
    counterExamples: [
      'You can stop at any time, just let me know.',
      'I wonder whether you could see it differently.',
      'The one thing you could do is nothing at all?',
    ],
  },
  {
    id: 'advice.imperative',
    move: 'advice',
    strength: 0.6,
    reason: 'gave an instruction: {m}',
    phrases: lines`
      ^(just |please |really )?(stop|quit|start|avoid|consider|join|exercise|eat|sleep|throw|delete|block|reach out|walk away|move on)
      ^(just |please )?cut (down|back|out)
      ^(just |please )?go (and|to|out|see|talk)
      ^(just |please )?get (some|a|out|help|over|rid|yourself|more|back|on)
      ^(just |please )?(make sure|remember to|focus on)
      ^(just |please )?(call|ring|phone|talk to|tell|ask) (him|her|them|your|for|someone|somebody)
      ^(just |please )?find (a|some|someone|something|another)
      ^(just |please )?keep (busy|going to|trying|at it|a|an eye|taking|using|doing|the|your)
      ^(just |please )?put (your|yourself|it|that)
      ^(just |please )?leave (him|her|them|it|that|your|the)
      ^(just |please )?write (down|it|a|them)
      ^(just |please )?let (it|them|him|her) go
      ^(just |please )?forget (about )?(it|him|her|them|that|your|the)
      ^(just |please )?think (positive|positively|about (the|your) (future|kids|children|family))
      ^(just |please )?be (more|less|positive|strong|careful|honest|grateful|yourself|kind to yourself|patient)
      ^(just |please )?(do not|never) (drink|smoke|go|do|let|give|think about|dwell|be so|keep|worry about what|listen to|take)
      ^(just |please )?drink (less|more|water)
      ^(just |please )?see a (doctor|gp|therapist|psychiatrist|counsellor|counselor)
      ^(just |please )?(use|bring) (the|your|it|this|that|a|an|some)
      ^(just |please )?(sign (the|up|it)|read (the|this|up)|check (the|your|in with|out)|set (a|yourself|some|up))
      ^(just |please )?eat (less|more|some|a)
      ^(just |please )?take (up|a (walk|break|bath|holiday)|some|the|your (medication|meds|tablets|pills)|more|less|it easy|care of yourself)
      ^(just |please )?(stay|remain) (positive|strong|busy|away|calm)
      ^(just |please )?ignore (him|her|them|it|what)
      ^(maybe|perhaps|possibly) (just )?(try|spend|talk|go|get|take|give|look|find|make|start|stop|join|reach out|ask|call|write|keep|consider|do|focus|set|put|let|tell|speak|see|use|plan|book)
      ^(just |please |maybe )?try (\w+ing|some|a|an|the|this|that|it|out|to|and|not|something|yoga|meditation|exercise)
      ^(just |please )?give (her|him|them|it|yourself|each other) (some |a little |more )?(time|space|a chance|a break|a call|a try|a go)
      (, |but |and |so )(just )?try (to|and|not|doing|focusing|talking|getting)
      ^just (ignore|leave|tell|stop|go|get|be|try|walk|forget|move|let|call|ask|take|talk|accept|relax|breathe|focus|put|keep|give|make|quit|block|delete|avoid|enjoy|smile|live|trust|believe|pray)

      ^(just |please |also )?(seek( out)?|look (for|into|up)|search (for|online)|sign up (for|to)|research|schedule|practi[cs]e|treat yourself|allow yourself|remind yourself|tell yourself|surround yourself|distract yourself|be sure to|make (some )?time|spend (some |more |less )?time) (a|an|the|some|your|yourself|more|other|for|to|time|with|what|that|how|\w+ing)
      ^(just |please |also )?set aside (some |an? |more |half an |the )?(time|hour|hours|minutes|day|evening|evenings|morning|mornings|moment|space)
      ^(maybe |perhaps |or )?(even )?(just )?(spending|taking|getting|going|talking|reaching out|joining|finding|looking|trying|starting|writing|making|setting|searching|seeking|asking|calling|keeping|giving|reading|volunteering|exercising|meditating) (a|an|the|some|your|yourself|more|less|time|out|to|with|for|on|up|into|around|online|them|him|her|someone|something) ……( can| could| may| might| would| will)? (help|be (good|great|helpful|a good idea|worth|beneficial|useful))
      ^(maybe |perhaps |or )(even )?(just )?(spending|taking|getting|going|talking|reaching out|joining|finding|looking|trying|starting|writing|making|setting|searching|seeking|asking|calling|keeping|giving|reading|volunteering|exercising|meditating) (a|an|the|some|your|yourself|more|less|time|out|to|with|for|on|up|into|around|online|them|him|her|someone|something)
    `,
    unless: lines`
      ^(so |and |okay |well |now )*(take (your|all the|as much) time|take a (moment|breath|second|minute))
      (call|text|ring|phone|message) me
      talk to me
      stop (whining|moaning|complaining|crying|being|feeling sorry)
      get (a grip|lost|over yourself|out)
      tell me
      let me
    `,
    statementOnly: true,
    examples: [
      'Just stop drinking during the week.',
      'Try to get to bed by ten every night.',
      'Make sure you eat properly.',
      'Call your sister and sort it out.',
      'Go and talk to her about it.',
      'Just ignore him.',
      'Stay positive!',
      'Set aside an hour each evening that is just for you.',
      'Seek out a group of people who have been through the same.',
      'Maybe taking a short walk at lunchtime would help.',
      'Perhaps reaching out to an old friend.',
    ],
    counterExamples: [
      'Take your time.',
      'Just to check, is that right?',
      'Just wondering how the week went.',
      'Tell me more about that.',
      'Stop whining.',
      'Taking the train was a good idea.',
      'Spending time with her is what you miss most.',
    ],
  },
  {
    id: 'advice.options',
    move: 'advice',
    strength: 0.45,
    reason: 'laid out options: {m}',
    // A menu of options (MI "options"): what is available to try, or what others have done.
    phrases: lines`
      (there (are|is)|we have|you have) (a lot of |lots of |so many |many |some |several |a few |all kinds of |different |other |a number of |a range of |plenty of )+(\w+ )?(medications|medicines|products|options|things you (can|could) (try|do|use)|ways (to|you (can|could|might))(?! (feel|be|react|respond|grieve|think|see|look at|experience))|approaches|strategies|treatments)
      some people (find|try|use|prefer|like)[^.?!]*others?
    `,
    unless: lines`
      you have (tried|used|said|mentioned)
      sounds like
      you feel
    `,
    examples: [
      'Some people find a walk helps, others prefer ringing a friend.',
      'There are several medications that can take the edge off the cravings.',
    ],
    counterExamples: ["You've tried lots of different ways to cut down.", 'Some people find it hard.'],
  },
  {
    id: 'advice.might-help',
    move: 'advice',
    strength: 0.5,
    reason: 'put forward something that could help: {m}',
    // "Light-blocking curtains can help", "talking to a teacher might help": a solution named as
    // what helps, not what the client has found helps ("you said the walks help").
    statementOnly: true,
    phrases: lines`
      (\w+ing|(?!(does|was|has|this|thus|yes|less|unless|his|its|is|as)\b)\w{3,}s|(a|the|some|this|that|these|those|more|less|regular|daily|good|proper) \w+) (\w+ ){0,3}?(can|could|might|may|will|would) ~ (help|make a difference|work wonders|do wonders|be a (big |good |great )?help)
      it (can|could|might|may|would) (also )?(really )?(help|be worth|be a good idea) (to|if you)
      (it|that) (might|may|could|would) be worth (a try|trying|\w+ing)
      it (might|may|could|would) (also )?be (time|fun|nice|good|a good idea|helpful|useful|best|worthwhile|wise) to
      (sometimes |often )?it (always |often |really |sometimes |usually )?(helps|can help|may help|might help) (to|if you)
      (might|could|would|may) be a (good |great |nice |healthy )?way to
      (a little (bit )?|a bit |slightly |much |even )?(sooner|earlier|less|more often|smaller|shorter|slower|gradually) (\w+ )?(would|will|might) be (good|better|best|wise|ideal|helpful)
      (\w+ing|(a|the|some|this|that|more|less|a bit|a little( bit)?) \w+) (\w+ ){0,2}?(will|would|could|might|can) (really |certainly |definitely )?be (really |very )?(helpful|useful|beneficial|good for you|worth (it|a try)|a good idea)
    `,
    unless: lines`
      you (said|say|found|find|mentioned|told me|know|have found|have said)
      (sounds|seems) like
      what (can|could|might|may|will|would)
      (if|whether|how|what) … (can|could|might|may|will|would) help
      (research|studies|evidence|statistics|data|science|trials) (shows?|suggests?|says?|tells us|indicates?|has shown)
      (information|something|anything|ideas|thoughts|things|resources|questions) (that|which) (might|may|could|can|will|would)
      there (are|is) … (strategies|options|ways|things|approaches|treatments|medications|programmes|programs)

      (wonder|wondering|wondered) (whether|if)
    `,
    unlessEarlier: lines`
      (not|never|nothing|no one|nobody|hope|hoping|hoped|wish|wished|want|wanted|thought|think|wonder|wondering|whether)
    `,
    examples: [
      'Light-blocking curtains can help.',
      'Bringing this up with a teacher might help.',
      'It might be worth trying a different approach.',
      'Deep breaths can really help.',
    ],
    counterExamples: [
      'You said the walks help.',
      'What do you think would help?',
      'Nothing seems to help.',
      "I'm wondering whether it would be a good idea to look at this another way.",
    ],
  },
  {
    id: 'advice.its-best',
    move: 'advice',
    strength: 0.5,
    reason: 'steered toward a solution: {m}',
    phrases: lines`
      it (is|would be|might be|may be|could be) (probably |really |much |always |very |quite |pretty )?(best|better|wise|sensible|reasonable|useful|smart|essential|vital|crucial|a good idea|a great idea|a really good idea|important|helpful|worth) (to|that you|if you|for you to)
      let us (try|work on|set|make|plan|organi[sz]e|get|come up with|figure out how|think about how|talk about how|look at how|start)
      one (thing|option|idea|approach) (you could|would be|is to|might be)
    `,
    // "It's important that you were willing to…" recognises what the client did; "it sounds like it
    // is helpful for you" reflects what the client finds helps.
    unlessFollowedBy: lines`
      (were|was|did|had|have been|have (\w+ed|done|made|taken|kept|shown|come|got|gone))
    `,
    unlessEarlierInSentence: [...FRAMED, '(wonder|wondering|wondered) (whether|if)'],
    examples: [
      'It would be best to cut him out of your life.',
      'It might be reasonable to start with one alcohol-free day a week.',
      'It could be useful to keep a note of when the cravings hit.',
    ],
    counterExamples: [
      'It was best for everyone, you felt.',
      'Is it important to you?',
      'It is really important that you were willing to try.',
      'It sounds like it is helpful for you to get out of the house.',
      'I wonder whether it would be better to wait.',
    ],
  },
];
