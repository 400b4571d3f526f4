import type { MoveDetail } from '../../../contract/analysis.js';
import { found } from '../detail.js';
import type { Prepared, Sentence } from '../text.js';
import { findFeelings } from './feeling.js';
import type { ClientContext } from './reflection.js';

const SECOND_PERSON = /\b(you|you're|your|yours|yourself|you've|you'd|you'll)\b/;
const SELF_ONLY = /^(?:(?:so|and|but|well|um|honestly)\W+)*(?:i|i'm|i've|i'd|me|my)\b/;
const RESPONSE =
  /\b((?:that|this|it|which)(?:'s| is| must be| must have been| sounds| sounded| seems| would be| would have been| was| has been|'s been| must feel| must've been) (?:\w+ )?(?:so |really |very |incredibly |truly |such a |just |absolutely |terribly |awfully |a )?(?:hard|difficult|tough|painful|awful|terrible|horrible|rough|heavy|overwhelming|exhausting|frightening|scary|upsetting|distressing|heartbreaking|devastating|lonely|confusing|stressful|frustrating|unsettling|unfair|traumatic|isolating|draining|unbearable|a lot|so much|hard on you)|(?:i(?:'m| am) (?:so |really |very |truly )?|^(?:(?:oh|well|okay|ok)\W+)?(?:so |really |very )?)sorry (?:to hear|that|you|for your loss|about|for what)|i can (?:only )?imagine\b|i can (?:see|hear|understand) (?:how|why|that) (?:\w+ ){0,4}?(?:hard|difficult|painful|upsetting|much|frightening|scary|lonely|worrying)|my heart goes out|(?:you've|you have) (?:had|been through) (?:such )?(?:an? )?(?:really |so |very |incredibly )?(?:hard|difficult|tough|rough|awful|terrible|painful|horrible) (?:time|year|few (?:weeks|months)|week|day|road|journey|childhood)|(?:you've|you have) been through (?:so much|a lot|such a lot|hell)|how (?:painful|hard|awful|frightening|lonely|difficult|exhausting|upsetting) (?:that|this|it) (?:must|is|was|sounds)|what a (?:\w+ )?(?:hard|difficult|painful|awful|terrible|frightening|lonely|tough) (?:thing|time|experience|situation|loss|year|week|day)|(?:there's|there is) a lot of (?:pain|hurt|sadness|anger|fear|grief))\b/;

// "Lying awake every night sounds exhausting": what the client lives through, named for what it is like.
const SOUNDS =
  /\b(?:sounds|sounded|must be|must have been|must feel) (?:so |really |pretty |quite |very |incredibly |absolutely |just |such a |kind of |sort of )*(?:hard|difficult|tough|painful|awful|terrible|horrible|rough|heavy|overwhelming|exhausting|frightening|scary|terrifying|upsetting|distressing|lonely|isolating|confusing|stressful|frustrating|draining|relentless|unbearable|worrying|heartbreaking|humiliating)\b/;
const SELF = new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our']);
const OTHER = new Set(['you', 'your', 'yourself', 'yours']);
const PERCEIVE = new Set(['hear', 'sense', 'see', 'notice', 'imagine', 'picture', 'tell']);
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
  let linked = true;
  let verb = false;
  for (let j = at - 1; j >= Math.max(0, at - 6); j--) {
    const t = tokens[j]!;
    if (PRESCRIBE.has(t) && j >= at - 3) return 'none';
    if (PERCEIVE.has(t)) return 'client';
    // "You feel / you're so / you seem a bit ..." gives the client the feeling; "you're under a lot
    // of pressure at work" speaks of their situation, which counts only if they named the feeling.
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
): MoveDetail[] {
  const out: MoveDetail[] = [];
  const clientFamilies = new Set(
    [...(client?.feelings ?? []), ...(client?.cueFeelings ?? [])].map((f) => f.family),
  );
  for (const s of p.sentences) {
    if (askedSentences.has(s) && !/\b(?:sounds?|seems?|must|hear|feel|feeling|felt)\b/.test(s.lower)) {
      // A feeling inside a question ("why are you so upset?") is asked about, not named for the client.
      const m = RESPONSE.exec(s.lower);
      if (m)
        out.push(
          found(
            'empathy',
            0.6,
            [m[0]],
            'empathy.responds-to-feeling',
            `responded to the client’s feeling: '${m[0]}'`,
          ),
        );
      continue;
    }
    const generic = /\b(?:to|you'd|you would|anyone would|people) (?:be|feel|get)\b/.test(s.lower);
    const all = findFeelings(s.tokens);
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
        ),
      );
      continue;
    }
    const m = RESPONSE.exec(s.lower) ?? SOUNDS.exec(s.lower);
    // "It was hard" in a story about oneself is not a response to the client.
    if (
      m &&
      !SECOND_PERSON.test(s.lower) &&
      /^(?:\W*(?:and|but|so|well)\W+)*(?:i|i've|i'm|my|when i)\b/.test(s.lower) &&
      !/\b(?:imagine|sorry|hear|see|sense)\b|^i(?:'m sure| bet)\b/.test(s.lower)
    ) {
      continue;
    }
    if (m) {
      out.push(
        found(
          'empathy',
          0.7,
          [m[0]],
          'empathy.responds-to-feeling',
          `responded to the client’s feeling: '${m[0]}'`,
        ),
      );
    }
  }
  return out;
}
