import { lines, type PhraseRule } from '../phrases.js';

/**
 * Information: facts, services, results, what a court or the law requires, how the session runs.
 * Impersonal statements of fact are found in code (impersonal.ts); advice offered with permission
 * becomes information in reconcile.ts.
 */
export const INFORMATION_RULES: readonly PhraseRule[] = [
  {
    id: 'information.evidence',
    move: 'information',
    strength: 0.65,
    reason: 'gave information: {m}',
    phrases: lines`
      (research|studies|evidence|statistics|data|science|the literature|experts?) (shows?|suggests?|says?|tells? us|indicates?|finds?|found|has shown)
      (it is|it has been|it is been) (well )?(known|shown|proven|recommended|documented|established)
      according to
      what we know (is|about)
      we (also )?know (that )?(people|many|most|some|kids|there|it|smoking|drinking|alcohol|the|this|when|if)
      what we (also )?(find|found|see|tend to see) is
      we have (also )?(found|learned|learnt|seen) that
      (the )?(guidelines?|recommendations?|recommended (limit|amount|dose)|(safe |low[- ]risk )?limits?) (is|are|says?|say|for|suggests?)
      (\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty|fifty|a hundred)( or (more|fewer|less))? (units?|standard drinks|drinks|cigarettes|percent|%|times (more|less|as)|mg|milligrams|minutes|hours|weeks) (a|per|of|each|every|more|less|likely)
      (can|could|may|might|will|tends? to|is likely to|increases?|reduces?|raises?|lowers?|doubles?|triples?|cuts?) (\w+ )?(the |your )?(risk|chances?|likelihood|odds) of
    `,
    examples: [
      'Research shows that talking therapies can help with low mood.',
      'The recommended limit is fourteen units a week.',
      'The helpline is open twenty four hours a day.',
      'Smoking increases the risk of heart disease.',
    ],
    counterExamples: [
      'It might be reasonable to start with one alcohol-free day a week.',
      'The court date is next week.',
      'It makes a lot of sense that the evenings are the hardest part.',
    ],
  },
  {
    id: 'information.how-it-works',
    move: 'information',
    strength: 0.55,
    reason: 'explained how something works: {m}',
    statementOnly: true,
    phrases: lines`
      (side effects?|withdrawal|symptoms?|nicotine|alcohol|smoking|tobacco|cigarettes?|caffeine|exercise|sleep|the (medication|medicine|drug|treatment|patch|gum|pill|tablets?|vaccine|test|procedure|program|programme|course|group|service|clinic|law)|this (medication|medicine|drug|treatment|service|program|programme|course|group)|(these|those|the) (medications|medicines|drugs|tablets|pills)|therapy|counselling|counseling|vaping|cannabis|marijuana|weed|drinking|depression|anxiety|stress|diabetes|blood pressure|cholesterol|the baby|your (liver|lungs|heart|brain|body|blood))( \w+)? (can|could|may|might|will|usually|often|typically|generally|tends? to|is known to|causes?|helps?|affects?|works?|increases?|reduces?|decreases?|leads? to|lowers?|raises?|damages?|is (a|an|one of|linked|associated|related|the|very|really|not|more|less|actually)|are (a|an|linked|associated|more|less|very|really|not|actually|the)|has been|have been|(is|are)( also)? going to (be|cause|make|affect|hurt|damage|lead|increase|reduce)|gets? into|stays? in|takes? (about|around|a|up))
      what happens is
      the way (it|this|that) works
      (this|that|it) is (called|known as)
      (we|people|doctors|they) (usually |often |sometimes )?call (this|that|those|these|it)
      which (most |many |some )?(people|we|doctors) call
      what (we|people|doctors|they|psychologists|counsellors) (usually |often |sometimes )?call
      (it|this) is (something )?called
      for (example|instance)
      in general,
      generally speaking
      typically,
      (there is|there are) (a |an |some |several |lots of |a lot of |many |other |different )?(\w+ )?(programs?|programmes?|services?|groups?|options|resources|treatments?|medications?|products|classes|courses|helplines?|websites?|apps?|leaflets?|support (groups?|services?|lines?)|organi[sz]ations?|charit(y|ies))
      (there is|there are) (a |an |some |several |lots of |a lot of |many |other |different )?ways to(?! (feel|be|react|respond|grieve|think|see|look at|experience))
    `,
    unless: lines`
      (sounds like|on the one hand|part of you|you feel|you said|you mentioned|for you,)
      ^(\W*(so|and|but|uh|um|okay|well|yeah|mm-hmm)\W+)*(you|when you)
    `,
    examples: [
      "So to sum up, you've tried cutting down twice, it worked for a while, and the stress at work brought it back.",
      'There are support groups that meet on Tuesday evenings at the library.',
      'Nicotine withdrawal usually peaks in the first few days.',
      'Alcohol can make anxiety worse the next day.',
    ],
    counterExamples: [
      'Are you on any medication at the moment?',
      "You've tried to cut down a few times.",
      'How do you feel about going back to work?',
    ],
  },
  {
    id: 'information.letting-know',
    move: 'information',
    strength: 0.6,
    reason: 'gave information: {m}',
    // Announcing a fact for the client to hold on to, not a feeling or praise.
    unlessFollowedBy: lines`
      (that )?(i (am|think|really|was)|you (are|did|have) (doing|done|been|so|really|very)|how (much|proud|well))
    `,
    phrases: lines`
      i (do |just |also |really )?(want|wanted|would like|need) to (reassure you|let you know|remind you|make sure you know|point out)
      just so you know
      (i should|i must|i have to) (mention|point out|let you know|remind you)
      (keep|bear) in mind
    `,
    examples: [
      'Just so you know, the clinic shuts at four on Fridays.',
      'I want to reassure you that the inhaler stays in the lungs.',
      'reads "just so you know" and "I want to reassure you that" as information, not praise',
    ],
    counterExamples: [
      "I just want to let you know that I think you're doing really well.",
      "It's okay to not know what you want yet.",
      'I wonder what that meant to you.',
    ],
  },
  {
    id: 'information.services-and-role',
    move: 'information',
    strength: 0.6,
    reason: 'gave practical information: {m}',
    statementOnly: true,
    phrases: lines`
      (we|the (clinic|service|centre|center|school|practice)) (offer|run|provide)
      (we|the (clinic|service|centre|center|school|practice)) (have|has) (a|an|some|the|lots of|several|many|different|other|two|three|free|kids|people|clients|to) (\w+ )?(\w+ )?(policy|policies|groups?|services?|programs?|programmes?|classes|courses|sessions?|options|resources|nurses?|doctors?|counsellors?|staff|die|charge|ask|report|tell|check)
      i (offer|run|provide)
      i have (got )?(some )?(good|bad|not-so-good|great) news
      i have to (enforce|report|tell|inform|let|ask you to)
      (we|i|the (clinic|service|centre|center|school|practice)) can (refer|give you|offer|provide|book|arrange|set up|connect|put you in touch|send)
      i have (got )?(a|an|some|the|your) (\w+ )?(leaflets?|brochures?|handouts?|pamphlets?|sheets?|lists?|booklets?|websites?|numbers?|appointments?|slots?|spaces?|places?|groups?|programs?|programmes?|information|resources?|forms?|results?)
      (you can|you could|you are able to|you will be able to) (always |certainly |absolutely )?(get|find|access|call|ring|phone|book|pick up|contact|reach|self[- ]refer|download|visit|come (back|in|to)|ask (me|her|him|them|us|your)|work with (your|the|me)|talk to (me|your|the|us)|let (me|us) know|bring)
      (let|give) (me|us) (know|a call|a ring)
      i will (go ahead and )?(call|ring|contact|phone|email|send|arrange|book|set up|refer|check with|get (you|those|that|the))
      we (can|could| will|will) (certainly |definitely |also |absolutely )?(go ahead and )?(make|arrange|set up|book|refer|send|organi[sz]e|get you|help you|provide|offer|put you in touch)
      (is|are) (available|free|open) (to|for|at|on|from|twenty|24)
      my (job|role) (here )?is
      i am (a|an|the|your) (\w+ )?(counsellor|counselor|therapist|nurse|doctor|worker|support worker|practitioner|trainee|pharmacist|dentist|social worker|case manager|psychologist|psychiatrist|hygienist|advisor|adviser)
      i work (here|in|at|for|with) (at |in |for |with )?(the|this|our|a|an|[a-z]+)
      my name('s| is)
      (this|the|our|each|these) (session|sessions|appointment|appointments|meeting|meetings) (is|are|will|lasts?|runs?|takes?|usually|normally)
      (the|our) (policy|law|rules?|legal (limit|age)) (is|are|says?)
      legally
      (we|i) (usually|normally|typically|generally) (meet|see|start|work|talk|do)
    `,
    unless: lines`
      stop
      pause
      take a break
      at any (time|point)
    `,
    examples: [
      'Our sessions are private and confidential.',
      'Sessions last fifty minutes and we usually meet once a week.',
      'My role is to listen and help you think things through, not to tell you what to do.',
      'You can self-refer to the service online.',
    ],
    counterExamples: [
      "I won't tell you what to do.",
      "Some people who've been through what you have think about self-harm. Is that something you've done?",
      "I won't tell your parents what we talk about.",
    ],
  },
  {
    id: 'information.observed',
    move: 'information',
    strength: 0.5,
    reason: 'fed back what was observed: {m}',
    statementOnly: true,
    phrases: lines`
      (i|we) (also |just )?(noticed|(can )?see from|saw (in|on|from)) (that |in |on |from |your )?(you (have|had|are|were)|you|your|she|he|her|his|the|it (is|has) been|there)
    `,
    unless: lines`
      (seem|seems|seemed|feel|feeling|felt|sound|look|looked|looking|quiet|tear|tears|crying|cried|sigh|sighed|smile|smiled|smiling|pause|paused|voice|face|eyes|hands|fidget|shak|upset|angry|sad|anxious|nervous|worried)\w*
    `,
    examples: [
      "I noticed that you've missed the last two appointments at the clinic.",
      "I can see from your notes that you've been to the clinic twice this month.",
    ],
    counterExamples: [
      'I can see your hands are shaking.',
      'I can hear the pain in your voice.',
      "I can see you're fidgeting with your ring.",
    ],
  },
  {
    id: 'information.offer',
    move: 'information',
    strength: 0.5,
    reason: 'offered information with permission: {m}',
    statementOnly: true,
    phrases: lines`
      (if|can|could|may|would it be (okay|ok|alright|all right) if|is it (okay|ok|alright|all right) if|do you mind if) i (share|shared|offer|offered|give you|gave you|tell you about|told you about|suggest|suggested|mention|mentioned) (an? |some |something|what|a few|an idea|one|my)
      i (can|could| would like to|would like to) (share with you|go over|tell you (a bit |a little )?(about|more)|give you (some|a bit of|a little) (information|info)|explain (how|what|the))
    `,
    examples: ["I can go over what the programme involves, if that's useful."],
    counterExamples: [
      'I can hear the pain in your voice.',
      "I know a bit about what that's like.",
      'What happened after the accident?',
    ],
  },
  {
    id: 'information.consequence',
    move: 'information',
    strength: 0.5,
    reason: 'explained what would follow: {m}',
    statementOnly: true,
    phrases: lines`
      if you (?!(want|like|wish|feel|are happy|would like|need to talk|do not mind))[^.?!,]*, ?(then )?(it|that|this|you|your \w+|there|they|the \w+) (will|can|could|may|might|would|tends? to|is going to)
    `,
    unless: lines`
      you( are)? (worried|afraid|scared|concerned|think|thinking|feel|feeling|wonder|wondering|not sure|said|mentioned)
      sounds like
      part of you
    `,
    examples: ['If you stop suddenly, the withdrawal will be harder.'],
    counterExamples: [
      'You must be bipolar.',
      'You walk the dog every morning.',
      'You must be feeling really overwhelmed.',
    ],
  },
  {
    id: 'information.effects',
    move: 'information',
    strength: 0.55,
    reason: 'explained effects or consequences: {m}',
    statementOnly: true,
    phrases: lines`
      there is (certainly |good |strong |some |a lot of |lots of )*evidence
      evidence (that|shows|suggests)
      (one of )?the (main |biggest |key )?(risks?|dangers?|side effects?|benefits?) (of|is|are|with)
      (this|that|it|these|those|\w+ing|behaviou?r like this|\w+ like (this|that)) (could|can|will|might|may) (really |also |actually |even )?(get you|lead to|cause|result in|put you at|affect|harm|damage|hurt|reduce|increase|lower|raise)
      you will (be (placed|required|expected|asked|given)|have to (attend|complete|pay|report|do))
    `,
    unless: lines`
      sounds like
      you are (worried|afraid|scared|concerned)
      part of you
    `,
    examples: ['Smoking increases the risk of heart disease.'],
    counterExamples: [
      "It's not the end of the world.",
      'Give me the details of the argument.',
      "Let's meet up outside of the sessions.",
    ],
  },
  {
    id: 'information.people-commonly',
    move: 'information',
    strength: 0.45,
    reason: 'shared what is common for others: {m}',
    phrases: lines`
      (a lot of |many |most |some |other |lots of )?(people|folks|clients|patients|smokers|drinkers|students|parents|women|men|teens|teenagers|young people|kids) (\w+ )?(find|tend|say|report|have found|experience|notice|get|often|usually|end up|are more|are less|who (quit|stop|cut|try|use|drink|smoke))
      (it is|that is) (very |really |quite |pretty |so |extremely )?(common|usual|typical)( (for|to|that|in|with|among|after|when)|[.,;]|$)
    `,
    unless: lines`
      feel (that way|the same|like that|this way)
      would feel
      in your (position|shoes|situation)
    `,
    examples: [
      'We have a leaflet about sleep that some people find useful.',
      'Would it be okay if I shared an idea? Some people find writing things down before bed helps with the racing thoughts.',
      "Can I share something that a lot of people find helpful? It's entirely up to you whether you try it.",
      "That's really common in the first month after stopping.",
    ],
    counterExamples: [
      'Would it be okay if I shared an idea that has helped other people?',
      "I know a bit about what that's like.",
      'You could try writing it down.',
    ],
  },
  {
    id: 'information.results',
    move: 'information',
    strength: 0.55,
    reason: 'fed back a result: {m}',
    statementOnly: true,
    phrases: lines`
      (your|the|these|those|her|his|today's|last (week's|month's)) (\w+ )?(results?|scores?|levels?|readings?|numbers|counts?|tests?|screens?|screening|labs?|lab work|blood ?work|bloods|x-rays?|scans?|a1c|bmi|cholesterol|blood pressure|blood sugars?|glucose|liver (function|enzymes)|heart rate|pulse|urine) (\w+ )?(is|are|was|were|came back|come back|show(s|ed)?|suggests?|suggested|puts?|put you|went (up|down)|(have|has|is) (been )?(gone|come|risen|dropped|climbed|crept|improved|increased|decreased|doubled|fallen|stayed))
    `,
    unless: lines`
      you (are |were )?(worried|afraid|scared|concerned|think|thinking|feel|feeling|said|mentioned|wonder|wondering|not sure)
      sounds like
      part of you
      what (do|did) you
      for you
      scary
      frightening
      worrying
      upsetting
      stressful
      a shock
      on your mind
    `,
    examples: [
      'Your latest blood results came back, and the liver enzymes have gone up since spring.',
      'The scan showed the fracture has healed well.',
    ],
    counterExamples: [
      'So your sister moved away in the spring.',
      "I'll call your landlord and have a word.",
      'To sum up, the nights are the hardest, and your sister has been the one person you can talk to.',
    ],
  },
  {
    id: 'information.authority',
    move: 'information',
    strength: 0.55,
    reason: 'explained what is required: {m}',
    statementOnly: true,
    phrases: lines`
      (court|courts|judge|magistrates?|probation( officer| service| order)?|parole( officer| board)?|law|laws|police|licensing (board|agency|authority)|dmv|social services|child protective services|cps|insurance( company)?|insurer|employer|school|university|college|union|landlord|council|housing (office|association)|the state|government|nhs|guidelines?|regulations?|rules?|policy) (\w+ )?(requires?|required|expects?|expected|mandates?|will (want|need|require|expect|ask|look|check|usually|often|probably|likely|only|not)|would (want|need|require|expect|look)|(usually|generally|typically|normally|often) \w+|tends? to|looks? (at|for)|wants? (to see|you to|proof|evidence)|needs? (to see|proof|evidence)|orders?|allows?|permits?|covers?|pays? (for|up)|will not|does not|can not|has to|have to|says?)
      (is|are) (a |the )?(legal )?(required|requirement|mandatory|compulsory|court[- ]ordered|against the law|illegal|a legal requirement)
      by law
      under the (law|order|terms|conditions|agreement|rules)
    `,
    unless: lines`
      you (are |were )?(worried|afraid|scared|concerned|think|thinking|feel|feeling|said|mentioned|wonder|wondering|not sure)
      sounds like
      part of you
      you felt
    `,
    examples: [
      'The magistrate will want a letter confirming you went to every group session.',
      'Most insurance plans cover about eight counselling sessions a year.',
    ],
    counterExamples: [
      'You ought to see a doctor about that.',
      'You walk the dog every morning.',
      "You don't have to talk about it if you don't want to.",
    ],
  },
  {
    id: 'information.session-structure',
    move: 'information',
    strength: 0.5,
    reason: 'explained how the session works: {m}',
    statementOnly: true,
    phrases: lines`
      (in|for|during) (today's|this|our) (session|appointment|meeting|visit|time together|conversation)
      today,? (we (will|are going to|have|have got)|i (would like to|am going to|will|am hoping to))
      we have (got )?(about |around |roughly |only |just )?(\d+|a few|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty) (more )?minutes
      the way (this|these|it|we|our sessions?) (usually |normally )?(works?|go(es)?)
      what (usually|normally|typically) happens (is|here|next|now)
      (i am going to|i will|i would like to) (just )?(ask you (some|a few|a couple|a series)|start (by|with) (asking|going|looking|explaining)|go through (some|a few|the)|take (some )?notes|explain (a bit|a little|how|what))
    `,
    examples: [
      "Today we've got about forty five minutes, and most of that time is yours.",
      "I'm going to ask you a few questions about your sleep first, and then we can look at what might help.",
    ],
    counterExamples: [
      "I'm curious what your traditions mean to you.",
      'You ought to see a doctor about that.',
      'What would you like to talk about today?',
    ],
  },
  {
    id: 'information.definition',
    move: 'information',
    strength: 0.5,
    reason: 'explained what something is: {m}',
    statementOnly: true,
    phrases: lines`
      (is|are) (a|an|one of the|the|actually a|actually an|also a|also an|called a|known as a) (\w+ )?(hormones?|virus(es)?|bacteri(a|um)|infections?|diseases?|illness(es)?|conditions?|disorders?|drugs?|medications?|medicines?|chemicals?|stimulants?|depressants?|sedatives?|substances?|nutrients?|vitamins?|minerals?|proteins?|organs?|glands?|symptoms?|side effects?|risk factors?|warning signs?|treatments?|therapies|therapy|programs?|programmes?|services?|schemes?|courses?|classes|laws?|requirements?|benefits?|carcinogens?|toxins?|poisons?)
    `,
    unless: lines`
      ^(\W*(so|and|but|uh|um|okay|well|yeah|mm-hmm)\W+)*(you|you are|your|i|i am|my)
      (sounds like|you feel|you said|you mentioned|part of you)
    `,
    examples: ['Naltrexone is a medication that takes the edge off cravings.'],
    counterExamples: [
      'There are several medications that can take the edge off the cravings.',
      'Is that still going on?',
      'This is a private conversation.',
    ],
  },
];
