import { type PatternRule, START } from './pattern.js';

const NEG_BEFORE = /\b(not|n't|never|no one|nobody|isn't|wouldn't|won't)\b[^,;]*$/;
const LABELS = String.raw`(?:an? )?(?:alcoholic|addict|junkie|drunk|narcissist|psycho|psychopath|sociopath|paranoid|bipolar|depressive|crazy|mental|insane|nuts|hysterical|neurotic|borderline|co-?dependent|victim|loser|failure|drama queen|attention[- ]seeker|hypochondriac|control freak|ocd|adhd|anorexic|bulimic|schizophrenic|manipulative|toxic|enabler|in denial|(?:a )?mess|(?:a )?wreck|liar|hopeless case|basket case|(?:a )?typical (?:\w+)|problem (?:drinker|child|gambler)|mentally ill|unstable|damaged|broken)`;

/** The nine roadblocks found by phrase (probing and self-focus are also found in code). */
export const ROADBLOCK_RULES: readonly PatternRule[] = [
  // Advice: directing or persuading without permission.
  {
    move: 'advice',
    id: 'advice.you-should',
    re: /\byou ?(?:really |just |definitely |probably |seriously |honestly |simply |absolutely |still |also |both |all )?(?:should|shouldn't|should not|ought to|oughta|must(?!(?: really| so| just| still)? (?:be|have|feel|know|think|like|love|miss|hate|enjoy)\b)|mustn't|need to|needs to|have to|had better|'d better|better|gotta|got to|have got to|'ve got to|will need to|'ll need to|'ll have to|will have to)(?! have (?!to)|'ve| have to| be (?:alone|carrying|proud|so proud|really proud|pleased|grateful|thankful|happy|glad|ashamed)| feel (?:proud|pleased|grateful|ashamed)| be (?:a|an|the|so|very|really|pretty|feeling|thinking|tired|exhausted|worried|wondering)\b| have (?:been|felt|thought|had)| like| love| miss| hate| know| think| feel| wonder)\b/,
    strength: 0.8,
    reason: 'told the client what to do: {m}',
    statementOnly: true,
    unlessBefore:
      /\b(?:don't|do not|didn't|never|not|wouldn't) (?:think|say|saying|said|mean|believe|feel|want to say)\b[^,;]*$|\b(?:not saying|no one (?:is|'s) saying|nobody (?:is|'s) saying|no reason why)\b[^,;]*$|\byou(?:'re| are)? (?:think|thinking|feel|feeling|felt|believe|said|say|mentioned|thought|know|knew|realise|realize|decided|worry|worried)\b[^,;]*$|\b(?:they|he|she|people|everyone|somebody|someone) (?:say|said|tell|told|think|thinks|keep saying)\b[^,;]*$|\b(?:i(?:'m| am) hearing|what i hear|sounds like|seems like|you(?:'re| are) saying)\b[^.;]*$|\b(?:if|whether|when|how much|like)\b[^,;]*$|\b(?:person|one|someone|somebody|people|place|thing|things|something|anything|everything|way|who|that|which|what|whatever|whenever)\s*$/,
    unless:
      /\b(should(?:n't| not)? have to|need to know that|have to (?:say|admit)|you don't have to|if you feel you (?:need|have) to)\b/,
  },
  {
    move: 'advice',
    id: 'advice.i-suggest',
    re: /\b(i(?:'d| would)? (?:really |strongly |just )?(?:suggest|recommend|advise|urge|encourage|want you to(?! know| feel| understand| tell| say| talk| explain| remember that)|like you to(?! know| feel| tell| say| talk)|need you to(?! know| tell| say| talk| explain| answer)|hope you(?:'ll| will| can))|what i(?:'d| would) (?:like|want) you to do|my (?:advice|suggestion|recommendation)|(?:the )?best thing (?:you can|to|you could|would be)|if i were you|if i was you|what you (?:really |actually |probably )?(?:need|should|ought|have) to do (?:is|now)|(?:i think |i really think )(?:you|it'd be|it would be) (?:should|need|ought|must|better|best|good|wise)|the (?:answer|solution) is (?:to|for you))\b/,
    strength: 0.8,
    reason: 'gave advice: {m}',
  },
  {
    move: 'advice',
    id: 'advice.why-dont-you',
    re: /\b(why (?:don't|do not) you|why not (?:just |try|go|get|talk|call|give|join|take|ask|tell|make|do|see|start|stop|leave)|how about (?:you |we )?(?:just )?(?:try|trying|go|going|get|getting|talk|talking|call|calling|join|joining|take|taking|start|starting|cut|cutting|stop|stopping|use|using|make|making|write|writing|ask|asking|see|seeing|give|giving|speak|speaking|look|looking|think|thinking)|what about (?:trying|going|getting|talking|calling|joining|taking|starting|cutting|stopping|using|making|writing|asking|seeing|giving|speaking|looking)|what if you (?:tried|try|were to|just|started|stopped|cut|went|talked|called|joined))\b/,
    strength: 0.65,
    reason: 'pushed a solution: {m}',
    unless:
      /\bwhy (?:don't|do not) you (?:take (?:your|a|all the|as much) (?:time|moment|minute|breath|second)|start (?:wherever|where(?:ever)? you)|tell me|say more|talk (?:me|to me|about)|share|describe|help me|walk me|let me know|fill me in|have a (?:seat|rinse|look|think|go|sip|drink of water))/,
  },
  {
    move: 'advice',
    id: 'advice.idea',
    re: /\b(i(?:'ve| have) (?:got )?(?:an(?:other)?|a|one) (?:idea|suggestion)|(?:a couple of|a few|some|two) (?:ideas|suggestions) (?:for you|that)|one (?:idea|suggestion) (?:is|would be|might be)|what would you think (?:about|of) (?:a plan|trying|\w+ing)|what would happen if you (?:\w+ed|tried|did|were to|looked|started|stopped|cut)|i wonder what (?:it'd|it would) be like if you|i wish you would|maybe you should|you should (?:just|maybe|probably) (?:start|stop|try|go|get|talk|quit|cut|leave|find|join|see|call|ask))\b/,
    strength: 0.55,
    reason: 'put forward a solution: {m}',
  },
  {
    move: 'advice',
    id: 'advice.you-could-try',
    statementOnly: true,
    re: /\byou (?:could|might|can|may)(?:,? like,| maybe,)? (?:always |just |maybe |perhaps |also |even |possibly )?(?:want to |wanna |like to )?(?:try|consider|think about|start|join|go|get|talk|call|look into|ask|cut|stop|use|take|write|make|see (?:a|your|someone|if|whether|how)|give|switch|swap|enroll|enrol|sign up|check out|set|find|keep|put|reduce|limit|avoid|quit|speak|reach out|plan|ride|walk|cycle|swap|exercise|practi[cs]e|schedule|track|keep a|list|replace|substitute)\b/,
    strength: 0.5,
    reason: 'suggested what the client could do: {m}',
    unlessBefore:
      /\b(if|whether|what|how|when|where|wonder)\b[^,;]*$|\b(?:person|one|someone|somebody|people|place|thing|things|something|anything|everything|way|who|that|which|what|whatever|whenever)\s*$/,
    unless: /\b(?:at any (?:time|point)|any ?time|whenever you|if you (?:want|need|like) to stop)\b/,
  },
  {
    move: 'advice',
    id: 'advice.imperative',
    re: new RegExp(
      String.raw`${START}(?:just |please |really |you )?(?:try(?: to)?|stop|quit|cut (?:down|back|out)|start|go (?:and|to|out|see|talk)|get (?:some|a|out|help|over|rid|yourself|more|back|on)|make sure|remember to|avoid|call|ring|phone|talk to|tell (?:him|her|them|your)|ask (?:him|her|them|your|for)|join|find (?:a|some|someone|something|another)|focus on|keep (?:busy|going to|trying|at it|a)|put (?:your|yourself|it|that)|leave (?:him|her|them|it|that|your|the)|consider|write (?:down|it|a|them)|let (?:it|them|him|her) go|move on|forget (?:about )?(?:it|him|her|them|that|your|the)|think (?:positive|positively|about (?:the|your) (?:future|kids|children|family))|be (?:more|less|positive|strong|careful|honest|grateful)|don't (?:drink|smoke|go|do|let|give|think about|dwell|be so|keep)|never (?:let|give|go)|exercise|eat|sleep|drink (?:less|more|water)|throw|delete|block|walk away|see a (?:doctor|gp|therapist|psychiatrist)|use (?:the|your|it|this|a|an)|keep (?:an eye|taking|using|doing|the|your)|bring (?:the|your|it|that|a|some)|sign (?:the|up|it)|read (?:the|this|up)|check (?:the|your|in with|out)|set (?:a|yourself|some|up)|write (?:down|it|a|them)|drink (?:less|more|water)|eat (?:less|more|some|a)|take (?:up|a (?:walk|break|bath|holiday)|some|the|your (?:medication|meds|tablets|pills)|more|less|it easy))\b`,
    ),
    strength: 0.6,
    reason: 'gave an instruction: {m}',
    unless:
      /^(?:so |and |okay |well |now )*(?:take (?:your|all the|as much) time|take a (?:moment|breath|second|minute))|\b(?:call|text|ring|phone|message) me\b|\btalk to me\b|\bstop (?:whining|moaning|complaining|crying|being|feeling sorry)|\bget (?:a grip|lost|over yourself|out)\b/,
  },
  {
    move: 'advice',
    id: 'advice.have-you-tried',
    // "Have you tried exercise?" puts a solution forward by asking; "what have you tried?" explores.
    re: new RegExp(
      String.raw`${START}(?:have you|did you ever|have you ever) (?:tried|considered|thought about) (?!(?:anything|something|everything|that|this|it|them|before|to|for|with|in|on|at|out|what|how|why|when|where|if|whether|so|really|much|lots|a lot|any|other|different)\b)\w+`,
    ),
    strength: 0.5,
    reason: 'suggested a solution by asking: {m}',
  },
  {
    move: 'advice',
    id: 'advice.options',
    // A menu of options (MI "options"): what is available to try, or what others have done.
    re: /\b((?:there (?:are|is|'s)|we have|you have) (?:a lot of |lots of |so many |many |some |several |a few |all kinds of |different |other |a number of |a range of |plenty of )+(?:\w+ )?(?:medications|medicines|products|options|things you (?:can|could) (?:try|do|use)|ways (?:to|you (?:can|could|might))(?! (?:feel|be|react|respond|grieve|think|see|look at|experience)\b)|approaches|strategies|treatments)|some people (?:find|try|use|prefer|like)\b[^.?!]*\bothers?\b)/,
    strength: 0.45,
    reason: 'laid out options: {m}',
    unless: /\b(?:you(?:'ve| have) (?:tried|used|said|mentioned)|sounds like|you feel)\b/,
  },
  {
    move: 'advice',
    id: 'advice.its-best',
    re: /\b(?:it(?:'s| is| would be|'d be| might be| may be| could be) (?:probably |really |much |always |very |quite |pretty )?(?:best|better|wise|sensible|reasonable|useful|smart|essential|vital|crucial|a good idea|a great idea|a really good idea|important|helpful|worth) (?:to|that you|if you|for you to)|(?:let's|let us) (?:try|work on|set|make|plan|organi[sz]e|get|come up with|figure out how|think about how|talk about how|look at how|start)|one (?:thing|option|idea|approach) (?:you could|would be|is to|might be))\b/,
    strength: 0.5,
    reason: 'steered toward a solution: {m}',
  },
  // Judgement: criticising, moralising, blaming.
  {
    move: 'judgement',
    id: 'judgement.you-are-bad',
    re: /\b(?:you(?:'re| are| were|'ve been| have been| was| being)|that(?:'s| is| was)|it(?:'s| is| was)|what you did (?:is|was)) (?:(?:a|an|so|really|very|pretty|quite|a bit|just|being|incredibly|totally|completely|extremely) )*(?:wrong of you|selfish|stupid|irresponsible|lazy|foolish|silly|ridiculous|weak|careless|reckless|immature|naive|dumb|idiotic|disgusting|shameful|unacceptable|inexcusable|thoughtless|inconsiderate|a bad (?:mother|father|parent|person|friend|wife|husband|son|daughter|decision|choice|idea|thing to do)|a stupid (?:thing|decision|choice|idea)|a terrible (?:thing|decision|choice|idea|mother|father|parent)|out of order|bad behaviou?r|disappointing|no excuse|not an excuse|your (?:own )?fault|making excuses|overreacting|being dramatic|so dramatic|too sensitive|being silly|being unreasonable)\b/,
    strength: 0.85,
    reason: 'judged the client: {m}',
    // "You feel what you did was stupid" reflects the client's own verdict.
    unlessBefore:
      /\byou(?:'re| are)? (?:\w+ )?(?:feel|feeling|felt|think|thinking|thought|believe|worry|worried|said|say|told me|tell yourself|call yourself)\b[^,;]*$/,
    unless:
      /\b(not (?:your|here to)|isn't your|wasn't your|no one|nobody|none of|no part of|i'm not saying|not saying|wouldn't say|would never say|don't think you're|not calling you)\b/,
  },
  {
    move: 'judgement',
    id: 'judgement.blame',
    re: /\b(you (?:should have(?! to)|should've|shouldn't have(?! to)|ought to have|could have just|could've just|must have known|should have known|brought (?:this|it|that) on yourself|only have yourself to blame|did this to yourself|asked for it|let (?:it|this|that) happen|chose (?:this|to))|you (?:always|never) (?:do|listen|think|say|make|get|want|let|bother|try|care|learn|stop|go|mess|ruin|start|blame)\b|you should be (?:grateful|thankful|ashamed)|shame on you|you (?:ought to|should) be ashamed|what (?:were|was) you thinking|how could you|why would you (?:do|say|let|go|think)|i (?:can't|cannot|couldn't) believe you (?:would|did|'d|could)|that's (?:no|not an) excuse|(?:it's|that's|it is|that is) (?:morally )?wrong (?:to|of you)|(?:you|people) (?:like you )?(?:shouldn't|should not) (?:drink|smoke|do that|behave|act)|good (?:mothers|fathers|parents|people|wives|husbands) (?:don't|do not|wouldn't|never)|(?:i'm|i am) (?:disappointed|ashamed) (?:in|of) you|what kind of (?:a )?(?:mother|father|parent|person|friend) (?:would|does))\b/,
    strength: 0.8,
    reason: 'blamed or moralised: {m}',
    unlessBefore: /\b(not|never|n't|nobody|no one)\b[^,;]*$/,
    unless:
      /\b(you (?:always|never) (?:know|have to|had to|wanted|want|felt|feel|seem|knew|thought|think|get|got|wanted to))\b/,
  },
  {
    move: 'judgement',
    id: 'judgement.behaviour-is-bad',
    // A behaviour condemned in itself ("drink-driving is really irresponsible"), whoever is named.
    re: /\b\w+(?:'s| is| was| are| were) (?:(?:really|so|very|pretty|incredibly|totally|just|completely|extremely|quite|utterly|deeply|plain|simply|downright) )*(?:irresponsible|selfish|stupid|reckless|careless|shameful|disgusting|unacceptable|inexcusable|immoral|idiotic|thoughtless|inconsiderate|disgraceful|pathetic)\b/,
    strength: 0.8,
    reason: 'condemned what the client did: {m}',
    unlessBefore:
      /\b(?:feel|feels|felt|feeling|think|thinks|thought|thinking|said|say|says|saying|worried|worry|afraid|scared|sounds?|seems?|believe|know|knew|called|call|tell|told|not|n't|never|nobody|no one|like)\b[^,;]*$/,
    unless: /\b(?:i(?:'m| am| was| feel| felt)|i've been|not|isn't|wasn't|aren't|weren't|n't)\b/,
  },
  // Minimising: false reassurance, "at least", "cheer up".
  {
    move: 'minimising',
    id: 'minimising.at-least',
    re: /\b(at least|cheer up|look on the bright side|(?:on )?the bright side|silver lining|(?:could|it could|things could|it might) (?:have been |be )(?:a lot |much |so much |far )?worse|(?:others|other people|some people|lots of people|many people|plenty of people) (?:have it|have had it|are) (?:much |far |a lot )?worse|it(?:'s| is) not the end of the world|everything happens for a reason|time (?:heals|is a great healer)|plenty (?:more )?(?:fish|of other)|(?:just |you'll |you will )?(?:get over it|snap out of it|move on|(?<!\b(?:you|you just|you could|you can|you were able to|you managed to|i|i just|he|she|they|we) )let it go|shake it off)|it(?:'s| is)? (?:just|only) (?:a|an|one) (?:\w+ )?(?:breakup|break-up|job|exam|pet|dog|cat|phase|argument|bad day|thing|mistake|setback)|(?:it's|that's|it is|that is|it was|that was) (?:not|no|nothing) (?:that |so |such a |a |too )?(?:bad|big deal|serious|important|a problem|much)|(?:it's|that's|it is|that is) nothing(?: to worry about)?|(?:could be|there are) worse things|(?:i|we) had it (?:much |far |a lot |way )?(?:harder|worse|tougher)|(?:you're|you are) (?:overreacting|being (?:dramatic|silly)|making (?:a big deal|a fuss|a mountain))|making a (?:big deal|fuss) (?:out )?of nothing)\b/,
    strength: 0.75,
    reason: 'played the problem down: {m}',
    unlessBefore: /\b(not saying|i won't say|won't tell you|not going to (?:say|tell you))\b[^,;]*$/,
  },
  {
    move: 'minimising',
    id: 'minimising.false-reassurance',
    re: /\b((?:don't|do not|try not to|no need to) (?:you )?(?:worry|be (?:so |too )?(?:sad|upset|silly|down|worried|hard on yourself|scared|afraid|negative))|no need to (?:cry|worry|be|feel|get upset)|(?:it|things|everything|you)(?:'ll| will| is going to|'s going to| are going to|'re going to) (?:all )?(?:be|turn out|work out) (?:just )?(?:fine|okay|ok|alright|all right|great)|(?:it|things|everything)(?:'ll| will) (?:all )?(?:work (?:itself )?out|sort itself out|get better|be for the best)|it (?:does |will )?gets? (?:easier|better)|(?:i'm|i am) sure (?:it|everything|things|you|he|she|they)(?:'ll| will|'s| is| are|'re)? (?:be |turn out |work out )?(?:fine|okay|ok|alright|all right|for the best)|you(?:'ll| will) (?:be|feel) (?:fine|okay|ok|better|alright|all right|over it)(?: soon| in no time)?|^(?:please |just |oh )?(?:calm down|relax|chill out|settle down)|(?:it|that) (?:doesn't|does not|shouldn't|should not) (?:matter|bother you)|(?:you )?(?:should|ought to) be (?:grateful|thankful|happy|glad)|(?:everyone|everybody) (?:goes through|has|feels) (?:this|that|it)|you(?:'ll| will) (?:forget|soon forget|get used to it)|(?:it's|it is) all in your head|^chin up)\b/,
    strength: 0.7,
    reason: 'offered reassurance that skips the feeling: {m}',
    unlessBefore: /\b(if|whether|not saying|won't say)\b[^,;]*$/,
    unless: /\b(it's okay (?:not|to)|fine to (?:feel|be|cry)|okay to (?:feel|be|cry))\b/,
  },
  {
    move: 'minimising',
    id: 'minimising.platitude',
    re: /\b((?:he|she|they)(?:'s| is|'re| are) (?:in a better place|at peace now|with god now|looking down on you)|(?:he|she|they) (?:had|lived|has had|have had) (?:a )?(?:good|long|full|great) (?:innings|life|run|knock)|everything happens for a reason|(?:it|that) (?:was|is) (?:all )?(?:meant to be|god's (?:plan|will)|(?:his|her|their) time)|what doesn't kill you|(?:it's|it is) all part of (?:life|god's plan|the plan))\b/,
    strength: 0.7,
    reason: 'offered a platitude that skips the feeling: {m}',
    // Reporting what others say ("people keep telling you he's in a better place") is not saying it.
    unlessBefore:
      /\b(?:not|n't|people|they|someone|everyone|everybody|said|say|says|saying|tell|told|telling|heard|hear)\b[^.;]*$/,
  },
  // Probing beyond the question form: pushing for details.
  {
    move: 'probing',
    id: 'probing.push-details',
    re: /\b((?:what|how|when|where|who) exactly|tell me (?:everything|all (?:of it|about it)|the details|exactly|every detail)|i (?:need|want) (?:you )?to (?:know|hear|tell me) (?:everything|exactly|all|the details|what (?:exactly|really))|(?:and )?then what(?: happened)?|come on,? (?:just |you can )?(?:tell|say|spit|out)|just tell me|spit it out|out with it|you (?:have|need|must|'ve got) to (?:tell me|answer|explain)|(?:give me|i need) (?:the |more |all the )?(?:details|specifics|facts)|in (?:more )?detail|step by step,? what|what else did (?:he|she|they) do|did (?:he|she|they) (?:ever )?(?:hit|touch|hurt|rape|abuse) you|answer the question|(?:you're|you are) (?:avoiding|dodging) (?:the|my) question|why won't you (?:tell|answer|talk))\b/,
    strength: 0.7,
    reason: 'pushed for details: {m}',
  },
  // Labelling: diagnosing, name-calling.
  {
    move: 'labelling',
    id: 'labelling.you-are-x',
    re: new RegExp(
      String.raw`\b(?:you(?:'re| are| sound like| seem like| must be| were| have always been|'ve always been) (?:clearly |obviously |probably |just |such |really |definitely |basically |so |being |a |an |a bit of |kind of |kinda |sort of |a classic |a real |a total |a complete )*${LABELS}|you(?:'ve got| have| must have| probably have| clearly have) (?:got )?(?:clinical |severe |classic |some )?(?:depression|ptsd|ocd|adhd|bipolar(?: disorder)?|an? (?:personality|eating|anxiety|mood|attachment) disorder|borderline(?: personality)?|narcissism|an addiction|a drinking problem|a drink problem|a gambling problem|issues|a problem|anger issues|mental health issues|an? (?:\w+ )?problem)|(?:sounds|looks|seems) like (?:classic |textbook |typical )?(?:depression|anxiety disorder|ptsd|ocd|adhd|bipolar|borderline|narcissism|an addiction|a drinking problem|a personality disorder|codependency|co-dependency|denial)|(?:that's|this is|it's|that is) (?:classic|textbook|typical) (?:\w+)|people like you|your (?:type|kind))\b`,
    ),
    strength: 0.85,
    reason: 'put a label on the client: {m}',
    unlessBefore: NEG_BEFORE,
    unless: /\byou(?:'re| are) not\b/,
  },
  // Dismissing culture.
  {
    move: 'dismissing_culture',
    id: 'dismissing-culture.not-matter',
    re: /\b((?:your |the |that |this )?(?:culture|religion|faith|traditions?|beliefs|background|customs|heritage|god|church|mosque|community's (?:views|rules))(?: stuff| thing)? (?:doesn't|does not|shouldn't|should not|won't|can't|isn't|is not|has nothing to|have nothing to) (?:matter|come into it|count|be an excuse|have anything to do|do with|relevant|important|an excuse|help you)|(?:forget|leave|put aside|ignore|set aside|never mind|get past|get over|look past|move past|let go of|drop) (?:about )?(?:your |the |all that |that )?(?:culture|religion|faith|traditions?|beliefs|background|customs|heritage|family's expectations|cultural stuff|religious stuff)|(?:that's|those are|it's|that is|they're|these are|your beliefs are|your culture is|your religion is) (?:just |a bit |really |so |pretty )?(?:old[- ]fashioned|backward|backwards|superstition|superstitious|outdated|primitive|archaic|medieval|nonsense|mumbo[- ]jumbo)|(?:culture|religion|faith|traditions?|beliefs?|customs?|ways?|thinking|views?|ideas?) (?:is|are|sounds?|seems?) (?:just |a bit |really |so |pretty |quite |very )?(?:old[- ]fashioned|backward|backwards|superstitious|outdated|primitive|archaic|medieval|nonsense)|(?:a |an )?(?:\w+ )?(?:backward|backwards|old[- ]fashioned|outdated|primitive) (?:way|view|idea|culture|belief|tradition|custom)s?|leave (?:your |that |all that )?(?:culture|religion|faith|traditions?|beliefs|background) behind|we(?:'re| are) all the same|i don't see (?:colou?r|race)|(?:in this country|over here|here) we (?:do|don't|believe|say)|you(?:'re| are) in (?:england|britain|the uk|america|this country) now|(?:culture|religion|faith|tradition) is (?:just )?(?:an excuse|irrelevant|not important|holding you back|the problem)|(?:don't|do not) (?:bring|let) (?:your )?(?:religion|culture|faith|beliefs|traditions) (?:into|get in the way)|(?:culture|religion|faith) (?:has|have) nothing to do with|you need to (?:integrate|assimilate|fit in more)|(?:that|this) (?:sort|kind) of thing doesn't happen here|that's not how we do (?:things|it) here)\b/,
    strength: 0.85,
    reason: 'brushed aside the client’s culture or faith: {m}',
  },
  // Boundary breach: over-familiar, promises outside the role, personal contact.
  {
    move: 'boundary_breach',
    id: 'boundary.personal-contact',
    re: /\b((?:here's|here is|i'll give you|let me give you|take|have|you can have|you can use) (?:you )?my (?:personal |own |home |mobile |cell |private )?(?:number|phone|email|address|whatsapp|snapchat|instagram|facebook)|(?:call|text|message|ring|email|phone|whatsapp) me (?:any ?time|whenever|at home|on my|at night|on the weekend|at the weekend|day or night|after (?:work|hours))|(?:add|follow|friend) me (?:on|at)|(?:let's|we should|we could|shall we|want to|wanna|do you want to|we can) (?:be friends|hang out|meet up|grab|get|go (?:for|out)|have) (?:a |some )?(?:coffee|drink|drinks|dinner|lunch|beer|meal|date|friends|together|sometime)|(?:meet|see) (?:up )?(?:outside|after) (?:of )?(?:the session|here|work|this|sessions|hours|the clinic)|(?:i'll|i will|let me|i can) (?:lend|give) you (?:some |a bit of )?(?:money|cash)|(?:you can|come|you could) (?:stay|sleep|live|crash) (?:at|with) (?:me|my place|mine|my house)|(?:i'll|i can|i could) (?:pick you up|drive you|come (?:round|over|to your)|visit you at)|(?:give me|how about|let me give you|can i give you) a hug|(?:we're|we are|i'm|i am) (?:your |like |basically )?(?:friends?|mates?|buddies|best friends|family|your (?:friend|mate|buddy|sister|brother|mum|mom|dad))|i (?:love|adore) you\b|you(?:'re| are) (?:so |really |very )?(?:beautiful|gorgeous|sexy|hot|attractive|pretty(?=\s*(?:[.,!?]|$))|handsome|cute)\b|(?<!\b(?:your|my|his|her|their|our|the|a|new) )(?:darling|sweetheart|sweetie|honey|babe|hun)\b)/,
    strength: 0.85,
    reason: 'stepped outside the counselling role: {m}',
  },
  {
    move: 'boundary_breach',
    id: 'boundary.promise',
    re: /\b((?:i|i'll|i will) promise (?:you )?(?:\w+ )?(?:i'll|i will|it'll|it will|everything|things|nothing|you|no one|nobody|that)|i (?:promise|swear) (?:i'll|i will|i won't|to) (?:never |not )?(?:tell|share|let)|(?:i'll|i will|let me|i can|i'm going to) (?:fix|sort|solve|take care of|handle|deal with|make) (?:it|this|that|everything|all of (?:it|this)|it all|him|her|them)(?: for you| better| right| go away)?|(?:i'll|i will|let me|i can|i'm going to) (?:talk to|call|ring|speak to|sort out|have a word with|confront|contact) (?:your|the) (?:boss|landlord|husband|wife|partner|school|teacher|mother|father|mum|mom|dad|family|ex|police|neighbou?r|manager)|i(?:'ll| will) (?:never|not) tell (?:anyone|anybody|a soul)(?:,? no matter what| whatever happens| ever)?|i (?:won't|will not|'ll never|will never) (?:tell|say a word to) (?:anyone|anybody|a soul)(?=[^.?!]*\b(?:i promise|i swear|promise you|cross my heart)\b)|(?:your secret is|it's) safe with me,? (?:no matter|whatever|always))/,
    strength: 0.75,
    reason: 'promised something outside the counselling role: {m}',
    unless: /\b(i can't promise|i cannot promise|can't fix|won't be able to)\b/,
  },
  // Self-focus: taking the conversation over.
  {
    move: 'self_focus',
    id: 'self-focus.my-story',
    re: /\b((?:let me|i'll|i'm going to|i want to|i have to|i've got to|can i) tell you (?:about )?(?:my|what happened to me|a (?:story|funny story)|about the time i)|enough about (?:you|that|this)|(?:that|it|this) reminds me of (?:when i|my|the time i|me)|i know exactly (?:how|what) (?:you feel|you're feeling|it's like|that's like|you mean)|when i was your age|(?:anyway|but),? (?:back to me|about me|enough about)|(?:i've|i have) had (?:such an? |an? )?(?:terrible|rough|awful|hard|long|crazy|busy|horrible) (?:day|week|morning|year)|(?:i'm|i am) (?:so |really )?(?:tired|stressed|exhausted|busy|fed up) (?:myself|today|too|at the moment|right now)|same thing happened to me|i had (?:exactly )?the same (?:thing|problem|experience)|(?:my|my own) (?:divorce|ex|wife|husband|kids|son|daughter|mother|father|mum|mom|dad|boss|dog|cat|brother|sister) (?:was|is|did|always|also|used to|does|had|has) (?:\w+ ){0,3}?(?:too|same|exactly|just like|like that|like yours))\b/,
    strength: 0.7,
    reason: 'turned the conversation to themselves: {m}',
  },
  // Hostility: sarcasm, insult, threat.
  {
    move: 'hostility',
    id: 'hostility.insult',
    re: /\b((?:you(?:'re| are)|you) (?:such |an? |a total |a complete |an absolute |a real |being an? |being )?(?:idiot|moron|fool|loser|pathetic|joke|waste of (?:time|space|my time)|coward|baby|crybaby|whiner|freak|useless|worthless|hopeless|stupid|thick|dumb)|shut up|^get out|get out of (?:here|my)|go away|piss off|get lost|(?<!\b(?:you|i|we|they|he|she|kids|children|who|when|as|will|'ll|would|could|can|might|did|didn't|watch|watched|see|saw|(?:want|wants|wanted|help|helped|allow|for|like) \w+ to|let \w+) )grow up(?! (?:in|with|around|together|to|fast|quickly|so|too|there|here|near|on|without|and))|man up|toughen up|get a grip|pull yourself together|stop (?:whining|moaning|complaining|crying|feeling sorry for yourself|being (?:a baby|so pathetic|so dramatic|ridiculous))|(?:fuck|fucking|shit|bullshit|crap|damn you|screw you)|what(?:'s| is) wrong with you|(?:i|we) (?:don't|do not) have (?:all day|time for this)|hurry up|get on with it|(?:i'm|i am|you're|you are) (?:wasting|losing) my time|(?:do|can't|can) you (?:even )?(?:listen|understand|hear me|get it)(?=\?)|are you (?:deaf|stupid|dumb|thick|serious|kidding)|(?:or else|you'll regret|i'll (?:report|throw|kick|call the police on|end this)|you'd better (?:not|watch))|boo ?hoo|cry me a river|poor (?:you|baby|little)|oh please|give me a break|^(?:oh,? |so,? |yeah,? |well,? )?big deal\b|who cares|so what(?=\?)|^as if(?=\s*[.!?]*$)|nobody cares|no one cares|sick of (?:you|hearing|listening)|tired of (?:you|hearing|listening))\b/,
    strength: 0.9,
    reason: 'spoke with hostility: {m}',
    unlessBefore:
      /\b(not|never|n't|feel like|felt like|feels like|sounds like|called you|said you|told you|they say|saying)\b[^,;]*$/,
  },
  {
    move: 'hostility',
    id: 'hostility.sarcasm',
    re: /\b((?:oh |yeah |well )?(?:great|wonderful|brilliant|well done|nice one|good job|perfect|fantastic|congratulations),? (?:genius|einstein|sherlock|smart guy|smart one|that's (?:really )?(?:clever|smart|helpful|going to help)|because that (?:worked|works|went|always works)|really mature|very mature|just what (?:we|you|i) needed)|(?:oh,? )?(?:sure|yeah right|right),? (?:because (?:that(?:'s| will|'ll| always| never| would| worked| works)|it(?:'s| will|'ll) (?:be )?(?:so|that|really)|you (?:always|never|totally)|like)|like that's|as if)|(?:oh|yeah),? (?:that's|that was) (?:real |really |very )?(?:smart|clever|mature|helpful)|that went well,? didn't it|how (?:lovely|nice|mature) for you|thanks for nothing|(?:is|was) (?:it|that) (?:really )?(?:so|that) hard)\b/,
    strength: 0.85,
    reason: 'was sarcastic: {m}',
  },
];
