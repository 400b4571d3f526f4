import type { MoveDetail } from '../../../contract/analysis.js';
import { found } from '../detail.js';
import type { FoundFeeling } from '../feelings.js';
import type { RuleCard } from '../phrases.js';
import type { Prepared, Sentence } from '../text.js';
import type { Asked } from './questions.js';

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
    if (s.feelings.some(felt)) continue;
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

/** The rules found in this file, with their examples. */
export const IMPERSONAL_CODE_RULES: readonly RuleCard[] = [
  {
    id: 'information.impersonal',
    move: 'information',
    examples: [
      'Nicotine leaves the body within a few days of stopping.',
      'The group meets on Tuesday evenings at the library.',
    ],
    counterExamples: ['That sounds really hard.', 'Managing weight can be frustrating.'],
  },
  {
    id: 'information.we-can',
    move: 'information',
    examples: ['We can look at some options together next time.'],
    counterExamples: ["We'll see you next week."],
  },
];
