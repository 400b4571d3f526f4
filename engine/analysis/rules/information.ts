import type { MoveDetail } from '../../../contract/analysis.js';
import { found } from '../detail.js';
import { type FoundFeeling, findFeelings } from './feeling.js';
import type { Prepared, Sentence } from '../text.js';
import type { PatternRule } from './pattern.js';
import type { Asked } from './questions.js';

/** Information by phrase: facts, services, the counsellor's role (impersonal facts are found in code). */
export const INFORMATION_RULES: readonly PatternRule[] = [
  {
    move: 'information',
    id: 'information.evidence',
    re: /\b((?:research|studies|evidence|statistics|data|science|the literature|experts?) (?:shows?|suggests?|says?|tells? us|indicates?|finds?|found|has shown)|(?:it's|it is|it has been|it's been) (?:well )?(?:known|shown|proven|recommended|documented|established)|according to|what we know (?:is|about)|we (?:also )?know (?:that )?(?:people|many|most|some|kids|there|it|smoking|drinking|alcohol|the|this|when|if)|what we (?:also )?(?:find|found|see|tend to see) is|we(?:'ve| have) (?:also )?(?:found|learned|learnt|seen) that|(?:the )?(?:guidelines?|recommendations?|recommended (?:limit|amount|dose)|(?:safe |low[- ]risk )?limits?) (?:is|are|says?|say|for|suggests?)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty|fifty|a hundred)(?: or (?:more|fewer|less))? (?:units?|standard drinks|drinks|cigarettes|percent|%|times (?:more|less|as)|mg|milligrams|minutes|hours|weeks) (?:a|per|of|each|every|more|less|likely)|(?:can|could|may|might|will|tends? to|is likely to|increases?|reduces?|raises?|lowers?|doubles?|triples?|cuts?) (?:\w+ )?(?:the |your )?(?:risk|chances?|likelihood|odds) of)\b/,
    strength: 0.65,
    reason: 'gave information: {m}',
  },
  {
    move: 'information',
    id: 'information.how-it-works',
    re: /\b((?:side effects?|withdrawal|symptoms?|nicotine|alcohol|smoking|tobacco|cigarettes?|caffeine|exercise|sleep|the (?:medication|medicine|drug|treatment|patch|gum|pill|tablets?|vaccine|test|procedure|program|programme|course|group|service|clinic|law)|this (?:medication|medicine|drug|treatment|service|program|programme|course|group)|(?:these|those|the) (?:medications|medicines|drugs|tablets|pills)|therapy|counselling|counseling|vaping|cannabis|marijuana|weed|drinking|depression|anxiety|stress|diabetes|blood pressure|cholesterol|the baby|your (?:liver|lungs|heart|brain|body|blood))(?: \w+)? (?:can|could|may|might|will|usually|often|typically|generally|tends? to|is known to|causes?|helps?|affects?|works?|increases?|reduces?|decreases?|leads? to|lowers?|raises?|damages?|is (?:a|an|one of|linked|associated|related|the|very|really|not|more|less|actually)|are (?:a|an|linked|associated|more|less|very|really|not|actually|the)|has been|have been|(?:is|are)(?: also)? going to (?:be|cause|make|affect|hurt|damage|lead|increase|reduce)|gets? into|stays? in|takes? (?:about|around|a|up))\b|(?:what happens is|the way (?:it|this|that) works|(?:this|that|it) is (?:called|known as)|(?:we|people|doctors|they) (?:usually |often |sometimes )?call (?:this|that|those|these|it)\b|which (?:most |many |some )?(?:people|we|doctors) call|(?:it|this) (?:is|'s) (?:something )?called|for example|for instance|in general,|generally speaking|typically,|(?:there is|there are|there's) (?:a |an |some |several |lots of |a lot of |many |other |different )?(?:\w+ )?(?:programs?|programmes?|services?|groups?|options|resources|treatments?|medications?|products|classes|courses|helplines?|websites?|apps?|leaflets?|support (?:groups?|services?|lines?)|organi[sz]ations?|charit(?:y|ies)|ways to(?! (?:feel|be|react|respond|grieve|think|see|look at|experience)\b))))\b/,
    strength: 0.55,
    reason: 'explained how something works: {m}',
    // Asking for an example, or a sentence about the client ("you seem committed to taking the
    // medicine"), does not explain how things work.
    statementOnly: true,
    unless:
      /\b(?:sounds like|on the one hand|part of you|you feel|you said|you mentioned|for you,)\b|^(?:\W*(?:so|and|but|uh|um|okay|well|yeah|mm-hmm)\W+)*(?:you|when you)\b/,
  },
  {
    move: 'information',
    id: 'information.letting-know',
    // Announcing a fact for the client to hold on to ("just so you know, the clinic shuts at four",
    // "I want to reassure you that this medicine stays in the lungs"); not a feeling or praise.
    re: /\b(?:i (?:do |just |also |really )?(?:want|wanted|'d like|would like|need) to (?:reassure you|let you know|remind you|make sure you know|point out)|just so you know|(?:i should|i must|i have to) (?:mention|point out|let you know|remind you)|(?:keep|bear) in mind)\b(?! (?:that )?(?:i(?:'m| am| think| really| was)|you(?:'re| are| did| have|'ve) (?:doing|done|been|so|really|very)|how (?:much|proud|well)))/,
    strength: 0.6,
    reason: 'gave information: {m}',
  },
  {
    move: 'information',
    id: 'information.services-and-role',
    statementOnly: true,
    re: /\b((?:we|i|the (?:clinic|service|centre|center|school|practice)) (?:have|offer|run|provide|can (?:refer|give you|offer|provide|book|arrange|set up|connect|put you in touch|send))|(?:you can|you could|you're able to|you are able to|you'll be able to) (?:always |certainly |absolutely )?(?:get|find|access|call|ring|phone|book|pick up|contact|reach|self[- ]refer|download|visit|come (?:back|in|to)|ask (?:me|her|him|them|us|your)|work with (?:your|the|me)|talk to (?:me|your|the|us)|let (?:me|us) know|bring)|(?:let|give) (?:me|us) (?:know|a call|a ring)|(?:i've|i have|we've|we have) got (?:a|an|some) (?:brochure|leaflet|handout|pamphlet|sheet|list|booklet|website|number)|i(?:'ll| will) (?:go ahead and )?(?:call|ring|contact|phone|email|send|arrange|book|set up|refer|check with|get (?:you|those|that|the))|we (?:can|could|'ll|will) (?:certainly |definitely |also |absolutely )?(?:go ahead and )?(?:make|arrange|set up|book|refer|send|organi[sz]e|get you|help you|provide|offer|put you in touch)|(?:is|are) (?:available|free|open) (?:to|for|at|on|from|twenty|24)|my (?:job|role) (?:here )?is|(?:i'm|i am) (?:a|an|the|your) (?:\w+ )?(?:counsellor|counselor|therapist|nurse|doctor|worker|support worker|practitioner|trainee|pharmacist|dentist|social worker|case manager|psychologist|psychiatrist|hygienist|advisor|adviser)|i work (?:here|in|at|for|with) (?:at |in |for |with )?(?:the|this|our|a|an|[a-z]+)|my name(?:'s| is)|(?:this|the|our|each|these) (?:session|sessions|appointment|appointments|meeting|meetings) (?:is|are|will|lasts?|runs?|takes?|usually|normally)|(?:the|our) (?:policy|law|rules?|legal (?:limit|age)) (?:is|are|says?)|legally|(?:we|i) (?:usually|normally|typically|generally) (?:meet|see|start|work|talk|do))\b/,
    strength: 0.6,
    reason: 'gave practical information: {m}',
    unless: /\b(?:stop|pause|take a break|at any (?:time|point))\b/,
  },
  {
    move: 'information',
    id: 'information.observed',
    // Feedback of what the record or the counsellor has seen ("I noticed that she's been in the
    // emergency room five times"): information, unless it names something the client shows now.
    statementOnly: true,
    re: /\b(?:i|we) (?:also |just )?(?:noticed|(?:can )?see from|saw (?:in|on|from)) (?:that |in |on |from |your )?(?:you(?:'ve| have| had|'re| are| were)? |your |she|he|her |his |the |it's been |there)/,
    strength: 0.5,
    reason: 'fed back what was observed: {m}',
    unless:
      /\b(?:seem|seems|seemed|feel|feeling|felt|sound|look|looked|looking|quiet|tear|tears|crying|cried|sigh|sighed|smile|smiled|smiling|pause|paused|voice|face|eyes|hands|fidget|shak|upset|angry|sad|anxious|nervous|worried)\w*\b/,
  },
  {
    move: 'information',
    id: 'information.offer',
    statementOnly: true,
    re: /\b((?:if|can|could|may|would it be (?:okay|ok|alright|all right) if|is it (?:okay|ok|alright|all right) if|do you mind if) i (?:share|shared|offer|offered|give you|gave you|tell you about|told you about|suggest|suggested|mention|mentioned) (?:an? |some |something|what|a few|an idea|one|my)|i (?:can|could|'d like to|would like to) (?:share with you|go over|tell you (?:a bit |a little )?(?:about|more)|give you (?:some|a bit of|a little) (?:information|info)|explain (?:how|what|the)))/,
    strength: 0.5,
    reason: 'offered information with permission: {m}',
  },
  {
    move: 'information',
    id: 'information.consequence',
    re: /\b(if you (?!(?:want|like|wish|feel|'re happy|are happy|'d like|would like|need to talk|don't mind)\b)[^.?!,]*, ?(?:then )?(?:it|that|this|you|your \w+|there|they|the \w+)(?:'ll| will| can| could| may| might| would|'d| tends? to| is going to|'s going to))/,
    strength: 0.5,
    reason: 'explained what would follow: {m}',
    statementOnly: true,
    unless:
      /\b(?:you(?:'re| are)? (?:worried|afraid|scared|concerned|think|thinking|feel|feeling|wonder|wondering|not sure|said|mentioned)|sounds like|part of you)\b/,
  },
  {
    move: 'information',
    id: 'information.effects',
    re: /\b((?:there is|there's) (?:certainly |good |strong |some |a lot of |lots of )*evidence|evidence (?:that|shows|suggests)|(?:one of )?the (?:main |biggest |key )?(?:risks?|dangers?|side effects?|benefits?) (?:of|is|are|with)|(?:this|that|it|these|those|\w+ing|behaviou?r like this|\w+ like (?:this|that)) (?:could|can|will|might|may) (?:really |also |actually |even )?(?:get you|lead to|cause|result in|put you at|affect|harm|damage|hurt|reduce|increase|lower|raise)|(?:you'll|you will) (?:be (?:placed|required|expected|asked|given)|have to (?:attend|complete|pay|report|do)))\b/,
    strength: 0.55,
    reason: 'explained effects or consequences: {m}',
    statementOnly: true,
    unless: /\b(?:sounds like|you(?:'re| are) (?:worried|afraid|scared|concerned)|part of you)\b/,
  },
  {
    move: 'information',
    id: 'information.people-commonly',
    re: /\b((?:a lot of |many |most |some |other |lots of )?(?:people|folks|clients|patients|smokers|drinkers|students|parents|women|men|teens|teenagers|young people|kids) (?:\w+ )?(?:find|tend|say|report|have found|experience|notice|get|often|usually|end up|are more|are less|who (?:quit|stop|cut|try|use|drink|smoke))|(?:it's|it is|that's|that is) (?:very |really |quite |pretty |so |extremely )?(?:common|usual|typical)(?: (?:for|to|that|in|with|among|after|when)\b|[.,;]|$))/,
    strength: 0.45,
    reason: 'shared what is common for others: {m}',
    unless:
      /\b(feel (?:that way|the same|like that|this way)|would feel|in your (?:position|shoes|situation))\b/,
  },
  {
    move: 'information',
    id: 'information.results',
    // Feedback on a measurement ("your liver results came back a little high", "the scan showed
    // nothing new"): the counsellor reporting what a test found, not the client's view of it.
    statementOnly: true,
    re: /\b(?:your|the|these|those|her|his|today's|last (?:week's|month's)) (?:\w+ )?(?:results?|scores?|levels?|readings?|numbers|counts?|tests?|screens?|screening|labs?|lab work|blood ?work|bloods|x-rays?|scans?|a1c|bmi|cholesterol|blood pressure|blood sugars?|glucose|liver (?:function|enzymes)|heart rate|pulse|urine) (?:\w+ )?(?:is|are|was|were|came back|come back|show(?:s|ed)?|suggests?|suggested|puts?|put you|went (?:up|down)|(?:have|has|'s|'ve) (?:been )?(?:gone|come|risen|dropped|climbed|crept|improved|increased|decreased|doubled|fallen|stayed))\b/,
    strength: 0.55,
    reason: 'fed back a result: {m}',
    // How the result felt to the client ("the scan was frightening for you") reflects, not informs.
    unless:
      /\b(?:you(?:'re| are| were)? (?:worried|afraid|scared|concerned|think|thinking|feel|feeling|said|mentioned|wonder|wondering|not sure)|sounds like|part of you|what (?:do|did) you|for you|scary|frightening|worrying|upsetting|stressful|a shock|on your mind)\b/,
  },
  {
    move: 'information',
    id: 'information.authority',
    // What a court, the law or an institution requires or usually does ("the court will want proof
    // that you finished the course", "insurance normally covers six sessions").
    statementOnly: true,
    re: /\b((?:court|courts|judge|magistrates?|probation(?: officer| service| order)?|parole(?: officer| board)?|law|laws|police|licensing (?:board|agency|authority)|dmv|social services|child protective services|cps|insurance(?: company)?|insurer|employer|school|university|college|union|landlord|council|housing (?:office|association)|the state|government|nhs|guidelines?|regulations?|rules?|policy) (?:\w+ )?(?:requires?|required|expects?|expected|mandates?|will (?:want|need|require|expect|ask|look|check|usually|often|probably|likely|only|not)|would (?:want|need|require|expect|look)|(?:usually|generally|typically|normally|often) (?:\w+)|tends? to|looks? (?:at|for)|wants? (?:to see|you to|proof|evidence)|needs? (?:to see|proof|evidence)|orders?|allows?|permits?|covers?|pays? (?:for|up)|won't|will not|doesn't|does not|can't|cannot|has to|have to|says?)|(?:is|are) (?:a |the )?(?:legal )?(?:required|requirement|mandatory|compulsory|court[- ]ordered|against the law|illegal|a legal requirement)|by law|under the (?:law|order|terms|conditions|agreement|rules))\b/,
    strength: 0.55,
    reason: 'explained what is required: {m}',
    unless:
      /\b(?:you(?:'re| are| were)? (?:worried|afraid|scared|concerned|think|thinking|feel|feeling|said|mentioned|wonder|wondering|not sure)|sounds like|part of you|you felt)\b/,
  },
  {
    move: 'information',
    id: 'information.session-structure',
    // The counsellor explaining how the session runs ("today we've got about forty minutes", "I'll
    // ask a few questions first and then we'll look at your options").
    statementOnly: true,
    re: /\b((?:in|for|during) (?:today's|this|our) (?:session|appointment|meeting|visit|time together|conversation)|today,? (?:we(?:'ll| will|'re going to| are going to| have|'ve got)|i(?:'d like to| would like to|'m going to| am going to|'ll| will|'m hoping to))|we(?:'ve| have) (?:got )?(?:about |around |roughly |only |just )?(?:\d+|a few|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty) (?:more )?minutes|the way (?:this|these|it|we|our sessions?) (?:usually |normally )?(?:works?|go(?:es)?)|what (?:usually|normally|typically) happens (?:is|here|next|now)|(?:i(?:'m| am) going to|i(?:'ll| will)|i(?:'d| would) like to) (?:just )?(?:ask you (?:some|a few|a couple|a series)|start (?:by|with) (?:asking|going|looking|explaining)|go through (?:some|a few|the)|take (?:some )?notes|explain (?:a bit|a little|how|what)))/,
    strength: 0.5,
    reason: 'explained how the session works: {m}',
  },
  {
    move: 'information',
    id: 'information.definition',
    // Saying what something is ("nicotine is a stimulant", "that's a common side effect"): a
    // category word after "is a" names a fact about the world, not about the client.
    statementOnly: true,
    re: /\b(?:is|are|'s) (?:a|an|one of the|the|actually a|actually an|also a|also an|called a|known as a) (?:\w+ )?(?:hormones?|virus(?:es)?|bacteri(?:a|um)|infections?|diseases?|illness(?:es)?|conditions?|disorders?|drugs?|medications?|medicines?|chemicals?|stimulants?|depressants?|sedatives?|substances?|nutrients?|vitamins?|minerals?|proteins?|organs?|glands?|symptoms?|side effects?|risk factors?|warning signs?|treatments?|therapies|therapy|programs?|programmes?|services?|schemes?|courses?|classes|laws?|requirements?|benefits?|carcinogens?|toxins?|poisons?)\b/,
    strength: 0.5,
    reason: 'explained what something is: {m}',
    unless:
      /^(?:\W*(?:so|and|but|uh|um|okay|well|yeah|mm-hmm)\W+)*(?:you|you're|your|i|i'm|my)\b|\b(?:sounds like|you feel|you said|you mentioned|part of you)\b/,
  },
];

const FIRST_PERSON = /\b(i|i'm|i've|i'd|i'll|me|my|mine)\b/;
const PERSONAL = /\b(i|i'm|i've|i'd|i'll|me|my|mine|you|you're|you've|you'd|you'll|your|yours|yourself)\b/;
const GENERIC_VERB =
  /\w's\b|\b(is|are|can|will|could|may|might|does|do|has|have|tends?|causes?|helps?|makes?|gets?|works?|affects?|leads?|increases?|reduces?|means|happens|comes?|goes|takes?|stays?|needs?|pass(?:es)?|delivers?|gives?|mix(?:es)?|process(?:es)?|builds? up|wears? off|kicks? in|triggers?|releases?|absorbs?|slows?|speeds? up|narrows?|damages?|protects?|prevents?|improves?|includes?|involves?|requires?|depends?|varies|vary|applies|apply|contains?|carries|carry|raises?|lowers?|heals?|repairs?|recovers?|lasts|peaks|drops|rises|costs|covers|counts|matters|starts|runs|meets|opens|shows|returns|settles|fades|eases|clears|leaves|enters|reaches|blocks|stores|burns)\b/;
// "Your liver", "your blood pressure": the body in general, as in a fact about how bodies work.
const BODY =
  /\byour (body|liver|lungs?|heart|brain|blood(?: pressure| sugar| vessels| stream)?|bloodstream|system|skin|teeth|gums|mouth|stomach|gut|kidneys?|immune system|metabolism|muscles?|bones|joints|cells|arteries|nervous system|hormones|sleep)\b/g;
// "When you stop suddenly, your body..." sets up a general case; what follows may be a fact.
const GENERAL_CASE = /^(?:when|whenever|once|as soon as|after) you [^,]{3,60}, /;
const EVALUATIVE =
  /^(?:that|this|it)(?:'s| is| was| sounds| seems) (?:\w+ )?(?:great|good|wonderful|fantastic|excellent|fine|okay|ok|true|right|interesting|amazing|awesome|cool|nice|brilliant|perfect|fair|understandable|hard|tough|natural|normal|common|human)\b/;
const LEAD =
  /^(?:(?:so|and|but|okay|ok|well|um|uh|mm|mm-hmm|uh-huh|hmm|yeah|yes|right|alright|now|oh|sure|also|because|'cause)\b[\s,.-]*)+/;

// What "we" could do together, put after a condition or a hedge ("if that's too much, then we can
// look at the evenings", "maybe we could try a shorter walk"): the counsellor proposing a way on.
const WE_COULD =
  /(?:, |\b(?:then|maybe|perhaps|but|and|so) )we (?:can|could|might) (?:(?:always|also|just|certainly|maybe|perhaps|kind of|sort of|then|even) )*(?:talk|look|work|go|try|brainstorm|find|think|come up|pursue|focus|set|plan|start|put|make|arrange|review|discuss|explore|figure|check|meet|see (?:if|whether|how|what)|get together|get some|build|write|break)\b/;

/**
 * Information by form: an impersonal statement about how things are ("nicotine leaves the body in
 * a few days", "the group meets on Tuesdays"), or the counsellor laying out what "we" can do.
 */
export function impersonalInformation(p: Prepared, asked: Map<Sentence, Asked>): MoveDetail[] {
  for (const s of p.sentences) {
    if (asked.has(s)) continue;
    const body = s.lower
      .replace(/^["'(-]+/, '')
      .replace(LEAD, '')
      .trim()
      .replace(GENERAL_CASE, '')
      .replace(BODY, 'the $1');
    const n = body.split(' ').length;
    const we =
      /^we(?:'ll| will| can| could| would| have| offer| do| usually| normally| also)\b/.exec(body) ??
      WE_COULD.exec(body);
    // "We'll see you next week" closes the session; it does not inform.
    if (we && n >= 5 && !/^we(?:'ll| will) see you\b/.test(body)) {
      return [
        found(
          'information',
          0.45,
          [we[0]],
          'information.we-can',
          `explained what can be done: '${body.split(' ').slice(0, 5).join(' ')}…'`,
        ),
      ];
    }
    if (n < 4 || EVALUATIVE.test(body) || !GENERIC_VERB.test(body)) continue;
    // "..., that's a pretty big deal" judges what was said; it is not a fact.
    if (
      /\b(?:that's|that is|it's|it is) (?:a )?(?:pretty |really |very |such a |so )?(?:big deal|great|good|huge|amazing|brilliant|fantastic|wonderful)\b|\bmakes? (?:\w+ ){0,3}sense\b/.test(
        body,
      )
    )
      continue;
    if (
      FIRST_PERSON.test(body) ||
      /^(?:you|your|you're|you've|you'd|you'll)\b/.test(body) ||
      /\b(?:sounds?|seems?|as if|as though)\b/.test(body)
    )
      continue;
    if (PERSONAL.test(body)) continue;
    // "Managing weight can be frustrating", "it comes as a shock": an experience voiced, not a fact
    // ("blood pressure" is a measurement, not pressure felt).
    const felt = (f: FoundFeeling) => !f.negated && !f.needsFrame && s.tokens[f.at - 1] !== 'blood';
    if (findFeelings(s.tokens).some(felt)) continue;
    if (
      /^(?:there(?:'s| is) (?:nothing|no)|it(?:'s| is) (?:not|all)|that(?:'s| is)|this is (?:really|so)|let's|thank|thanks|hi|hello|good|great|wow)\b/.test(
        body,
      )
    )
      continue;
    // A hedge ("it might be a little soon"), a story about one person ("she's got her hands full")
    // or a broken-off fragment ("to start again-", "knowing what comes next") is not a fact
    // offered to the client.
    if (
      n < 5 ||
      /^(?:maybe|perhaps|it might|it could|that might|that could|this might|if|to|then|knowing|used to|he|she|he's|she's|so|and|or|but)\b/.test(
        body,
      ) ||
      /^["'(]*-/.test(s.raw) ||
      /-["')]*$/.test(s.raw)
    )
      continue;
    return [
      found(
        'information',
        0.4,
        [body.split(' ').slice(0, 5).join(' ')],
        'information.impersonal',
        `gave information: '${body.split(' ').slice(0, 6).join(' ')}…'`,
      ),
    ];
  }
  return [];
}
