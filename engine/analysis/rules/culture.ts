import type { MoveDetail } from '../../../contract/analysis.js';
import { found } from '../detail.js';
import { lines, type PhraseRule, phrases, type RuleCard } from '../phrases.js';
import type { Sentence } from '../text.js';
import type { Asked } from './questions.js';

/**
 * Dismissing culture: brushing aside the client's culture, faith or identity, or measuring it
 * against "how we do things here". A dismissal inside a reflective frame ("It sounds like your
 * family's traditions are holding you back") is still one.
 */
export const CULTURE_RULES: readonly PhraseRule[] = [
  {
    id: 'dismissing-culture.not-matter',
    move: 'dismissing_culture',
    strength: 0.85,
    reason: 'brushed aside the client’s culture or faith: {m}',
    phrases: lines`
      (your |the |that |this )?(culture|religion|faith|traditions?|beliefs|background|customs|heritage|god|church|mosque|community's (views|rules))( stuff| thing)? (does not|should not|will not|can not|is not|has nothing to|have nothing to) (matter|come into (it|this|that)|count|be an excuse|have anything to do|do with|relevant|important|an excuse|help you)
      (forget|leave|put aside|ignore|set aside|never mind|get past|get over|look past|move past|let go of|drop) (about )?(your |the |all that |that )?(culture|religion|faith|traditions?|beliefs|background|customs|heritage|family's (expectations|traditions|ways)|cultural stuff|religious stuff)
      (which|that) (is|sounds|seems) ~ (old[- ]fashioned|backward|backwards|outdated|primitive|archaic|medieval|oppressive|superstitious)
      (that is|those are|it is|they are|these are) ~ (old[- ]fashioned|backward|backwards|superstition|superstitious|outdated|primitive|archaic|medieval|nonsense|mumbo[- ]jumbo)
      (culture|religion|faith|traditions?|beliefs?|customs?|ways?|thinking|views?|ideas?|upbringing|expectations) (is|are|sounds?|seems?) ~ (old[- ]fashioned|backward|backwards|superstitious|outdated|primitive|archaic|medieval|nonsense|irrelevant)
      (a |an )?(\w+ )?(backward|backwards|old[- ]fashioned|outdated|primitive) (way|view|idea|culture|belief|tradition|custom)s?
      leave (your |that |all that )?(culture|religion|faith|traditions?|beliefs|background) behind
      we are all the same
      i do not see (colou?r|race)
      (in this country|over here|here) we (do|do not|believe|say)
      you are in (england|britain|the uk|america|this country) now
      (culture|religion|faith|traditions?|upbringing|family's (expectations|traditions|ways)) (is|are) ~ (an excuse|irrelevant|not important|holding you back|the problem|in the way)
      do not (bring|let) (your )?(religion|culture|faith|beliefs|traditions) (into|get in the way)
      (culture|religion|faith) (has|have) nothing to do with
      you need to (integrate|assimilate|fit in more)
      (that|this) (sort|kind) of thing does not happen here
      that is not how we do (things|it) here
    `,
    examples: [
      "Your culture doesn't matter here.",
      "Those traditions are a bit old-fashioned, aren't they?",
      "We're all the same underneath.",
      "I don't see colour.",
      "It sounds like your family's traditions are holding you back.",
      "It sounds like in your culture women just do as they're told, which is a bit backward.",
    ],
    counterExamples: [
      'Your faith seems to matter a lot to you.',
      'The office software was outdated, which made the job harder.',
      'How do traditions work in your family?',
      'That sounds like an old friend.',
    ],
  },
];

// Words that name a culture, a faith, an identity or a family's and community's ways.
const CULTURE = phrases(lines`
  cultures?
  cultural
  faith
  religion
  religious
  beliefs?
  traditions?
  traditional
  heritage
  community
  background
  customs?
  identity
  (first |home |mother )?language
  spiritual(ity)?
  church
  mosque
  temple
  synagogue
  gurdwara
  ramadan
  eid
  diwali
  hanukkah
  passover
  lent
  prayers?
  pray(ing)?
  god
  allah
  festivals?
  roots
  ethnicity
  race
  racism
  caste
  sexuality
  gender
  queer
  gay
  lesbian
  trans
  back home
  where you grew up
  where you are from
  your (family's|people's|parents') (ways|expectations|values)
  values
  upbringing
`);

// A family's or community's ways asked about without naming culture: "How do decisions get made in
// your family?", "What's expected of a daughter at home?", "How would people back home see this?".
const WAYS = phrases(lines`
  (decisions?|choices) (usually |normally |generally |tend to )?(get |are |is |be )?(made|taken|decided)
  (who|how) (usually |normally |generally |tends to )?(makes|decides|has|make|decide|have) (the )?(decisions?|final say|say|last word)
  (expected|expectations|allowed|acceptable|frowned upon|the done thing|the norm|normal|usual|proper|respectful|rude|shameful)
  (roles?|place) (of|for) (a |the )?(women|men|daughters?|sons?|wives|husbands|elders|children|girls|boys|mother|father)
  (how|what) (do|would|does|did) (your )?(family|parents|people|relatives|elders|community|neighbours|mum|mom|dad) (think|say|see|feel|view|make of|expect|want)
  (how|what) (is|are) (things|it|that|this|grief|marriage|mental health|illness|divorce|money) (usually |normally )?(done|handled|seen|viewed|talked about|dealt with|celebrated|marked)
`);
const HOME = phrases(lines`
  (in|within|for|at|around) your (family|household|home|house|community|culture|country|village|town|people|circles)
  (at|back) home
  where you (grew up|come from|are from)
  your (family|parents|people|relatives|elders|community|mum|mom|dad)
`);
const CURIOUS = phrases(lines`
  understand
  learn
  know more
  curious
  interested
  tell me
  help me
  matters?
  important to you
  means? to you
  meaning for you
  role
  respect
  like for you
  fits? (in|with)
  part of
  how (does|do|did|is|are|would)
  what (does|do|did|is|are|would)
`);
const DISMISS = phrases(lines`
  does not matter
  forget
  ignore
  old[- ]fashioned
  backward
  superstition
  excuse
  nonsense
`);

/** Cultural curiosity: respectful interest in the client's culture, faith, identity or family's ways. */
export function cultureMoves(
  sentences: readonly Sentence[],
  asked: ReadonlyMap<Sentence, Asked>,
): MoveDetail[] {
  for (const s of sentences) {
    if (DISMISS.test(s.plain)) continue;
    const q = asked.get(s);
    const c = CULTURE.exec(s.plain);
    if (c && (q || CURIOUS.test(s.plain))) {
      return [
        found(
          'cultural_curiosity',
          q?.kind === 'open' ? 0.85 : 0.65,
          [c[0]],
          'culture.curious',
          `showed respectful interest in the client’s ${c[0]}`,
        ),
      ];
    }
    // Asked indirectly, about how things are done in the client's family or community.
    const ways = WAYS.exec(s.plain);
    if (ways && q && HOME.test(s.plain)) {
      return [
        found(
          'cultural_curiosity',
          q.kind === 'open' ? 0.8 : 0.6,
          [ways[0]],
          'culture.family-ways',
          `asked how things are done in the client’s family or community: '${ways[0]}'`,
        ),
      ];
    }
  }
  return [];
}

/** The rules found in code here, with their examples. */
export const CULTURE_CODE_RULES: readonly RuleCard[] = [
  {
    id: 'culture.curious',
    move: 'cultural_curiosity',
    examples: [
      "How does your faith fit into how you're making sense of this?",
      'Is religion important to you?',
      "I'm curious what your traditions mean to you.",
    ],
    counterExamples: ["Your culture doesn't matter here.", 'Religion is just an excuse.'],
  },
  {
    id: 'culture.family-ways',
    move: 'cultural_curiosity',
    examples: [
      'How do decisions get made in your family?',
      'How do decisions usually get made in your family?',
      "What's expected of a daughter in your family?",
      'How would your parents see this?',
      'Who makes the decisions at home?',
      'In your house, who normally has the last word?',
    ],
    counterExamples: [
      'How is your family?',
      'Your family expected too much of you.',
      'Who lives with you at home?',
    ],
  },
];
