import { type PatternRule, START } from './pattern.js';

const ANY_SIGN = String.raw`(?:look(?:s|ed|ing)? (?:away|down|up|at the (?:floor|ground|door|window))|(?:your|you) (?:hands?|voice|eyes|face|fists?|jaw|shoulders|body|arms?|legs?|foot|feet|breathing|knee|lip|tears?)|tears?|tearful|crying|cried|fidget\w*|shak\w+|trembl\w+|sigh\w*|smil\w*|frown\w*|(?:went|go|gone|going|got|getting|been|are|were|seem|very|really) (?:very |really |a bit |quite )?(?:quiet|silent|still|tense|pale|red)|paus\w+|clench\w*|cross(?:ed|ing)? your arms|shift\w*|tapp?\w*|avoid\w* (?:eye contact|looking)|eye contact|blush\w*|flinch\w*|wince?d?|tense\w*|tight\w*|posture|shrug\w*|sat back|lean\w* (?:back|forward|away)|turn\w* away|glanc\w*|swallow\w*|deep breath|breath\w*|star(?:e|ed|ing) (?:at|out|into)|hesitat\w+|laugh\w*)`;

/** Helpful moves found by phrase (empathy, reflections and questions are found by code). */
export const HELPFUL_RULES: readonly PatternRule[] = [
  // Giving space: pacing, permission, autonomy.
  {
    move: 'giving_space',
    id: 'space.take-your-time',
    re: /\b(take (?:your|all the|as much) time|take as long as|in your own time|no rush|no hurry|(?:at|in) your own (?:pace|time)|there's no (?:rush|hurry|pressure)|no pressure|don't (?:need to |have to )?rush)\b/,
    strength: 0.8,
    reason: 'gave the client time: {m}',
  },
  {
    move: 'giving_space',
    id: 'space.when-ready',
    re: /\b(when(?:ever)? you(?:'re| are| feel) (?:ready|able|comfortable)|if and when you|only (?:share|say|tell me|talk about) what you(?:'re| are| feel)? ?(?:comfortable|ready|want)|only if you (?:want|feel|'re ready)|as much or as little as you)\b/,
    strength: 0.8,
    reason: 'let the client set the pace: {m}',
  },
  {
    move: 'giving_space',
    id: 'space.leave-it',
    re: /\b((?:we|you) (?:can|could) (?:leave|park|pause|stop|come back to|return to|skip|put aside|set aside|take a break from) (?:that|this|it|there|here|for now|whenever|any ?time|at any (?:time|point))|(?:let's|we can) (?:leave|park|pause) (?:that|this|it)|you don't have to (?:talk|say|answer|tell|share|go into|discuss|explain|decide|do anything|say anything)|you (?:can|may) (?:stop|pause|say no|decline|pass)\b|it's (?:okay|ok|fine|alright|all right) (?:not to|to not|if you (?:don't|'d rather not|would rather not)|to (?:take|pause|stop|stay quiet|be quiet|sit|say no|not know))|we (?:can|could) (?:go|take (?:it|things)) (?:slowly|slow|at your pace|one step at a time)|(?:let's|we'll) (?:go|take (?:it|things)) (?:slowly|slow|at your pace|one step at a time))/,
    strength: 0.8,
    reason: 'made room to withdraw or slow down: {m}',
  },
  {
    move: 'giving_space',
    id: 'space.autonomy',
    re: /\b((?:it's|it is|that's|that is) (?:entirely |completely |totally |really |always )?(?:up to you|your (?:choice|decision|call))|you(?:'re| are) in (?:control|charge)|you decide|you get to (?:decide|choose)|whatever (?:feels|you feel|is|seems) (?:right|comfortable|best) (?:for|to) you|(?:you|you're) (?:know|the expert on) (?:yourself|your (?:own )?life) best|feel free to|you're free to|your pace)\b/,
    strength: 0.7,
    reason: 'left the choice with the client: {m}',
  },
  {
    move: 'giving_space',
    id: 'space.client-leads',
    re: /\b((?:stop|correct) me if|tell me if i(?:'ve| have)? (?:got|get|missed|misunderstood)|where (?:would you like|do you want|shall we|should we) (?:to )?(?:start|begin)|wherever you (?:like|want|feel)|if you(?:'re| are) (?:happy|comfortable|okay|ok|willing|ready) (?:to|with|for)|if you feel (?:comfortable|able|ready|up to)|not (?:here )?to tell you what to do|i (?:won't|will not|am not going to|'m not going to) tell you what to do|(?:would|if) you(?:'d| would)? be open to|are you open to|(?:i'm|i am) happy to (?:wait|sit|pause|go at)|sit with (?:the )?silence|whatever you(?:'d| would)? (?:like|prefer|choose))\b/,
    strength: 0.65,
    reason: 'let the client lead: {m}',
  },
  {
    move: 'giving_space',
    id: 'space.permission',
    re: /\b((?:would|will) it be (?:okay|ok|alright|all right|fine)|is it (?:okay|ok|alright|all right) (?:if|with you|for me)|(?:can|could|may) i (?:just )?(?:ask|share|offer|suggest|tell you|give you|mention|check|recap|summari[sz]e|pull)|do you mind if i|would you mind if i|would you like (?:me to|to hear|some|a few|an idea)|how would you feel (?:if|about) (?:i|me)|are you (?:okay|ok|alright|all right) (?:with|to|if) (?:me|talking|going|continuing|carrying)|is (?:that|this) (?:okay|ok|alright|all right) (?:with|for) you|if (?:that's|that is|it's|it is) (?:okay|ok|alright|all right) with you|with your permission)\b/,
    strength: 0.55,
    reason: 'asked permission: {m}',
  },
  {
    move: 'giving_space',
    id: 'space.silence',
    re: /\b((?:i'll|i will|i can|i'm happy to) wait|(?:take|have) a (?:moment|minute|second|breath)|(?:let's|we can|we could) (?:just )?(?:sit|stay|be) with (?:that|this|it)|i'm (?:here|not going anywhere)(?: (?:when|whenever|if) you(?:'re| are) ready)?|there's no right (?:or wrong )?(?:way|answer))\b/,
    strength: 0.7,
    reason: 'allowed a pause: {m}',
  },
  {
    move: 'giving_space',
    id: 'space.kind-boundary',
    // A boundary held kindly ("I can't be your friend outside these sessions, but I'm here for you
    // in them") keeps the relationship safe; it is not a breach.
    re: /\b(i(?:'m| am) (?:still |always |really |right )?here (?:for you|to listen|with you)|i(?:'m| am) (?:here and )?(?:listening|on your side) (?:to you )?(?:in|here|now|today)|i(?:'m| am) glad you(?:'re| are)? (?:here|came|come))\b/,
    strength: 0.6,
    reason: 'kept the relationship safe and present: {m}',
  },
  {
    move: 'giving_space',
    id: 'space.repair',
    // Owning a misstep ("I'm sorry, I pushed too hard there") hands control back: repair.
    re: /\b((?:i(?:'m| am) (?:so |really |very )?)?sorry,? (?:(?:i|if i)(?: think)? (?:pushed|rushed|interrupted|got|was|went|jumped|cut|missed|misunderstood|misheard|didn't mean|did not mean|shouldn't|should not|upset|hurt|came across|sounded|said)|for (?:pushing|asking|saying|interrupting|rushing|being|jumping|getting|that|the way))\b|i (?:do )?apologi[sz]e\b|my apologies|(?:that|it) came out wrong|i (?:pushed|rushed|went) (?:you )?too (?:hard|fast|far|much|quickly)|i got (?:that|it) wrong|i shouldn't have (?:said|pushed|asked|assumed|interrupted))/,
    strength: 0.6,
    reason: 'owned a misstep and made room to repair: {m}',
  },
  // Confidentiality: safety and its limits.
  {
    move: 'confidentiality',
    id: 'confidentiality.named',
    re: /\b(confidential(?:ity)?|(?:stays?|kept|remains?|keep (?:it|this|that|what you say)) (?:between (?:us|you and me|the two of us)|in this room|private|confidential)|what (?:you (?:say|tell me|share)|we (?:talk about|discuss|say)) (?:here )?(?:stays?|is (?:private|confidential|kept))|privacy|private (?:space|session|conversation)|limits (?:of|to) (?:what i can keep|confidentiality|privacy)|(?:a )?safe (?:space|place) (?:to|for|here)|(?:i (?:won't|will not|wouldn't|would not) (?:tell|share|pass (?:on|it)|repeat|discuss)) (?:it |this |that |what you (?:say|tell me) )?(?:with |to )?(?:anyone|anybody|your|other)|(?:i would|i'd|i'll|i will|i (?:have|need) to) (?:only )?(?:have to |need to )?(?:break (?:confidentiality|that)|tell someone|share (?:it|that|this)) (?:if|when|is if)|(?:need|have) to (?:share|tell someone|pass (?:that|it) on)[^.?!]*\b(?:keep you safe|your safety|protect you)|(?:but |and )?(?:not|never|nothing (?:about|of)|none of) what (?:we (?:talk about|discuss|say)|you (?:say|tell me|share))|(?:won't|will not|don't|do not|wouldn't|would not) (?:tell|share|pass on|repeat|report) (?:them |him |her |anyone |anybody )?what (?:we (?:talk about|discuss|say)|you (?:say|tell me|share)))\b/,
    strength: 0.8,
    reason: 'explained what stays private: {m}',
    // "I won't tell anyone, I promise" promises more than the role allows (a boundary breach).
    unless:
      /^(?!.*\b(?:unless|except|limits?|risk|safe|safety|harm|danger)\b).*\b(?:i promise|i swear|promise you|no matter what)\b/,
  },
  {
    move: 'confidentiality',
    id: 'confidentiality.exceptions',
    re: /\b(unless|except (?:if|when)|the only (?:time|exception)|only exception)\b[^.?!]*\b(risk|danger|harm|hurt|safe(?:ty)?|abuse|at risk|in danger|serious)\b/,
    strength: 0.6,
    reason: 'explained the limits of confidentiality: {m}',
    unless: /\b(should|need to|have to)\b.*\b(stop|quit)\b/,
  },
  // Cultural curiosity is found in code (needs the question form); dismissing culture is a roadblock.
  // Noticing non-verbal cues.
  {
    move: 'noticing_nonverbal',
    id: 'nonverbal.i-notice',
    re: new RegExp(
      String.raw`\b(i (?:notice|noticed|'m noticing|am noticing|can see|see|saw|sense|'m sensing|couldn't help noticing|can't help noticing|spotted|observed)|i (?:can|could) tell (?:from|by)|(?:it )?looks like you|you (?:seem|look|looked|seemed))\b[^.?!]{0,60}?\b${ANY_SIGN}`,
    ),
    strength: 0.85,
    reason: 'named something the client showed: {m}',
  },
  {
    move: 'noticing_nonverbal',
    id: 'nonverbal.you-did',
    re: new RegExp(
      String.raw`${START}(?:just now,? )?(?:you(?:'ve|'re| are| have)? (?:just )?(?:been )?|your )(?:looked|looking(?! (?:for|forward|into|at (?:options|ways|getting|doing|going|changing|trying|other|different|some|a )|to\b|back|ahead|after|around for))|(?:went|gone|going|got) (?:very |really |a bit )?(?:quiet|silent|still|pale|red|tearful)|sighed|sighing|smiled|smiling|laughed|laughing|paused|pausing|flinched|shrugged|winced|crossed|clenched|fidgeting|shaking|trembling|crying|tearing up|welling up|quiet|silent|voice (?:is|sounds|went|changed|dropped|shook|shakes|is shaking|cracked|broke|softened|got)|hands? (?:are|is|were|was)|eyes (?:are|were|went|filled|look)|face (?:changed|fell|dropped|lit)|breathing)\b`,
    ),
    strength: 0.7,
    reason: 'named something the client showed: {m}',
  },
  {
    move: 'noticing_nonverbal',
    id: 'nonverbal.hear-in-voice',
    re: /\b(i (?:can )?(?:hear|sense|see) (?:the |some |a (?:lot of |little )?|real |how much )?(?:\w+ )?(?:pain|sadness|anger|hurt|fear|frustration|worry|tiredness|grief|sorrow|emotion|tension|distress|fury|anxiety|exhaustion|relief|shame|hope|excitement|joy)(?: (?:in|on|behind) your (?:voice|face|eyes|words))?|in your (?:voice|face|eyes)|i can (?:sense|see|hear) how (?:\w+ )?(?:anxious|nervous|tense|upset|angry|sad|scared|uncomfortable|frightened|worried|tired|hurt)|(?:your|the) (?:\w+ )?(?:is|are) (?:palpable|visible|written all over|showing|so clear))\b/,
    strength: 0.75,
    reason: 'put into words what the client showed: {m}',
  },
  // Validation: normalising, accepting.
  {
    move: 'validation',
    id: 'validation.understandable',
    re: /\b((?:it's|it is|that's|that is|it was|that was|it'd be|that would be|it would be|that seems|it seems) (?:completely |perfectly |totally |entirely |so |very |really |quite |only |absolutely )?(?:understandable|natural|valid|reasonable|human|normal|a normal (?:reaction|response|thing)|a natural (?:reaction|response|thing)|okay to (?:feel|be|cry|not)|ok to (?:feel|be|cry|not)|alright to (?:feel|be|cry|not)|fine to (?:feel|be|cry|not))|(?:makes|make|made) (?:complete |total |perfect |a lot of |so much |real )?sense|no wonder (?:you|you're|it)|anyone(?: in your (?:position|shoes|situation))? (?:would|might|could) (?:feel|be|react|struggle|find|have)|of course you (?:feel|are|were|would|'d|felt)|i(?:'d| would) (?:feel|be) (?:the same|that way|like that) too|you're not (?:alone|the only one|crazy|weak|overreacting|being silly|being dramatic|mad|stupid|a failure|a bad (?:person|mother|father|parent|friend)|to blame|wrong to)|(?:your|those|these|the|that|this) (?:feelings?|reactions?|concerns?|fears?|worries|worry|emotions?|tears|response|anger|sadness) (?:are|is|make|makes|seem|seems) (?:a )?(?:very |completely |perfectly |totally |so )?(?:valid|understandable|real|sense|natural|normal|human)|(?:it's|it is|it was|that's|that was) not your fault|(?:none|no part) of (?:it|this|that) (?:was|is) your fault|nobody(?: is|'s) saying (?:it was|it's) your fault|not (?:here )?to judge|there's nothing (?:wrong|shameful|to be ashamed)|nothing to be ashamed of|(?:a lot of|many|lots of|most) people (?:would |in your (?:position|situation|shoes) )?(?:feel|react|struggle|find this|find it hard) (?:that way|the same|like that|this way)?|(?:you|you) (?:shouldn't|should not|don't|do not) (?:have|need) to (?:carry|deal with|face|cope with|go through|manage|do) (?:this|that|it|all)|i (?:don't|do not) think you should (?:have to|be) (?:carry|deal|face|cope|go|manage|alone|blame)|i(?:'m| am) not (?:here )?(?:to )?judg(?:e|ing)|no judg(?:e?ment)|without (?:any )?judg(?:e?ment)|i (?:believe|accept) you|i hear you|you did(?:n't| not) deserve|you(?:'re| are) not (?:an? )?(?:alcoholic|addict|failure|bad person|monster|weak|broken|crazy|mad|stupid|lazy|selfish|drunk)|you (?:don't|do not) (?:need|have) to apologi[sz]e|(?:is|are) (?:very |really |so |quite |incredibly )?(?:common|normal) (?:reactions?|responses?|feelings?|experiences?|in|after|for|when|and))\b/,
    strength: 0.75,
    reason: 'accepted the client’s experience as understandable: {m}',
    // "It doesn't make sense to you" reflects confusion; it does not validate.
    unlessBefore:
      /\b(?:doesn't|does not|didn't|did not|don't|do not|not|never|won't|wouldn't|hardly)\s+(?:\w+\s+)?$/,
  },
  // Affirmation: recognising strength or effort.
  {
    move: 'affirmation',
    id: 'affirmation.strength',
    re: /\b((?:that|it|this|coming here|talking about (?:it|this|that)|telling me|saying that|asking for help) (?:took|takes|must have taken|must take|shows?|showed) (?:a lot of |real |great |so much |some |such )?(?:courage|guts|strength|bravery|determination|honesty|commitment|effort)|(?:you're|you are|you've been|you have been|you seem|you sound|you must be) (?:(?:really|very|so|clearly|incredibly|truly|a|an|such a) )*(?:strong|brave|resilient|courageous|determined|resourceful|committed|thoughtful|caring|honest|capable|insightful|dedicated|hard[- ]working|a survivor|doing (?:really |so )?(?:well|great|your best))|(?:you've|you have) (?:already |really |just |also )?(?:done|managed|coped|handled|achieved|come|worked|made|taken) (?:\w+ ){0,4}?(?:so well|really well|amazingly|brilliantly|a lot|so much|so hard|really hard|a big step|a huge step|real progress|great progress|a great job|an amazing job|a good job|so far)|well done|good for you|(?<!\b(?:a|the|any|no|that|new|another) )(?:good|great|excellent|nice) (?:job|work)(?! (?:as|market|interview|offer|application|hunting|search|centre|center|prospects)\b)|(?:really |so )?impressive|you should be proud|i(?:'m| am) (?:really |so )?(?:proud of you|impressed)|(?:i|i really|i do) (?:appreciate|admire|respect|value) (?:you|your|how|that you|the way)|thank you for (?:sharing|telling|trusting|being (?:so )?(?:open|honest)|coming|talking|opening up|explaining|letting me)|(?:thanks|thank you) for (?:sharing|telling|trusting|being)|(?:your|the) (?:strength|courage|effort|honesty|commitment|determination|resilience|persistence|openness) (?:\w+ ){0,4}?(?:is|has been|shows|comes through|really)|you(?:'re| are) still (?:standing|here|going|fighting|trying)|you (?:really )?(?:care|cared) (?:a lot|so much|deeply) about|you (?:did|do|are doing|'re doing|have done|'ve done) (?:really |so |very |extremely )?(?:well|great|brilliantly|a (?:great|good|fantastic|brilliant) job)|(?:you've|you have) (?:kept going|kept at it|hung in there|stuck with it|survived|held on|carried on|got through|made it through|kept yourself going)|you(?:'ve| have) (?:already )?(?:identified|thought about|worked out|figured out) (?:a )?(?:really )?(?:good|great|helpful|important))\b/,
    strength: 0.75,
    reason: 'recognised the client’s strength or effort: {m}',
    unless: /\b(genius|einstein|sherlock|great job,? (?:ruining|messing)|oh,? well done|well done,? you)\b/,
  },
  // Self-disclosure (brief, relevant): self-focus is decided in code from how much is about "me".
  {
    move: 'self_disclosure',
    id: 'self-disclosure.me-too',
    re: /\b(i(?:'ve| have) (?:also |once |myself )?(?:been through|lost|experienced|had|struggled with|felt|known|faced|lived through|been) (?:\w+ ){0,5}?(?:too|as well|myself|before|similar|something similar|like that)|i (?:also |once |too )?(?:went through|lost|had|struggled with|experienced|felt) (?:\w+ ){0,6}?(?:too|as well|myself|years ago|when i was|once|similar)|when i (?:was|lost|had|went through|felt|struggled)|i know (?:a bit|a little|something) (?:about|of) what (?:that's|it's|that is|it is) like|i(?:'ve| have) been there|(?:the same|something similar) (?:happened|happens) to me|speaking (?:from|as) (?:personal )?experience|in my (?:own )?(?:life|experience|family)|i (?:also )?lost my|i(?:'m| am) an? (?:parent|mum|mom|dad|father|mother|carer|immigrant|refugee|widow|widower) (?:myself|too))\b/,
    strength: 0.6,
    reason: 'shared something of their own: {m}',
  },
];
