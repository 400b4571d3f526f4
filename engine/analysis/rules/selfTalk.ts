import type { MoveDetail } from '../../../contract/analysis.js';
import { found } from '../detail.js';
import { lines, phrases } from '../phrases.js';
import type { Prepared, Sentence } from '../text.js';
import type { RuleCard } from '../phrases.js';

// A sentence about the speaker: it starts with "I", "my" or "me" (after fillers).
const ABOUT_ME = phrases(lines`
  ^(personally,? |myself,? |also,? |actually,? |like,? |oh,? )*(i|my|me|myself)
`);

// What a counsellor says in the first person about the session or the client, not about their own
// life: "I think…", "I'm sorry…", "I'd like to…", "my job is…".
const STANCE = phrases(lines`
  ^(personally,? |also,? |actually,? |oh,? |like,? |as )*i ~ ((have|need|got) to|said|mentioned|was saying|told you|think|believe|understand|hear|see|sense|imagine|wonder|wondered|guess|suppose|hope|wish|notice|noticed|agree|mean|appreciate|suggest|recommend|would|will|can|could|should|must|might|may|need|want|just|get|know|bet|feel like you|feel that you|feel for you|love that|like that|like the|like how|love how|admire|respect|apologi[sz]e|trust|promise|remember you|remember when you|have (a question|to (ask|say|admit)|some (questions|information|leaflets|ideas|suggestions)|an? (idea|suggestion|leaflet|number|question))|did not (mean|know|realise|realize)|do not (know|think|understand|want|mean|see|have)|keep|(love|like|adore) your)
  ^(personally,? |also,? |actually,? |oh,? )*i am ~ (not )?(sure|unsure|certain|confident|positive|sorry|glad|happy|here|pleased|not sure|wondering|curious|hearing|sensing|getting|going to|gonna|trying|listening|afraid that|concerned|worried about you|not saying|disappointed|(a|an|the|your) (\w+ )?(counsellor|counselor|therapist|nurse|doctor|trainee|student|volunteer|listener)|just|so|really|still|thinking|thankful|grateful|interested|impressed|proud|confident|certain|hopeful|aware)
  ^(personally,? |also,? |actually,? |oh,? )*my (name|job|role|advice|suggestion|understanding|question|sense|guess|point|concern|worry|thought|thoughts|hope|aim|goal|idea|apologies|pleasure|condolences|heart)
  ^me (either|neither)
`);

// A clause later in the sentence in which the speaker tells of their own life ("…, I have felt used
// by friends myself", "I understand, as I was worried too").
const CLAUSE_ABOUT_ME = phrases(lines`
  (and|but|so|as|since|because|though|although) i (have |had |also |too |still |actually |really )*(been|was|am|went|used to|lost|got|grew|live|lived|work|worked|tried|felt|struggled|struggle|experienced|found|suffer|suffered|decided|had|have|go|do|did|love|enjoy|hate)
`);

// Words that tie the speaker's story back to the client ("so I know a little of what that is like").
const LINKS_BACK = phrases(lines`
  (what|how) (that|it|this) (is|was|can be|must be|feels|felt|can feel) like
  how (that|it|this) (feels|felt|can feel)
  (resonates|sounds familiar|rings true|rings a bell)
  (i|i can) (know|understand|imagine|get) (a (bit|little) )?(of )?(what|how)
`);

// A clause that tells what happened to the speaker, in the past.
const TOLD = phrases(lines`
  i (was|went|had|did|got|used to|spent|lost|ended up|could not|would not|would|cried|drank|partied|moved|left|quit|failed|broke)
`);

/** The sentences of an utterance in which the speaker talks about their own life. */
function aboutMe(p: Prepared): Sentence[] {
  return p.sentences.filter(
    (s) => !s.asked && ((ABOUT_ME.test(s.plain) && !STANCE.test(s.plain)) || CLAUSE_ABOUT_ME.test(s.plain)),
  );
}

const FIRST = new Set(['i', 'me', 'my', 'mine', 'myself']);
const SECOND = new Set(['you', 'your', 'yours', 'yourself']);

/**
 * The speaker's own story, by form: a turn mostly about the speaker (self-focus), or a sentence
 * about their own life (self-disclosure, brief). The phrase rules in self.ts name the everyday
 * forms; these catch the rest.
 */
export function selfTalkMoves(p: Prepared): MoveDetail[] {
  let first = 0;
  let second = 0;
  let subjects = 0;
  for (const t of p.tokens) {
    if (FIRST.has(t)) first++;
    else if (SECOND.has(t)) second++;
    if (t === 'i') subjects++;
  }
  const mine = aboutMe(p);
  const myWords = mine.reduce((n, s) => n + s.tokens.length, 0);
  // A story told in several clauses of its own ("I went through a breakup last spring and I didn't
  // eat for weeks"), never turned back to the client, takes the turn over.
  const story =
    mine.length >= 1 &&
    second === 0 &&
    subjects >= 3 &&
    p.wordCount >= 15 &&
    mine.some((s) => TOLD.test(s.plain)) &&
    !p.sentences.some((s) => LINKS_BACK.test(s.plain));
  if (
    story ||
    (p.wordCount >= 25 && first >= 5 && first > 2 * second) ||
    (mine.length >= 3 && first > 2 * second)
  ) {
    return [
      found(
        'self_focus',
        0.6,
        [`${first}× I/me/my`],
        'self-focus.about-me',
        'talked mostly about themselves',
      ),
    ];
  }
  const said = mine[0];
  if (said && myWords >= 3) {
    const evidence = said.raw.split(' ').slice(0, 6).join(' ');
    return [
      found(
        'self_disclosure',
        0.5,
        [evidence],
        'self-disclosure.about-me',
        `shared something of their own: '${evidence}…'`,
        p.sentences.indexOf(said),
      ),
    ];
  }
  return [];
}

/** The rules found in this file, with their examples. */
export const SELF_TALK_RULES: readonly RuleCard[] = [
  {
    id: 'self-focus.about-me',
    move: 'self_focus',
    examples: [
      "I remember when I had my first panic attack, I was on a train and I thought I was dying, I had to get off at the next stop and sit on a bench for an hour, my hands were shaking and I couldn't even phone anyone.",
      'I started running last year. I lost two stone. I feel amazing now.',
      "Oh, I totally get that, I went through a massive breakup last spring and I didn't eat for weeks.",
    ],
    counterExamples: [
      'I lost my dad when I was young too, so I know a little of what that can be like.',
      'I hear how hard this has been for you, and I wonder what you need from me today.',
      "I've been divorced myself.",
    ],
  },
  {
    id: 'self-disclosure.about-me',
    move: 'self_disclosure',
    examples: [
      "I'm terrible at anything with numbers, myself!",
      'I had to repeat a class at university.',
      'My mum told me the same thing once.',
    ],
    counterExamples: [
      "I think you're doing really well.",
      "I'm sorry to hear that.",
      'My job is to listen.',
      'I wonder what you make of it.',
      'I would like to understand more.',
    ],
  },
];
