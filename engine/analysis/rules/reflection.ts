import type { MoveDetail } from '../../../contract/analysis.js';
import { found } from '../detail.js';
import { bigrams, stem } from '../nlp.js';
import type { Prepared, Sentence } from '../text.js';
import { STOPWORDS } from '../text.js';
import type { FoundFeeling } from './feeling.js';
import { findFeelings } from './feeling.js';
import { complexity } from './complexity.js';
import type { Asked } from './questions.js';

const LEAD =
  /^(?:(?:so|and|but|okay|ok|well|um|uh|mm|mm-hmm|uh-huh|hmm|yeah|yes|right|alright|all right|now|oh|sure|i see|gotcha|got it|and so|so then|then|mhm|wow|no)\b[\s,.-]*)+/;

/** Frames that announce a reflection; the id names the rule in the debrief. */
const FRAMES: [RegExp, string, number][] = [
  [
    /\bif i(?:'m| am) (?:understanding|hearing|getting)(?: you)?(?: (?:correctly|right))?|^(?:so,? )?am i (?:hearing|right in thinking|right that|understanding)|have i got (?:that|it|this) right|if i understand(?: you)?(?: (?:correctly|right))?|let me (?:see|check) (?:if|that) i(?:'ve| have)? (?:got|understand)|(?:just )?to (?:check|make sure) i(?:'ve| have)? (?:got|understood|understand)/,
    'reflection.understanding-frame',
    0.9,
  ],
  [
    /\b(?:it )?sounds (?:like|as (?:though|if))|it sounded like|(?:it|that) seems (?:like|as (?:though|if)|that)|seems like you|^seems (?:like|as (?:though|if))|by the sounds? of (?:it|things)|it looks like you|i get the (?:sense|feeling|impression)|i(?:'m| am) getting the (?:sense|feeling|impression)|i sense (?:that )?you|\b(?:i'm|am) (?:also )?(?:hearing|sensing)|what i(?:'m| am) hearing|i hear (?:you saying|that you|you're|you are|how|what)|(?:so )?what you(?:'re| are) saying|you(?:'re| are) saying|in other words|part of you|on (?:the )?one hand|on the other hand|i(?:'m| am) guessing (?:that )?you/,
    'reflection.frame',
    0.85,
  ],
  [
    /^you(?:'re| are| must be| might be| may be| must have been| must|'ve| have)? (?:really |also |just |still |kind of |sort of |maybe |perhaps |almost |been )?(?:feel|feeling|felt|sound|seem|seemed|sounded)\b/,
    'reflection.you-feel',
    0.8,
  ],
  [
    /^(?:it(?:'s| is| was|'s been| has been) |this (?:is|has been) |that(?:'s| is| was|'s been) )(?:really |so |very |quite |pretty |been )?(?:hard|difficult|tough|important|a struggle|frustrating|painful|scary|confusing|a lot|a big deal|meaningful|tricky)\b[^.?!]*\b(?:for you|to you)\b/,
    'reflection.for-you',
    0.75,
  ],
  [/^(?:for you|to you),/, 'reflection.for-you', 0.75],
  [/\bi can (?:hear|tell|see|sense) (?:that )?you(?:'re| are)?\b/, 'reflection.perceives', 0.6],
  [
    /^(?:i'm sure |i bet |i imagine |i guess )?(?:that|it|this)(?:'s| is| must be| must have been| sounds| seems| would be| was| has been|'s been| can be| could be| does seem| does sound| must seem) (?:\w+ )?(?:so |really |pretty |quite |very |such a |a |kind of |sort of )*(?:hard|difficult|tough|painful|awful|terrible|horrible|rough|heavy|overwhelming|exhausting|frightening|scary|upsetting|distressing|lonely|confusing|stressful|frustrating|unfair|draining|a lot|a bummer|a big deal|a struggle|a challenge|challenging|annoying|worrying|discouraging|disappointing)\b/,
    'reflection.emotional',
    0.55,
  ],
  [
    // "Lying awake every night sounds exhausting and frightening": the client's experience, named
    // for what it is like.
    /^(?!(?:i|i'm|we|my|your (?:plan|idea|suggestion))\b)[^,;]{3,80}? (?:sounds|sounded|seems|must be|must have been|must feel) (?:so |really |pretty |quite |very |incredibly |absolutely |just |such a |a |kind of |sort of )*(?:hard|difficult|tough|painful|awful|terrible|horrible|rough|heavy|overwhelming|exhausting|frightening|scary|terrifying|upsetting|distressing|lonely|isolating|confusing|stressful|frustrating|unfair|draining|a lot|relentless|unbearable|frightening|worrying|discouraging|disappointing|heartbreaking|humiliating|infuriating|maddening)\b/,
    'reflection.emotional',
    0.55,
  ],
  [
    // An image for the client's experience ("it's as if life is happening behind glass").
    /^(?:(?:and )?(?:it's|it is|that's|it feels|it must feel|it's almost|almost|kind of|sort of|a bit|just) )*(?:as if|as though|like (?:you(?:'re| are)?|being|living|watching|trying|carrying|walking|running|drowning|a |an ))\b/,
    'reflection.image',
    0.6,
  ],
  [
    // "You must really love that dog": a guess at what the client feels or values.
    /^you must (?:really |so |still |have |be )*(?:love|loved|like|liked|enjoy|enjoyed|miss|missed|hate|hated|care|cared|feel|felt|wonder|worry|worried|want|wanted|be (?:\w+ )?(?:proud|tired|exhausted|relieved|worried|fed up|sick of))\b/,
    'reflection.inference',
    0.6,
  ],
  [
    /^(?:you (?:said|mentioned|told me|were saying|described|talked about)|you've (?:said|mentioned|told me|described|talked about))\b/,
    'reflection.you-said',
    0.75,
  ],
  [
    /^you(?:'re| are| were|'ve| have| had|'d| would| really| also| just| still| kind of| sort of| don't| do not| didn't| did not| can't| cannot| couldn't| want| wanted| wish| hope| hoped| think| thought| believe| know| knew| worry| worried| miss| missed| care| cared| love| loved| hate| hated| need| needed| enjoy| enjoyed| like| liked| value| noticed| notice| find| found| get| got| mean| meant| said| mentioned| told| decided| tried| made| do| did| went| go| keep| kept| see| saw| seem| sound| feel| felt| wonder| wondered| realize| realise| realized| realised| took| take| have| has| used to)\b/,
    'reflection.you-statement',
    0.6,
  ],
  [
    /^your (?:\w+ ){0,3}?(?:is|are|was|were|has|have|seems?|sounds?|feels?|matters?|means?)\b/,
    'reflection.your-statement',
    0.5,
  ],
];

const BACKCHANNEL = new Set(
  `yeah yes yep yup no nope okay ok right alright all sure mm mm-hmm mhm uh-huh uh um hmm oh wow good great nice cool
  fine perfect excellent fantastic wonderful awesome brilliant smart exactly absolutely totally definitely true fair
  enough thanks thank you hi hello bye course of i see gotcha got it interesting really lovely indeed certainly please
  sorry well so and but that's that is it's very much too welcome there we go then now anyway agreed correct
  mh-hmm mhmm mmhmm mm-mm hm ah ahh aha huh yap yeah-yeah gottcha gotcha neat dear gosh goodness wow yay`.split(
    /\s+/,
  ),
);

// Words that make a clause (verbs, auxiliaries, subject pronouns): a phrase without them is a fragment.
const FINITE = new Set(
  `is are was were am be been 's do does did have has had will would can could should shall may might must
  i you we he she they it there this that let get got go goes went make made think know want need feel
  said say says see saw`.split(/\s+/),
);

const NOT_REFLECTION =
  /^(?:(?:it|that|this) )?(?:sounds?|seems?) (?:like )?(?:a |an )?(?:really |very |pretty )?(?:good|great|fine|nice|solid|sensible|reasonable|excellent|brilliant|lovely) (?:idea|plan|start|choice|step|thing|deal|way to go)\b|\b(?:nice|good|great|lovely) (?:to (?:meet|see|talk to|speak to|hear from) you|(?:talking|speaking|chatting|meeting) (?:to |with )?you)|^(?:thanks|thank you|cheers)(?:,? [a-z]+)?[\s.!]*$|^(?:(?:thanks|thank you|cheers|good|great|fantastic|excellent|perfect|lovely|wonderful|brilliant|okay|ok|all right|alright|(?:that )?sounds (?:good|great|fine)|good stuff)\b[\s,.!]*)+$|\bthank(?:s| you) (?:so much )?for|\bsee you (?:next|in|later|soon|then|again)|\blook forward to|^(?:you(?:'re| are) (?:very |most |so )?(?:welcome|right|correct|absolutely right|so right)|you (?:know|see|mean)(?:[,?.!]|$)|you know what|you guys|your turn|you(?:'re| are) (?:not alone|such)\b)|\byou (?:should|shouldn't|ought|must(?!(?: really| so| just| still)? (?:be|have|feel|like|love|enjoy|miss|hate|know|think|wonder)\b)|need to|have to|had better|'d better|gotta|could try|might want to|might try|can try|could always|will need|'ll need)\b/;

// Playing the problem down ("at least nobody died", "cheer up") reflects nothing of the client's.
const PLAYS_DOWN =
  /\b(?:at least|cheer up|bright side|silver lining|could (?:have been|be) (?:a lot |much |far )?worse|everything happens for a reason|in a better place|good innings|you'll be fine|don't worry)\b/;

// The speaker's own plan or offer ("I'd like to check back with you", "let me give you some
// information") is about what the counsellor will do, not a reflection of the client.
const SPEAKER_PLAN =
  /\b(?:i(?:'d| would) (?:like|love|want) to|i(?:'ll| will| want to| wanted to| need to| am going to|'m going to|'m gonna| am gonna)|let me|let's|we(?:'ll| will| can| could))\b/;

// Questions asked by tone alone (a statement, a fragment or a tag said with a question mark).
const RISING = new Set(['question.statement-rising', 'question.fragment', 'question.tag']);

const FRAMED_ONLY = new Set(['reflection.frame', 'reflection.understanding-frame', 'reflection.you-feel']);

// Reflections read from the form of a statement alone ("so ...", a mention of "you").
const SETS_UP = new Set(['reflection.about-client', 'reflection.so-statement']);

/** What a reflection is measured against: the client's previous words, feelings and cue. */
export interface ClientContext {
  stems: ReadonlyMap<string, string>;
  feelings: FoundFeeling[];
  cueStems: ReadonlyMap<string, string>;
  cueFeelings: FoundFeeling[];
  /** The client said very little ("Yeah.", "Mm."), so overlap cannot tell anything. */
  minimal: boolean;
  /** How many words the client said. */
  words: number;
  /** The client's previous line is known (not only a cue). */
  hasPrevious: boolean;
  /** The client's word pairs that carry content ("the way", "gets in the way" → "gets in", "in the way"...). */
  bigrams: ReadonlySet<string>;
}

const isContent = (w: string) => w.length > 2 && !STOPWORDS.has(w);

/** Word bigrams (natural's n-grams) with at least one content word, e.g. "lost job", "my job". */
export function contentBigrams(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const [a, b] of bigrams(tokens)) if (isContent(a!) || isContent(b!)) out.push(`${a} ${b}`);
  return out;
}

/** Content stems of a text, for overlap, each mapped to the first word that gave it. */
export function contentStems(tokens: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of tokens) {
    if (STOPWORDS.has(t) || t.length < 2 || !/[a-z]/.test(t)) continue;
    const s = stem(t);
    if (!out.has(s)) out.set(s, t);
  }
  return out;
}

/** Drop the fillers a turn starts with ("so", "okay,", "mm-hmm"). */
export function stripLead(lower: string): string {
  return lower
    .replace(/^["'(-]+/, '')
    .replace(LEAD, '')
    .trim();
}

/** One sentence found to reflect, with what it shares with the client. */
export interface SentenceReflection {
  sentence: Sentence;
  rule: string;
  strength: number;
  evidence: string;
  shared: string[];
  ratio: number;
  feelings: FoundFeeling[];
}

function reflectSentence(
  s: Sentence,
  q: Asked | undefined,
  client: ClientContext | undefined,
): SentenceReflection | undefined {
  const body = stripLead(s.lower);
  if (!body || NOT_REFLECTION.test(body) || PLAYS_DOWN.test(body)) return undefined;
  // A real question (wh- or inverted) is not a reflection; a statement said with a rising tone can
  // be, and so can "you said you feel angry, and I'm wondering..." (a reflection, then a question).
  const leadsWithReflection =
    /^(?:you (?:said|mentioned|told me)|if i(?:'m| am) (?:understanding|hearing)|it sounds like|sounds like)\b/.test(
      body,
    );
  if (q && q.rule !== 'question.statement-rising' && q.rule !== 'question.tag' && !leadsWithReflection)
    return undefined;
  const stems = contentStems(s.tokens);
  const shared = client ? [...stems].filter(([x]) => client.stems.has(x)).map(([, word]) => word) : [];
  const ratio = stems.size === 0 ? 0 : shared.length / stems.size;
  const feelings = findFeelings(s.tokens).filter((f) => !f.negated);
  const words = body.split(' ');
  let rule: string | undefined;
  let strength = 0;
  let evidence = '';
  for (const [re, id, base] of FRAMES) {
    const m = re.exec(body);
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
    if (
      m &&
      id === 'reflection.frame' &&
      !client?.hasPrevious &&
      !/\b(?:you|your|you're|you've|yourself)\b/.test(body)
    )
      continue;
    // "So it sounds like--": a frame broken off before anything was reflected.
    if (m && FRAMED_ONLY.has(id) && !/[a-z]{2}/.test(body.slice(m.index + m[0].length))) continue;
    if (m) {
      rule = id;
      strength = base;
      evidence = m[0];
      break;
    }
  }
  // Restating the client's own words (content overlap after stemming, or a phrase of theirs
  // repeated word for word) is a reflection too.
  const phrases = client ? contentBigrams(s.tokens).filter((g) => client.bigrams.has(g)) : [];
  if (
    client &&
    !client.minimal &&
    s.tokens.some((t) => !BACKCHANNEL.has(t)) &&
    (phrases.length >= 2 ||
      shared.length >= 3 ||
      (shared.length >= 2 && ratio >= 0.4) ||
      (shared.length >= 1 && ratio >= 0.6 && words.length <= 8))
  ) {
    const overlapStrength = Math.min(0.8, 0.45 + 0.1 * shared.length);
    if (!rule || overlapStrength > strength) {
      strength = Math.max(strength, overlapStrength);
      rule ??= 'reflection.restates-client';
      evidence ||= phrases[0] ?? shared.join(', ');
    } else strength = Math.min(0.95, strength + 0.05);
  }
  // Fallback: a statement about the client ("so ..." or second person), not about the speaker.
  if (
    !rule &&
    !q &&
    !s.asked &&
    client?.hasPrevious &&
    words.length >= 4 &&
    !/^(?:i|i'm|i've|i'd|i'll|me|my|we|we're|we've|let's|thank|thanks|hi|hello|good|great|okay|ok|alright|sure|nice|welcome)\b/.test(
      body,
    )
  ) {
    if (/^(?:["'(-]*)so\b/.test(s.lower)) {
      rule = 'reflection.so-statement';
      strength = 0.5;
      evidence = words.slice(0, 4).join(' ');
    } else if (
      /\b(?:you|your|you're|you've|yourself)\b/.test(body) &&
      !/^(?:if|unless|whenever)\b/.test(body) &&
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
    evidence = body;
  }
  if (!rule) return undefined;
  // A first-person statement is about the speaker, not the client, unless it is a listening frame.
  if (
    /^(?:i|i'm|i've|i'd|i'll|me|my|we|we're|let's)\b/.test(body) &&
    rule !== 'reflection.understanding-frame' &&
    rule !== 'reflection.frame' &&
    // "I can tell you're anxious", "I'm sure that's overwhelming": the speaker's guess about the client.
    !(rule === 'reflection.perceives' && /^i can (?:hear|tell|see|sense)\b/.test(body)) &&
    !(rule === 'reflection.emotional' && /^i(?:'m sure| bet| imagine| guess)\b/.test(body))
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
      ),
    );
  } else {
    const echo =
      best.shared.length > 0
        ? `reflected the client’s words: '${best.shared.join(', ')}'`
        : `reflected back: '${best.evidence}'`;
    out.push(found('simple_reflection', strength, evidence, best.rule, echo));
  }
  return out;
}

// The client's line is scored against every attempt the trainee makes at answering it, and
// prepareClient hands back the same prepared object each time: derive its side once. (Read-only
// from here on: every turn against the same line shares it.)
const byPrevious = new WeakMap<Prepared, ClientContext>();

function build(previous: Prepared | undefined, cue: Prepared | undefined): ClientContext {
  const stems = previous ? contentStems(previous.tokens) : new Map<string, string>();
  return {
    stems,
    feelings: previous ? findFeelings(previous.tokens).filter((f) => !f.negated) : [],
    cueStems: cue ? contentStems(cue.tokens) : new Map<string, string>(),
    cueFeelings: cue ? findFeelings(cue.tokens) : [],
    minimal: !previous || stems.size === 0,
    words: previous?.wordCount ?? 0,
    hasPrevious: previous !== undefined,
    bigrams: new Set(previous ? contentBigrams(previous.tokens) : []),
  };
}

/** Prepare the client's side once: stems, feelings, cue. */
export function clientContext(
  previous: Prepared | undefined,
  cue: Prepared | undefined,
): ClientContext | undefined {
  if (!previous && !cue) return undefined;
  if (!previous || cue) return build(previous, cue);
  let had = byPrevious.get(previous);
  if (!had) {
    had = build(previous, undefined);
    byPrevious.set(previous, had);
  }
  return had;
}
