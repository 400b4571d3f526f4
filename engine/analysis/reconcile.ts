/**
 * The overrides: rules that depend on more than one finding. Each has a name, a reason and an
 * example it changes, with the moves the scorer gives that example; they run in this order, and
 * test/engine/analysis/reconcile.test.ts checks every example.
 */
import type { MoveDetail } from '../../contract/analysis.js';
import type { Move } from '../../contract/moves.js';
import { found, sentenceIndex } from './detail.js';
import { words } from './nlp.js';
import { lines, phrases } from './phrases.js';
import { FLATTERY } from './rules/affirmation.js';
import { askedSentences, questionMoves } from './rules/questions.js';
import type { Prepared } from './text.js';
import { type ClientContext, contentStems } from './vocabulary.js';

/** What an override may read besides the findings. */
export interface Moment {
  prepared: Prepared;
  client: ClientContext | undefined;
}

/** One named override. */
export interface Override {
  name: string;
  /** Why it exists, in a sentence. */
  why: string;
  /** An utterance it changes, and the moves the scorer gives it. */
  example: { text: string; previous?: string; moves: readonly Move[] };
  apply(findings: MoveDetail[], moment: Moment): MoveDetail[];
}

const QUESTIONS: ReadonlySet<Move> = new Set(['open_question', 'closed_question']);
const REFLECTIONS: ReadonlySet<Move> = new Set(['simple_reflection', 'complex_reflection']);
// Reflections found only from the form of a statement ("you ...", "so ..."), not from a frame or overlap.
const WEAK_REFLECTION = new Set([
  'reflection.about-client',
  'reflection.so-statement',
  'reflection.you-statement',
  'reflection.your-statement',
  'reflection.perceives',
  'reflection.fragment',
]);
// Roadblocks that no warm frame redeems, anywhere in the turn.
const HARSH: ReadonlySet<Move> = new Set(['labelling', 'judgement', 'hostility', 'dismissing_culture']);
// Roadblocks that undo the frame they are said in.
const HARM: ReadonlySet<Move> = new Set([...HARSH, 'minimising', 'self_focus']);
// What a warm frame earns: the credit harm takes away.
const WARMTH: ReadonlySet<Move> = new Set([
  'simple_reflection',
  'complex_reflection',
  'empathy',
  'validation',
  'affirmation',
  'noticing_nonverbal',
]);

// Hedges and permission that turn advice into an offer the client may refuse (MI: advice with permission).
const PERMISSION = phrases(lines`
  (would|will) it be (okay|ok|alright|all right|fine) (if|for me|to)
  is it (okay|ok|alright|all right) (if|with you|for me)
  (can|could|may) i (share|offer|suggest|give you|make a suggestion|tell you (about|what)|mention)
  do you mind if i
  would you (like|be (open|interested)|want) (me to|to hear|some|a few|an idea|to try|in)
  if you are (interested|open to)
  (it is|that is) (entirely |completely |totally |really )?up to you
  only if you (want|like|wish|feel)
  if you (want|wish|like|feel like it)( to)?,
  see (what|if|whether) (you think|it fits|that fits)
  how does that sound
  take it or leave it
`);

const FLATTERS = phrases(FLATTERY);

const has = (findings: readonly MoveDetail[], m: Move) => findings.some((f) => f.move === m);
const others = (f: MoveDetail) => !QUESTIONS.has(f.move) && !REFLECTIONS.has(f.move);
const impersonal = (f: MoveDetail) => f.rule === 'information.impersonal' || f.rule === 'information.we-can';
const plainOf = (p: Prepared) => p.sentences.map((s) => s.plain).join(' ');

export const OVERRIDES: readonly Override[] = [
  {
    name: 'platitude-echoed',
    why: 'A platitude the client said first, echoed back, restates the client; said unprompted it skips the feeling.',
    example: {
      text: 'She had a long life.',
      previous: 'She had a long life, I know.',
      moves: ['simple_reflection'],
    },
    apply: (findings, { client }) => {
      if (!client?.hasPrevious) return findings;
      return findings.filter((f) => {
        if (f.rule !== 'minimising.platitude') return true;
        const stems = [...contentStems(words(f.evidence[0] ?? '')).keys()];
        return stems.length === 0 || !stems.every((s) => client.stems.has(s));
      });
    },
  },
  {
    name: 'specific-move-over-form',
    why: 'A statement that fired a specific move (affirming, advising, reassuring…) is that move, not a reflection by its form alone.',
    example: {
      text: "You're a resilient person.",
      previous: 'I keep going to work no matter how bad it gets.',
      moves: ['affirmation'],
    },
    apply: (findings) =>
      findings.some(
        (f) => others(f) && f.move !== 'empathy' && f.move !== 'cultural_curiosity' && f.strength >= 0.6,
      )
        ? findings.filter((f) => !(REFLECTIONS.has(f.move) && WEAK_REFLECTION.has(f.rule)))
        : findings,
  },
  {
    name: 'harm-wins-over-frames',
    why: 'Judgement, labelling, hostility or dismissing culture anywhere in a turn earns its frame no reflection; minimising and self-focus undo the warmth of the sentence they are said in.',
    example: {
      text: "It sounds like you're being a bit selfish here.",
      previous: 'I told my sister I could not look after her kids this weekend.',
      moves: ['judgement'],
    },
    apply: (findings) => {
      if (findings.some((f) => HARSH.has(f.move)))
        return findings.filter(
          (f) => !REFLECTIONS.has(f.move) && !(WARMTH.has(f.move) && sameSentenceAsHarm(f, findings)),
        );
      const harmed = new Set(findings.filter((f) => HARM.has(f.move)).map((f) => sentenceIndex(f) ?? -1));
      if (harmed.size === 0) return findings;
      return findings.filter((f) => {
        if (!WARMTH.has(f.move)) return true;
        const at = sentenceIndex(f);
        return at !== undefined && !harmed.has(at) && !harmed.has(-1);
      });
    },
  },
  {
    name: 'flattery-is-not-warmth',
    why: 'Praise with nothing behind it ("you\'re amazing, the best client I\'ve had") earns no empathy, reflection or affirmation.',
    example: {
      text: "You're so clever, you're the smartest person I know.",
      previous: 'I finished my assignment.',
      moves: [],
    },
    apply: (findings, { prepared: p }) => {
      const flattered = new Set(p.sentences.flatMap((s, i) => (FLATTERS.test(s.plain) ? [i] : [])));
      if (flattered.size === 0) return findings;
      return findings.filter((f) => {
        const at = sentenceIndex(f);
        return !WARMTH.has(f.move) || (at !== undefined && !flattered.has(at));
      });
    },
  },
  {
    name: 'impersonal-information-yields',
    why: 'An impersonal statement counts as information only when nothing more specific was said (a normalising fact may still come with validation or empathy).',
    example: {
      text: 'Withdrawal usually peaks in the first week. You should stop gradually.',
      moves: ['advice', 'information'],
    },
    apply: (findings) => {
      const specific = (f: MoveDetail) =>
        (others(f) &&
          !impersonal(f) &&
          f.move !== 'validation' &&
          f.move !== 'empathy' &&
          f.rule !== 'self-disclosure.about-me') ||
        (REFLECTIONS.has(f.move) && !WEAK_REFLECTION.has(f.rule));
      return findings.some(specific) ? findings.filter((f) => !impersonal(f)) : findings;
    },
  },
  {
    name: 'no-information-beside-confidentiality',
    why: 'Explaining confidentiality, summarising or breaching a boundary is that move, not information beside it.',
    example: {
      text: 'What you say here stays between us, and the sessions last fifty minutes.',
      moves: ['confidentiality'],
    },
    apply: (findings) =>
      has(findings, 'confidentiality') || has(findings, 'summary') || has(findings, 'boundary_breach')
        ? findings.filter((f) => f.move !== 'information')
        : findings,
  },
  {
    name: 'summary-is-complex',
    why: 'A summary is a collection of reflections and counts as complex (MITI); a long summary that speaks of the client reflects even without a frame.',
    example: {
      text: "So to sum up, you've tried cutting down twice, it worked for a while, and the stress at work brought it back.",
      moves: ['summary', 'complex_reflection'],
    },
    apply: (findings, { prepared: p }) => {
      const summary = findings.find((f) => f.move === 'summary');
      if (!summary) return findings;
      const out = findings.map((f) =>
        f.move === 'simple_reflection' ? { ...f, move: 'complex_reflection' as const } : f,
      );
      const said = summary.evidence[0] ?? '';
      const content = p.lower.slice(p.lower.indexOf(said) + said.length);
      if (
        !out.some((f) => REFLECTIONS.has(f.move)) &&
        p.wordCount >= 10 &&
        /\byou(?:'ve|'re|'d| are| have| had| want| feel| felt| said| told| tried| love| came| mentioned)\b|\byour\b/.test(
          content,
        )
      ) {
        out.push(
          found(
            'complex_reflection',
            0.7,
            summary.evidence,
            'reflection.summary',
            'reflected several things back at once',
          ),
        );
      }
      return out;
    },
  },
  {
    name: 'dismissal-not-curiosity',
    why: 'Naming the client’s culture to brush it aside is not interest in it.',
    example: {
      text: 'Your religion has nothing to do with this, does it?',
      moves: ['dismissing_culture', 'closed_question'],
    },
    apply: (findings) =>
      has(findings, 'dismissing_culture')
        ? findings.filter((f) => f.move !== 'cultural_curiosity')
        : findings,
  },
  {
    name: 'tone-yields-to-judgement',
    why: 'Tone alone is weaker evidence than a judgement or label already found in the same words.',
    example: { text: 'You are being so irresponsible.', moves: ['judgement'] },
    apply: (findings) =>
      has(findings, 'judgement') || has(findings, 'labelling')
        ? findings.filter((f) => f.rule !== 'hostility.negative-tone')
        : findings,
  },
  {
    name: 'options-not-information',
    why: 'A menu of options is the options themselves, not information beside them.',
    example: {
      text: 'There are several medications that can take the edge off the cravings.',
      moves: ['advice'],
    },
    apply: (findings) =>
      findings.some((f) => f.rule === 'advice.options')
        ? findings.filter((f) => f.move !== 'information')
        : findings,
  },
  {
    name: 'advice-echoes-client',
    why: 'Saying back a plan the client put forward ("You\'ll try cutting back a bit" to "I might try to cut back a bit") reflects their own idea; it is not advice.',
    example: {
      text: 'Try to cut back a bit and see how that goes.',
      previous: 'I suppose I could try to cut back a bit and see how it goes.',
      moves: ['simple_reflection'],
    },
    apply: (findings, { prepared: p, client }) => {
      if (!client || client.minimal) return findings;
      const echoes = (f: MoveDetail) => {
        const at = sentenceIndex(f);
        const s = at === undefined ? undefined : p.sentences[at];
        if (!s) return false;
        const mine = [...contentStems(s.tokens).keys()];
        const shared = mine.filter((x) => client.stems.has(x)).length;
        return shared >= 2 && shared / mine.length >= 0.5;
      };
      return findings.filter((f) => f.move !== 'advice' || f.rule === 'advice.options' || !echoes(f));
    },
  },
  {
    name: 'advice-with-permission',
    why: 'Advice offered with permission or a hedge is information the client may take or leave (MI); a menu of options stays options.',
    example: {
      text: "It's up to you, but you could try a sleep diary.",
      moves: ['information', 'giving_space'],
    },
    apply: (findings, { prepared: p }) => {
      const converts = findings.filter((f) => f.move === 'advice' && f.rule !== 'advice.options');
      const options = findings.some((f) => f.rule === 'advice.options');
      if (converts.length === 0 || options || !PERMISSION.test(plainOf(p))) return findings;
      const first = converts[0]!;
      return [
        ...findings.filter((f) => f.move !== 'advice'),
        found(
          'information',
          0.6,
          first.evidence,
          'information.advice-with-permission',
          `offered an idea with permission: ${first.evidence.map((e) => `'${e}'`).join(', ')}`,
        ),
      ];
    },
  },
  {
    name: 'options-with-permission',
    why: 'A menu of options offered with permission, asked apart from the menu itself, is information like advice with permission (MITI codes both apart from unasked advice).',
    example: {
      text: 'Would you like to hear what has helped other people? Some people find a walk helps, others ring a friend.',
      moves: ['closed_question', 'information', 'giving_space'],
    },
    apply: (findings, { prepared: p }) => {
      const menu = findings.find((f) => f.rule === 'advice.options');
      if (!menu || findings.some((f) => f.move === 'advice' && f !== menu)) return findings;
      const rest = menu.evidence.reduce((text, e) => text.replace(e.toLowerCase(), ' '), plainOf(p));
      if (!PERMISSION.test(rest)) return findings;
      return [
        ...findings.filter((f) => f !== menu),
        found(
          'information',
          0.6,
          menu.evidence,
          'information.options-with-permission',
          `offered options with permission: ${menu.evidence.map((e) => `'${e}'`).join(', ')}`,
        ),
      ];
    },
  },
  {
    name: 'self-talk-yields',
    why: 'A first-person sentence that already made another move (a promise, a judgement, information about the service) is that move, not a story about oneself.',
    example: { text: 'I work with a lot of people who drink too much.', moves: ['information'] },
    apply: (findings) => {
      const byForm = findings.filter((f) => f.rule === 'self-disclosure.about-me');
      if (byForm.length === 0) return findings;
      const taken = new Set(
        findings.filter((f) => !byForm.includes(f) && !QUESTIONS.has(f.move)).map((f) => sentenceIndex(f)),
      );
      return findings.filter((f) => !byForm.includes(f) || !taken.has(sentenceIndex(f)));
    },
  },
  {
    name: 'self-focus-not-disclosure',
    why: 'A story about oneself that takes the conversation over is self-focus, not a brief disclosure.',
    example: {
      text: "I had exactly the same problem with my landlord, I've been there.",
      moves: ['self_focus'],
    },
    apply: (findings) =>
      has(findings, 'self_focus') ? findings.filter((f) => f.move !== 'self_disclosure') : findings,
  },
  {
    name: 'risk-not-probing-or-advice',
    why: 'Asking plainly about risk is the job: never interrogation, and never advice put as a question, however blunt.',
    example: {
      text: 'Have you thought about ending your life?',
      moves: ['risk_question', 'closed_question'],
    },
    apply: (findings) =>
      has(findings, 'risk_question')
        ? findings.filter((f) => f.move !== 'probing' && f.move !== 'advice')
        : findings,
  },
  {
    name: 'suggestion-asks-nothing',
    why: 'A suggestion put as a question ("Have you tried going for a walk?") proposes rather than asks: it is advice, and earns no question credit.',
    example: {
      text: 'Have you considered talking to your sister about it?',
      previous: "I don't know who to tell.",
      moves: ['advice'],
    },
    apply: (findings, { prepared: p }) => {
      const suggested = new Set(
        findings.filter((f) => f.rule === 'advice.question-form').map((f) => sentenceIndex(f)),
      );
      if (suggested.size === 0) return findings;
      const asked = [...askedSentences(p.sentences)]
        .filter(([s]) => !suggested.has(p.sentences.indexOf(s)))
        .map(([, q]) => q);
      return [...findings.filter((f) => !QUESTIONS.has(f.move)), ...questionMoves(asked)];
    },
  },
];

/** Whether a warm finding shares a sentence with a roadblock (or either is spread over several). */
function sameSentenceAsHarm(f: MoveDetail, findings: readonly MoveDetail[]): boolean {
  const at = sentenceIndex(f);
  return findings.some((h) => HARM.has(h.move) && (at === undefined || (sentenceIndex(h) ?? at) === at));
}

/**
 * Apply every override in order. `applied`, when given, collects the names of the overrides that
 * changed the findings.
 */
export function reconcile(findings: MoveDetail[], moment: Moment, applied?: string[]): MoveDetail[] {
  let out = findings;
  for (const o of OVERRIDES) {
    const next = o.apply(out, moment);
    if (applied && (next.length !== out.length || next.some((f, i) => f !== out[i]))) applied.push(o.name);
    out = next;
  }
  return out;
}
