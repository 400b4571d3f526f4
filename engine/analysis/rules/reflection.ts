import type { MoveDetail } from '../../../contract/analysis.js';
import { found } from '../detail.js';
import type { FoundFeeling } from '../feelings.js';
import { lines, mayMatch, phrases, type RuleCard } from '../phrases.js';
import { type Prepared, type Sentence, typed } from '../text.js';
import { BACKCHANNEL, type ClientContext, contentBigrams, contentStems, stripLead } from '../vocabulary.js';
import { complexity, type ReflectedSentence } from './complexity.js';
import type { Asked } from './questions.js';

/** A frame that announces a reflection; the id names the rule in the debrief. */
interface Frame {
  id: string;
  strength: number;
  re: RegExp;
}

const frame = (id: string, strength: number, list: readonly string[]): Frame => ({
  id,
  strength,
  re: phrases(list),
});

/** The frames, tried in order on the sentence without its leading fillers ("so", "mm-hmm"). */
const FRAMES: readonly Frame[] = [
  frame(
    'reflection.understanding-frame',
    0.9,
    lines`
      if i am (understanding|hearing|getting)( you)?( (correctly|right))?
      ^(so,? )?am i (hearing|right in thinking|right that|understanding)
      have i got (that|it|this) right
      if i understand( you)?( (correctly|right))?
      let me (see|check) (if|that) i (have )?(got|understand)
      (just )?to (check|make sure) i (have )?(got|understood|understand)
    `,
  ),
  frame(
    'reflection.frame',
    0.85,
    lines`
      (it )?sounds (like|as (though|if))
      it sounded like
      (it|that) seems (like|as (though|if)|that)
      seems like you
      ^seems (like|as (though|if))
      by the sounds? of (it|things)
      it looks like you
      i get the (sense|feeling|impression)
      i am getting the (sense|feeling|impression)
      i sense (that )?you
      (i am|am) (also )?(hearing|sensing)
      what i am hearing
      i hear (you saying|that you|you are|how|what)
      (so )?what you are saying
      you are saying
      in other words
      part of you
      on (the )?one hand
      on the other hand
      i am guessing (that )?you
      i (can )?(totally |completely |really )?understand (that )?you (are|were|have been|feel|felt|had|have)
      i hear (that|your)
      if i (get|understand|hear) you (correctly|clearly|right)
      (do you mean|you mean) (to say )?that
      i (am )?wonder(ing)? (whether|if) (you|part of you|that|this|it)(?! (could|would|can|will|might be willing|have given|think))
    `,
  ),
  frame(
    'reflection.you-feel',
    0.8,
    lines`
      ^you (are |must be |might be |may be |must have been |must |have |had )?(really |also |just |still |kind of |sort of |maybe |perhaps |almost |been )?(feel|feeling|felt|sound|seem|seemed|sounded)
    `,
  ),
  frame(
    'reflection.for-you',
    0.75,
    lines`
      ^(it (is|was|has been) |this (is|has been) |that (is|was|has been) )(really |so |very |quite |pretty |been )?(hard|difficult|tough|important|a struggle|frustrating|painful|scary|confusing|a lot|a big deal|meaningful|tricky)[^.?!]*(for you|to you)
      ^(for you|to you),
    `,
  ),
  frame(
    'reflection.perceives',
    0.6,
    lines`
      i can (hear|tell|see|sense) (that )?you( are)?
    `,
  ),
  frame(
    'reflection.emotional',
    0.55,
    lines`
      ^(i am sure |i bet |i imagine |i guess )?(that|it|this) (is|must be|must have been|sounds|seems|would be|was|has been|can be|could be|does seem|does sound|must seem) (\w+ )?(so |really |pretty |quite |very |such a |a |kind of |sort of )*(hard|difficult|tough|painful|awful|terrible|horrible|rough|heavy|overwhelming|exhausting|frightening|scary|upsetting|distressing|lonely|confusing|stressful|frustrating|unfair|draining|a lot|a bummer|a big deal|a struggle|a challenge|challenging|annoying|worrying|discouraging|disappointing)
      ^(?!(i|i am|we|my|your (plan|idea|suggestion))\b)[^,;]{3,80}? (sounds|sounded|seems|must be|must have been|must feel) (so |really |pretty |quite |very |incredibly |absolutely |just |such a |a |kind of |sort of )*(hard|difficult|tough|painful|awful|terrible|horrible|rough|heavy|overwhelming|exhausting|frightening|scary|terrifying|upsetting|distressing|lonely|isolating|confusing|stressful|frustrating|unfair|draining|a lot|relentless|unbearable|worrying|discouraging|disappointing|heartbreaking|humiliating|infuriating|maddening)
    `,
  ),
  // An image for the client's experience ("it's as if life is happening behind glass").
  frame(
    'reflection.image',
    0.6,
    lines`
      ^((and )?(it is|that is|it feels|it must feel|it is almost|almost|kind of|sort of|a bit|just) )*(as if|as though|like (you( are)?|being|living|watching|trying|carrying|walking|running|drowning|a|an))
    `,
  ),
  // "You must really love that dog": a guess at what the client feels or values.
  frame(
    'reflection.inference',
    0.6,
    lines`
      ^you must (really |so |still |have |be )*(love|loved|like|liked|enjoy|enjoyed|miss|missed|hate|hated|care|cared|feel|felt|wonder|worry|worried|want|wanted|be (\w+ )?(proud|tired|exhausted|relieved|worried|fed up|sick of))
    `,
  ),
  frame(
    'reflection.you-said',
    0.75,
    lines`
      ^you (have )?(said|mentioned|told me|were saying|described|talked about)
    `,
  ),
  frame(
    'reflection.you-statement',
    0.6,
    lines`
      ^you (are|were|have|had|would|really|also|just|still|kind of|sort of|do not|did not|can not|could not|want|wanted|wish|hope|hoped|think|thought|believe|know|knew|worry|worried|miss|missed|care|cared|love|loved|hate|hated|need|needed|enjoy|enjoyed|like|liked|value|noticed|notice|find|found|get|got|mean|meant|said|mentioned|told|decided|tried|made|do|did|went|go|keep|kept|see|saw|seem|sound|feel|felt|wonder|wondered|reali[sz]e|reali[sz]ed|took|take|has|used to)
    `,
  ),
  frame(
    'reflection.your-statement',
    0.5,
    lines`
      ^your (\w+ ){0,3}?(is|are|was|were|has|have|seems?|sounds?|feels?|matters?|means?)
    `,
  ),
];

// Words that make a clause (verbs, auxiliaries, subject pronouns): a phrase without them is a fragment.
const FINITE = new Set(
  `is are was were am be been 's do does did have has had will would can could should shall may might must
  i you we he she they it there this that let get got go goes went make made think know want need feel
  said say says see saw`.split(/\s+/),
);

// Lines that look like reflections but thank, greet, agree or direct.
const NOT_REFLECTION = phrases(lines`
  ^((it|that|this) )?(sounds?|seems?) (like )?(a |an )?(really |very |pretty )?(good|great|fine|nice|solid|sensible|reasonable|excellent|brilliant|lovely) (idea|plan|start|choice|step|thing|deal|way to go)
  ^((it|that|this) )?(sounds?|seems?) like a plan
  (nice|good|great|lovely) (to (meet|see|talk to|speak to|hear from) you|(talking|speaking|chatting|meeting) (to |with )?you)
  ^(thanks|thank you|cheers)(,? [a-z]+)?[\s.!]*$
  ^((thanks|thank you|cheers|good|great|fantastic|excellent|perfect|lovely|wonderful|brilliant|okay|ok|all right|alright|(that )?sounds (good|great|fine)|good stuff)[\s,.!]*)+$
  thank(s| you) (so much )?for
  see you (next|in|later|soon|then|again)
  look forward to
  ^you are (very |most |so )?(welcome|right|correct|absolutely right|so right)
  ^you (know|see|mean)([,?.!]|$)
  ^you know what
  ^you guys
  ^your turn
  ^you are (not alone|such)
  you (should|should not|ought|need to|have to|had better|would better|gotta|could try|might want to|might try|can try|could always|will need)
  you must(?!( really| so| just| still)? (be|have|feel|like|love|enjoy|miss|hate|know|think|wonder)\b)
  ^(you (can )?)?feel free
  (you are|your|ur) (so |very |most |certainly |more than |always )*welcome
  (merry christmas|happy (holidays|new year|birthday|thanksgiving|easter|eid|diwali)|take (good )?care|stay safe|good luck|best of luck|all the best|wishing you|i wish you|god bless|may god)
  have a (good|great|nice|wonderful|lovely|merry|happy|blessed|fantastic|safe) (\w+ )?(day|evening|night|week|weekend|time|holiday|christmas|one|rest)
  ^(bye|goodbye|talk (to you )?(soon|later)|congratulations|anytime|any time|no problem|no worries|my pleasure|happy to help|glad (i|to) (could )?help)
  ^(and )?(you|same to you|you as well)( too| as well| also)?[.!]*$
  (that is|that was|it is) (very |so |really )?(kind|sweet|nice) of you
`);

// Playing the problem down ("at least nobody died", "cheer up") reflects nothing of the client's.
const PLAYS_DOWN = phrases(lines`
  at least
  cheer up
  bright side
  silver lining
  could (have been|be) (a lot |much |far )?worse
  everything happens for a reason
  in a better place
  good innings
  you will be fine
  do not worry
`);

// Conditions, suggestions, wishes and farewells mention "you" without reflecting anything.
const NOT_ABOUT_CLIENT = phrases(lines`
  ^(if|unless|whenever|even if|maybe|perhaps|just|hope|i hope|good luck|best of luck|all the best|take care|have a|enjoy|remember|try|make sure)
  ^(you|and you) too
`);

// The speaker's own plan or offer ("I'd like to check back with you", "let me give you some
// information") is about what the counsellor will do, not a reflection of the client.
const SPEAKER_PLAN = phrases(lines`
  i would (like|love|want) to
  i (will|want to|wanted to|need to|am going to|am gonna)
  let me
  let us
  we (will|can|could)
`);

// A fragment ("Pretty lonely.") reflects only what it shares with the client: their words or a
// feeling, or by completing a sentence the client broke off ("I'm trying to get—" "CEO.").
// Fragments without any of these, and gibberish, are not reflections.
const OVERLAP_NEEDED = new Set(['reflection.fragment']);

// Questions asked by tone alone (a statement, a fragment or a tag said with a question mark).
const RISING = new Set(['question.statement-rising', 'question.fragment', 'question.tag']);

const FRAMED_ONLY = new Set(['reflection.frame', 'reflection.understanding-frame', 'reflection.you-feel']);

// Reflections read from the form of a statement alone ("so ...", a mention of "you").
const SETS_UP = new Set(['reflection.about-client', 'reflection.so-statement']);

/** One sentence found to reflect, with what it shares with the client. */
export interface SentenceReflection extends ReflectedSentence {
  strength: number;
  evidence: string;
  shared: string[];
}

function reflectSentence(
  s: Sentence,
  q: Asked | undefined,
  client: ClientContext | undefined,
): SentenceReflection | undefined {
  // The sentence without its leading fillers, as typed (for its words) and written out (for the
  // phrase lists); the written-out one is a tail of the sentence's plain text.
  const typedBody = stripLead(s.lower);
  const body = stripLead(s.plain);
  const offset = s.plain.length - body.length;
  if (
    !body ||
    (mayMatch(NOT_REFLECTION, s) && NOT_REFLECTION.test(body)) ||
    (mayMatch(PLAYS_DOWN, s) && PLAYS_DOWN.test(body))
  )
    return undefined;
  // A real question (wh- or inverted) is not a reflection; a statement said with a rising tone can
  // be, and so can "you said you feel angry, and I'm wondering..." (a reflection, then a question).
  const leadsWithReflection =
    /^(?:you (?:said|mentioned|told me)|if i am (?:understanding|hearing)|it sounds like|sounds like)\b/.test(
      body,
    );
  if (q && q.rule !== 'question.statement-rising' && q.rule !== 'question.tag' && !leadsWithReflection)
    return undefined;
  const stems = contentStems(s.tokens);
  const shared = client ? [...stems].filter(([x]) => client.stems.has(x)).map(([, word]) => word) : [];
  const ratio = stems.size === 0 ? 0 : shared.length / stems.size;
  const feelings: FoundFeeling[] = s.feelings.filter((f) => !f.negated);
  const words = typedBody.split(' ');
  let rule: string | undefined;
  let strength = 0;
  let evidence = '';
  for (const { re, id, strength: base } of FRAMES) {
    const m = mayMatch(re, s) ? re.exec(body) : null;
    // Statements in the second person need the client's words to be measured against.
    if (
      m &&
      !client?.hasPrevious &&
      (id === 'reflection.you-statement' ||
        id === 'reflection.your-statement' ||
        id === 'reflection.emotional' ||
        id === 'reflection.image' ||
        id === 'reflection.inference')
    )
      continue;
    // "That sounds like a lot" responds to a feeling; a reflection frame speaks of the client.
    if (m && id === 'reflection.frame' && !client?.hasPrevious && !/\b(?:you|your|yourself)\b/.test(body))
      continue;
    // "So it sounds like--": a frame broken off before anything was reflected.
    if (m && FRAMED_ONLY.has(id) && !/[a-z]{2}/.test(body.slice(m.index + m[0].length))) continue;
    if (m) {
      rule = id;
      strength = base;
      evidence = typed(s, offset + m.index, offset + m.index + m[0].length).trim();
      break;
    }
  }
  // Restating the client's own words (content overlap after stemming, or a phrase of theirs
  // repeated word for word) is a reflection too.
  const pairs = client ? contentBigrams(s.tokens).filter((g) => client.bigrams.has(g)) : [];
  if (
    client &&
    !client.minimal &&
    s.tokens.some((t) => !BACKCHANNEL.has(t)) &&
    (pairs.length >= 2 ||
      shared.length >= 3 ||
      (shared.length >= 2 && ratio >= 0.4) ||
      (shared.length >= 1 && ratio >= 0.6 && words.length <= 8))
  ) {
    const overlapStrength = Math.min(0.8, 0.45 + 0.1 * shared.length);
    if (!rule || overlapStrength > strength) {
      strength = Math.max(strength, overlapStrength);
      rule ??= 'reflection.restates-client';
      evidence ||= pairs[0] ?? shared.join(', ');
    } else strength = Math.min(0.95, strength + 0.05);
  }
  // Fallback: a statement about the client ("so ..." or second person), not about the speaker.
  if (
    !rule &&
    !q &&
    !s.asked &&
    client?.hasPrevious &&
    words.length >= 4 &&
    !/^(?:i|me|my|we|let us|thank|thanks|hi|hello|good|great|okay|ok|alright|sure|nice|welcome)\b/.test(body)
  ) {
    if (/^(?:["'(-]*)so\b/.test(s.lower)) {
      rule = 'reflection.so-statement';
      strength = 0.5;
      evidence = words.slice(0, 4).join(' ');
    } else if (
      /\b(?:you|your|yourself)\b/.test(body) &&
      !NOT_ABOUT_CLIENT.test(body) &&
      !SPEAKER_PLAN.test(body)
    ) {
      rule = 'reflection.about-client';
      strength = 0.45;
      evidence = words.slice(0, 4).join(' ');
    }
  }
  // A few words that carry content ("Discouraged." "Stress relief.") echo or complete the client's line.
  if (
    !rule &&
    !q &&
    client?.hasPrevious &&
    s.tokens.some((t) => !BACKCHANNEL.has(t)) &&
    ((words.length <= 4 && (shared.length > 0 || feelings.length > 0)) ||
      // A short phrase without a verb ("A quieter life, then.", "Pretty lonely.") carries
      // the client's sentence on: a reflection that continues their paragraph.
      (words.length <= 7 &&
        !client.minimal &&
        !s.tokens.some((t) => FINITE.has(t)) &&
        !/^(?:\W*(?:okay|ok|right|yeah|yes|well|oh|so|and|um|uh|mm)\W+)*(?:hi|hello|hey|bye|thanks|thank|no|not|nope|of course|me too|same|good|great|nice|well|sure|fair|cool|excellent|perfect|lovely|brilliant|wonderful|fantastic|awesome|welcome)\b/.test(
          s.lower,
        )))
  ) {
    rule = 'reflection.fragment';
    strength = 0.4;
    evidence = typedBody;
  }
  if (!rule) return undefined;
  // A fragment without the client's words or a feeling reflects nothing ("Blue car, tall tree").
  if (
    OVERLAP_NEEDED.has(rule) &&
    client &&
    !client.minimal &&
    !client.trailing &&
    shared.length === 0 &&
    feelings.length === 0
  )
    return undefined;
  // A first-person statement is about the speaker, not the client, unless it is a listening frame.
  if (
    /^(?:i|me|my|we|let us)\b/.test(body) &&
    rule !== 'reflection.understanding-frame' &&
    rule !== 'reflection.frame' &&
    // "I can tell you're anxious", "I'm sure that's overwhelming": the speaker's guess about the client.
    !(rule === 'reflection.perceives' && /^i can (?:hear|tell|see|sense)\b/.test(body)) &&
    !(rule === 'reflection.emotional' && /^i (?:am sure|bet|imagine|guess)\b/.test(body))
  ) {
    return undefined;
  }
  if (q) strength -= 0.1;
  return { sentence: s, rule, strength, evidence, shared, ratio, feelings };
}

/** The sentences of an utterance that reflect, each with what it shares with the client. */
export function sentenceReflections(
  p: Prepared,
  asked: Map<Sentence, Asked>,
  client: ClientContext | undefined,
): SentenceReflection[] {
  const rs: SentenceReflection[] = [];
  for (const s of p.sentences) {
    const r = reflectSentence(s, asked.get(s), client);
    if (r) rs.push(r);
  }
  return rs;
}

/** Simple and complex reflections (and summaries), measured against the client's previous line. */
export function reflectionMoves(
  p: Prepared,
  asked: Map<Sentence, Asked>,
  client: ClientContext | undefined,
): MoveDetail[] {
  let rs = sentenceReflections(p, asked, client);
  // A statement that leads into a real question ("You've cut down. What helped?") sets the question
  // up; read from its form alone it is not a reflection in its own right.
  if ([...asked.values()].some((q) => !RISING.has(q.rule))) rs = rs.filter((r) => !SETS_UP.has(r.rule));
  const best = rs.reduce<SentenceReflection | undefined>(
    (a, r) => (!a || r.strength > a.strength ? r : a),
    undefined,
  );
  if (!best) return [];
  const out: MoveDetail[] = [];
  const asks = asked.size === 0 ? 0 : rs.some((r) => asked.has(r.sentence)) ? 0.9 : 0.5;
  const { score, why } = complexity(p, rs, client, asks);
  const strength = Math.min(0.95, best.strength + 0.05 * (rs.length - 1));
  const evidence = [
    best.evidence,
    ...(best.shared.length > 0 && best.evidence !== best.shared.join(', ') ? [best.shared.join(', ')] : []),
  ];
  if (score > 0) {
    out.push(
      found(
        'complex_reflection',
        strength,
        evidence,
        best.rule,
        why ? `reflected and ${why}` : `reflected back with added meaning: '${best.evidence}'`,
        p.sentences.indexOf(best.sentence),
      ),
    );
  } else {
    const echo =
      best.shared.length > 0
        ? `reflected the client’s words: '${best.shared.join(', ')}'`
        : `reflected back: '${best.evidence}'`;
    out.push(
      found('simple_reflection', strength, evidence, best.rule, echo, p.sentences.indexOf(best.sentence)),
    );
  }
  return out;
}

/** The reflection rules, with their examples (each needs the client's line it reflects). */
export const REFLECTION_CODE_RULES: readonly RuleCard[] = [
  {
    id: 'reflection.understanding-frame',
    move: 'complex_reflection',
    examples: [
      {
        text: "If I'm understanding correctly, you're feeling both angry and sad at the same time about your mother's death.",
        previous: 'My mother died in March and I keep shouting at everyone.',
      },
    ],
    counterExamples: [{ text: 'I understand the rules.', previous: 'There are a lot of rules.' }],
  },
  {
    id: 'reflection.frame',
    move: 'complex_reflection',
    examples: [
      {
        text: "It sounds like you're carrying a lot of guilt about what happened.",
        previous: 'I should have been there that night.',
      },
    ],
    counterExamples: [{ text: 'That sounds like a plan.', previous: "I'll try the gym on Monday." }],
  },
  {
    id: 'reflection.you-feel',
    move: 'complex_reflection',
    examples: [
      { text: 'You feel like no one sees how hard you work.', previous: 'Nobody notices what I do.' },
    ],
    counterExamples: [{ text: 'You feel free to call.', previous: 'Can I ring?' }],
  },
  {
    id: 'reflection.restates-client',
    move: 'simple_reflection',
    examples: [{ text: 'You lost your job in January.', previous: 'I lost my job in January.' }],
    counterExamples: [{ text: 'Tell me about January.', previous: 'I lost my job in January.' }],
  },
  {
    id: 'reflection.emotional',
    move: 'complex_reflection',
    examples: [{ text: "That's been really hard.", previous: 'Mum has been in hospital since May.' }],
    counterExamples: [{ text: 'That is a hard question.' }],
  },
  {
    id: 'reflection.about-client',
    move: 'simple_reflection',
    examples: [
      { text: 'The kids are with you every weekend.', previous: 'I spend Saturdays and Sundays with them.' },
    ],
    counterExamples: [{ text: 'I will see you next week.', previous: 'Bye then.' }],
  },
  {
    id: 'reflection.fragment',
    move: 'simple_reflection',
    examples: [{ text: 'Pretty lonely.', previous: 'I just sit in my flat all evening on my own.' }],
    counterExamples: [
      { text: 'qwpoe zmxn', previous: 'I just sit in my flat all evening on my own.' },
      { text: 'Blue car, tall tree.', previous: 'I just sit in my flat all evening on my own.' },
    ],
  },
];
