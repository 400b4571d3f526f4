import type { MoveDetail } from '../../../contract/analysis.js';
import { found } from '../detail.js';
import { lines, phrases, type RuleCard } from '../phrases.js';
import { type Prepared, type Sentence, typed } from '../text.js';
import type { ClientContext } from '../vocabulary.js';

const SECOND_PERSON = /\b(you|you're|your|yours|yourself|you've|you'd|you'll)\b/;
const SELF_ONLY = /^(?:(?:so|and|but|well|um|honestly)\W+)*(?:i|i'm|i've|i'd|me|my)\b/;
// Hard words a response to a feeling names the client's experience with.
const HARD = `(hard|difficult|tough|painful|awful|terrible|horrible|rough|heavy|overwhelming|exhausting|frightening|scary|terrifying|upsetting|distressing|heartbreaking|devastating|lonely|isolating|confusing|stressful|frustrating|unsettling|unfair|traumatic|draining|unbearable|worrying|humiliating|relentless|a lot|so much|hard on you)(?! to (find|say|know|tell|get|believe|explain|do|see|park|read|follow|remember|predict|describe|work out|figure out|answer))`;

// Responding to a feeling: "that sounds so hard", "I'm sorry to hear that", "I can only imagine".
const RESPONSE = phrases([
  ...lines`
    (i am ~ |^~ )sorry (to hear|that|you|for your loss|about|for what|for everything|this (is|has))
    i can (only )?imagine
    i can (see|hear|understand) (how|why|that) … (hard|difficult|painful|upsetting|much|frightening|scary|lonely|worrying|frustrating|stressful)
    my heart (goes|breaks) (out )?(to|for) you
    i feel (so )?(for you|bad for you|sorry for you)
    you have (had|been through) (such )?(an? )?~ (hard|difficult|tough|rough|awful|terrible|painful|horrible) (time|year|few (weeks|months)|week|day|road|journey|childhood)
    you have been through (so much|a lot|such a lot|hell)
    how (painful|hard|awful|frightening|lonely|difficult|exhausting|upsetting|scary|frustrating|stressful) (that|this|it) (must|is|was|sounds)
    what a (\w+ )?(hard|difficult|painful|awful|terrible|frightening|lonely|tough|horrible|sad|stressful) (thing|time|experience|situation|loss|year|week|day)
    there is a lot of (pain|hurt|sadness|anger|fear|grief)
    (that|it) (sucks|stinks|is rough|is the worst)
    oh no
    (what a|that is a) (shame|pity)
  `,
  `(that|this|it|which) (is|must be|must have been|sounds|sounded|seems|would be|would have been|was|has been|must feel) (\\w+ )?~ (a )?${HARD}`,
]);

// "Lying awake every night sounds exhausting": what the client lives through, named for what it is like.
const SOUNDS = phrases([`(sounds|sounded|must be|must have been|must feel) ~ (such a |a )?${HARD}`]);
const SELF = new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our']);
const OTHER = new Set(['you', 'your', 'yourself', 'yours']);
const PERCEIVE = new Set(['hear', 'sense', 'see', 'notice', 'imagine', 'picture', 'tell']);
const CONDITION = new Set(['if', 'once', 'until', 'unless']);
const PRESCRIBE = new Set(['should', 'ought', 'must', 'need', 'needs', 'have', 'has', 'try', 'stop', 'don']);
const FEEL_VERB = new Set(['feel', 'feels', 'feeling', 'felt', 'seem', 'seems', 'seemed', 'sound', 'sounds']);
// Words that may link "you" to the feeling it is given ("you've been feeling so very low").
const LINK = new Set(
  `is 's are were was am be been being feel feels feeling felt seem seems seemed sound sounds sounded look looks
  looked must might may could would will get gets getting got become becoming so very really quite a an bit
  little kind sort of pretty still also just too incredibly extremely such lot the some more most rather
  fairly deeply terribly awfully absolutely and both have has carrying carry carried full filled left
  all`.split(/\s+/),
);

/**
 * Whose feeling a feeling word names: the nearest pronoun before it decides ("I was worried" is the
 * speaker's; "you seem worried" the client's). A feeling someone is told to have ("you should be
 * grateful") is not named for them.
 */
function attribution(
  tokens: readonly string[],
  at: number,
  feelingAt: ReadonlySet<number>,
): 'client' | 'weak' | 'self' | 'none' {
  // "…how upset you are", "how stressed you must be": the feeling is given to whoever follows.
  const after = tokens.slice(at + 1, at + 3);
  const how = tokens[at - 1] === 'how' || tokens[at - 2] === 'how';
  if (how && (after[0] === 'you' || (after[0] === 'out' && after[1] === 'you'))) return 'client';
  let linked = true;
  let verb = false;
  for (let j = at - 1; j >= Math.max(0, at - 6); j--) {
    const t = tokens[j]!;
    if (PRESCRIBE.has(t) && j >= at - 3) return 'none';
    if (PERCEIVE.has(t) || (t === 'feel' && tokens[j - 1] === 'can')) return 'client';
    // "You feel / you're so / you seem a bit ..." gives the client the feeling; "you're under a lot
    // of pressure at work" speaks of their situation, which counts only if they named the feeling.
    // "…if you feel at ease", "once you're settled": a condition, not the client's feeling now.
    if (OTHER.has(t) && CONDITION.has(tokens[j - 1] ?? '')) return 'none';
    if (OTHER.has(t)) return linked || verb ? 'client' : 'weak';
    if (SELF.has(t)) return 'self';
    if (linked && FEEL_VERB.has(t)) verb = true;
    if (!LINK.has(t) && !feelingAt.has(j)) linked = false;
  }
  return 'none';
}

/** Empathy: naming a feeling the client has, or responding to one ("that sounds so hard"). */
export function empathyMoves(
  p: Prepared,
  client: ClientContext | undefined,
  askedSentences: ReadonlySet<Sentence>,
  realQuestions: ReadonlySet<Sentence> = new Set(),
): MoveDetail[] {
  const out: MoveDetail[] = [];
  const clientFamilies = new Set(
    [...(client?.feelings ?? []), ...(client?.cueFeelings ?? [])].map((f) => f.family),
  );
  for (const [i, s] of p.sentences.entries()) {
    if (askedSentences.has(s) && !/\b(?:sounds?|seems?|must|hear|feel|feeling|felt)\b/.test(s.lower)) {
      // A feeling inside a question ("why are you so upset?") is asked about, not named for the client.
      const m = RESPONSE.exec(s.plain);
      if (m) {
        const said = typed(s, m.index, m.index + m[0].length);
        out.push(
          found(
            'empathy',
            0.6,
            [said],
            'empathy.responds-to-feeling',
            `responded to the client’s feeling: '${said}'`,
            i,
          ),
        );
      }
      continue;
    }
    // "Do you feel safe at home?" asks about a feeling; it does not name one for the client.
    if (realQuestions.has(s)) continue;
    const generic = /\b(?:to|you'd|you would|anyone would|people) (?:be|feel|get)\b/.test(s.lower);
    const all = s.feelings;
    const feelingAt = new Set(all.map((f) => f.at));
    const named = all.filter((f) => {
      if (f.negated) return false;
      const who = attribution(s.tokens, f.at, feelingAt);
      return (
        who === 'client' ||
        (who === 'weak' && clientFamilies.has(f.family)) ||
        (who === 'none' &&
          generic &&
          /\b(?:be|feel|get|feeling)$/.test(s.tokens.slice(Math.max(0, f.at - 3), f.at).join(' ')))
      );
    });
    const aboutClient =
      SECOND_PERSON.test(s.lower) &&
      !SELF_ONLY.test(
        s.lower.replace(/^i (?:can )?(?:hear|see|sense|notice|imagine|tell|get the sense)\b.*/, 'you'),
      );
    const hearing =
      /\bi (?:can )?(?:hear|see|sense|feel) (?:the |some |a lot of |how much |your |real )?(?:\w+ )?(?:\w+)/.test(
        s.lower,
      );
    if (
      named.length > 0 &&
      (aboutClient || hearing || generic || /\b(palpable|in your voice)\b/.test(s.lower))
    ) {
      const intensity = Math.max(...named.map((f) => f.intensity));
      const echoed = named.some((f) => clientFamilies.has(f.family));
      const words = named.map((f) => f.word);
      out.push(
        found(
          'empathy',
          0.6 + 0.08 * intensity + (echoed ? 0.1 : 0),
          words,
          echoed ? 'empathy.names-client-feeling' : 'empathy.names-feeling',
          `${echoed ? 'named the feeling the client showed' : 'named a feeling'}: '${words.join(' and ')}'`,
          i,
        ),
      );
      continue;
    }
    const m = RESPONSE.exec(s.plain) ?? SOUNDS.exec(s.plain);
    // "It was hard" in a story about oneself is not a response to the client.
    if (
      m &&
      !SECOND_PERSON.test(s.lower) &&
      /^(?:\W*(?:and|but|so|well)\W+)*(?:i|i've|i'm|my|when i)\b/.test(s.lower) &&
      !/\b(?:imagine|sorry|hear|see|sense|understand|know|get it|can tell)\b|^i(?:'m sure| bet)\b/.test(
        s.lower,
      )
    ) {
      continue;
    }
    if (m) {
      const said = typed(s, m.index, m.index + m[0].length);
      out.push(
        found(
          'empathy',
          0.7,
          [said],
          'empathy.responds-to-feeling',
          `responded to the client’s feeling: '${said}'`,
          i,
        ),
      );
    }
  }
  return out;
}

/** The empathy rules, with their examples. */
export const EMPATHY_CODE_RULES: readonly RuleCard[] = [
  {
    id: 'empathy.names-feeling',
    move: 'empathy',
    examples: [{ text: 'You seem really frightened.', previous: 'I keep checking the locks.' }],
    counterExamples: [
      'I was worried about the weather.',
      'You should be grateful.',
      'You can only do your best work if you feel calm.',
      "You're amazing.",
    ],
  },
  {
    id: 'empathy.names-client-feeling',
    move: 'empathy',
    examples: [{ text: 'You sound so angry with him.', previous: "I'm angry with him." }],
    counterExamples: [{ text: 'Why are you so angry?', previous: "I'm angry with him." }],
  },
  {
    id: 'empathy.responds-to-feeling',
    move: 'empathy',
    examples: ["I'm sorry to hear that.", 'That sounds so hard.', 'I can only imagine how painful that was.'],
    counterExamples: ['It was hard to find parking.', 'Sorry, I missed that.'],
  },
];
