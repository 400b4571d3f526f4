import type { MoveDetail } from '../../../contract/analysis.js';
import { found } from '../detail.js';
import { lines, phrases, type RuleCard } from '../phrases.js';
import { plainOf, type Sentence } from '../text.js';

export type QuestionKind = 'open' | 'closed';

/** How one sentence asks, if it does. */
export interface Asked {
  kind: QuestionKind;
  rule: string;
  evidence: string;
  why: boolean;
}

const AUX =
  /^(do|does|did|is|are|was|were|am|can|could|would|will|have|has|had|should|shall|may|might|must|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|can't|couldn't|won't|wouldn't|haven't|hasn't|shouldn't)\b/;
const SUBJECT =
  /^(i|you|we|they|he|she|it|there|that|this|these|those|your|my|our|their|his|her|anyone|anybody|anything|someone|somebody|something|people|any|the|a|an|not)\b/;
// Words a speaker puts before the question proper ("So, what ...", "And um, how ...").
const LEAD =
  /^(?:(?:so|and|but|now|then|okay|ok|well|um|uh|hmm|alright|all right|right|yeah|yes|oh|also|just|anyway|maybe|mm|mm-hmm|uh-huh|i see|i guess|i mean|let me ask you|can i ask you|can i ask|you know|i mean|listen|look)\b[\s,.-]*)+/;
// What may stand before "tell me", "describe"... for it to invite the client to talk.
const INVITED_BY = phrases(lines`
  (can|could|would|will) you (please |just |maybe |perhaps )?
  if you (can|could|would|would like to)
  i would (really )?(like|love) you to
  i (want|need) you to
  (please|just|maybe|perhaps|now)
  at your own pace,?
  in your own time,?
  when you are ready,?
`);
const INVITED = new RegExp(`(?:^|[,;:-]\\s*|\\band |\\bso )(?:(?:${INVITED_BY.source})\\s*)?$`);
const OPEN_DIRECTIVE = phrases(lines`
  tell me
  say (a (little|bit) )?more
  talk (to me )?(a (little )?(bit )?)?(more )?about
  describe
  walk me through
  hear (a (little |bit )?)?more
  help me understand
  explain
  share (a (little|bit) )?more
  fill me in
  give me (an|some) (idea|sense|example)
  what (else|more)
  elaborate
  expand on
`);
const WONDER_OPEN =
  /\b(i (?:wonder|wondered|was wondering)|i(?:'m| am) (?:wondering|curious|really interested in|interested in)|i'd (?:like|love) to (?:hear|know|understand)|^wondering|what i(?:'m| am) (?:really )?(?:interested in|curious about|wondering))\b[^.?!]*?\b(what|how|about|where|why|who)\b/;
const WONDER_CLOSED =
  /\b(?:i (?:wonder|wondered|was wondering)|i(?:'m| am) (?:just )?wondering|i(?:'d| would) be wondering) (?:if|whether)\b|^wondering (?:if|whether)\b/;
const WONDER_REFLECTS =
  /\b(?:i|i'm|i am) (?:just )?wonder(?:ing)? (?:if|whether) (?:you(?!'d| would| could| can| will| might be willing| have given|'ve given|'ve thought| have thought| think)|part of you|that|this|it)\b/;
// Invitations to list or think ("any thoughts on", "can you think of", "anything else") read as open.
const INVITES = phrases(lines`
  (any|some|other) (other |more |further )?(thoughts(?! of)|ideas|ways|times|things|barriers|reasons|downsides|upsides|benefits|concerns|questions|examples|situations|changes)
  think of
  anything else
  any thoughts(?! of)
  (do|would|did) you think
`);
const TAG = new RegExp(
  `,\\s*${
    phrases(lines`
    right
    yeah
    yes
    no
    okay
    ok
    correct
    true
    huh
    eh
    is not it
    are not you
    do not you
    did not you
    does not it
    was not it
    is not that
    is that right
    is that so
    am i right
    does that make sense
    would you say
    do you think
    you know
  `).source
  }\\s*\\?$`,
);
const CLOSED_HOW = /^how (?:many|old)\b/;
// Who-questions that ask for a fact (a name, a household) rather than inviting the client to talk.
const FACTUAL_WHO = phrases(lines`
  ^who (do|did) you (live|stay|go|travel|drive|share (a|the) (house|flat|room)) with
  ^who (lives|lived|was|were|is|are) (with you|there|at home|in the car|in the house|your (gp|doctor|key worker|social worker|manager|boss))
  ^who (else )?(was|were) (there|with you|in the car)
  ^who (drove|called|rang|phoned|found you|picked you up)
`);

function stripLead(lower: string): string {
  return lower.replace(LEAD, '').trim();
}

const INTERROGATIVE_ORDER =
  /^(?:what|how|why|where|when|who|which)(?:'s|'re|'d|'ve)?\s+(?:(?:else|exactly|kind of|sort of|much|many|often|long|far|old|important|confident|ready|come|other|things?|sorts? of|kinds? of|would|might)\s+)*(?:do|does|did|is|are|was|were|would|could|can|will|should|has|have|had|might|may|happened|happens|happen|made|makes|make|brings?|brought|keeps?|kept|stops?|stopped|helps?|helped|worries|matters?|gets?|got|comes?|came|led|leads|went|goes|concerns?|bothers?|means?|changed?|changes|needs?|worked|works|sounds?|feels?)\b|^(?:what|how|who|where|when|why)(?:'s|'re|'d)\b/;

/** Classify one sentence as an open or closed question, or undefined when it does not ask. */
export function classifySentence(s: Sentence): Asked | undefined {
  const body = stripLead(s.lower.replace(/^["'(-]+/, ''));
  if (!body) return undefined;
  // "You know what I mean?" and "You know what?" are turns of phrase that hold the floor or seek
  // agreement; nobody is asked anything.
  if (
    /^(?:\W*(?:so|and|but|okay|ok|yeah|well|um|uh|like)\b)*\W*(?:(?:do )?you )?know what(?: i mean| i'm saying)?\W*$/.test(
      s.lower,
    )
  )
    return undefined;
  // "When you drink, what happens?" — the question proper is a later clause starting with a wh-word.
  const clauses = body.split(/,\s*|\s+-+\s*|--+\s*/).map(stripLead);
  const whClause = clauses.find(
    (c, i) => i > 0 && /^(what|how|why)\b/.test(c) && (s.asked || INTERROGATIVE_ORDER.test(c)),
  );
  // "When you drink, you feel better?" — a leading subordinate clause is not the question: read
  // what follows it.
  const subordinate =
    /^(?:when|where|if|as|because|since|while|once) (?:you|i|we|they|he|she|it|your|there)\b/.test(body);
  const main = subordinate && clauses.length > 1 ? clauses.slice(1).join(', ') : body;
  // "When he's away, which is hard for you, ...": a relative clause, not a question.
  if (!s.asked && subordinate && /^(?:which|who|whose|where)\b/.test(main)) return undefined;
  const head = whClause ?? main;
  // "So what I'm hearing is..." frames a reflection, it does not ask.
  if (
    /^what (?:i(?:'m| am) hearing|i hear|you(?:'re| are) (?:saying|telling me)|i(?:'ve| have) heard|i(?:'m| am) getting|i understand)\b/.test(
      head,
    )
  ) {
    return undefined;
  }
  // Without a question mark, "what's ..." must be short to ask ("what's been happening at home"):
  // longer ones are statements ("what's happening in diabetes is that ...").
  const interrogative =
    s.asked || (INTERROGATIVE_ORDER.test(head) && !(/^\w+'s\b/.test(head) && head.split(' ').length > 8));
  // A transcript line that carries on an interrupted sentence ("-is a big con.") does not start
  // with the inverted verb of a question; without a question mark it does not ask.
  if (!s.asked && /^["'(]*-/.test(s.raw)) return undefined;
  // A question inside quotation marks is reported speech ("you're thinking, 'what's the problem?'").
  if ((s.raw.match(/"/g)?.length ?? 0) % 2 === 1 || /^"/.test(s.raw)) return undefined;
  // "Am I hearing that...", "am I right in thinking..." check a reflection rather than ask.
  if (
    /^(?:so,? )?(?:am i (?:hearing|right|understanding|getting)|have i got (?:that|it|this|the \w+) right|did i get (?:that|it) right)\b/.test(
      body,
    )
  ) {
    return undefined;
  }

  // The sentence with its contractions written out, for the phrase lists.
  const plainBody = plainOf(body);
  const directive = OPEN_DIRECTIVE.exec(plainBody);
  // "How about trying...?" suggests rather than asks.
  if (
    /^(?:how|what) about (?:\w+ing|you \w+|we \w+)\b/.test(head) &&
    !/^(?:how|what) about (?:something|anything|everything|nothing|things)\b/.test(head)
  )
    return undefined;
  // "Why don't you take your time?" suggests rather than asks, unless it invites talk.
  if (/^why (?:don't|do not) (?:you|we)\b|^why not\b/.test(head)) {
    return directive
      ? { kind: 'open', rule: 'question.tell-me', evidence: directive[0], why: false }
      : undefined;
  }
  if (/^(why|how come)\b/.test(head) && interrogative) {
    return { kind: 'open', rule: 'question.why', evidence: head.split(' ').slice(0, 4).join(' '), why: true };
  }
  if (/^(what|how)\b/.test(head) && !CLOSED_HOW.test(head) && interrogative) {
    return {
      kind: 'open',
      rule: 'question.wh-opening',
      evidence: head.split(' ').slice(0, 3).join(' '),
      why: false,
    };
  }
  if (directive && INVITED.test(plainBody.slice(0, directive.index))) {
    return { kind: 'open', rule: 'question.tell-me', evidence: directive[0], why: false };
  }
  const wonder = WONDER_OPEN.exec(body);
  if (wonder && !WONDER_CLOSED.test(body) && (s.asked || /\b(what|how|more about)\b/.test(body))) {
    return { kind: 'open', rule: 'question.wondering', evidence: wonder[0], why: false };
  }
  if ((/^(where|when|who|which|whose|whom)\b/.test(head) || CLOSED_HOW.test(head)) && interrogative) {
    // "Who do you blame?", "Whose idea was it?": a person is for the client to name and talk about;
    // "Who do you live with?" asks for a fact.
    const who = /^(?:who|whom|whose)\b/.test(head) && !FACTUAL_WHO.test(plainOf(head));
    if (INVITES.test(plainOf(head)) || who || /^(?:where|when) (?:would|could|might|else)\b/.test(head)) {
      return {
        kind: 'open',
        rule: 'question.invitation',
        evidence: head.split(' ').slice(0, 3).join(' '),
        why: false,
      };
    }
    return {
      kind: 'closed',
      rule: 'question.wh-specific',
      evidence: head.split(' ').slice(0, 3).join(' '),
      why: false,
    };
  }
  const aux = AUX.exec(body);
  const after = aux ? body.slice(aux[0].length).trim() : '';
  // Without a question mark, "Have a great day" and "Do not give up" instruct or wish: an
  // article or "not" after the verb is no subject.
  const subject = SUBJECT.test(after) && (s.asked || !/^(?:a|an|the|not|some|any)\b/.test(after));
  if (aux && (subject || s.asked)) {
    if (INVITES.test(plainBody)) {
      return {
        kind: 'open',
        rule: 'question.invitation',
        evidence: body.split(' ').slice(0, 4).join(' '),
        why: false,
      };
    }
    return {
      kind: 'closed',
      rule: 'question.inverted-auxiliary',
      evidence: body.split(' ').slice(0, 3).join(' '),
      why: false,
    };
  }
  if (WONDER_CLOSED.test(body)) {
    // "I'm wondering whether you feel let down" offers a guess at the client's experience: a
    // reflection, not a question, unless it asks (a question mark, or a request: "…if you could").
    if (!s.asked && WONDER_REFLECTS.test(body)) return undefined;
    return { kind: 'closed', rule: 'question.wonder-if', evidence: 'I wonder if', why: false };
  }
  if (!s.asked) return undefined;
  const tag = TAG.exec(plainBody);
  if (tag) return { kind: 'closed', rule: 'question.tag', evidence: tag[0].replace(/^,\s*/, ''), why: false };
  if (INVITES.test(plainBody))
    return { kind: 'open', rule: 'question.invitation', evidence: body, why: false };
  if (/^(or|any|anything|anyone|anybody|something|so)\b/.test(body) || body.split(' ').length <= 3) {
    return { kind: 'closed', rule: 'question.fragment', evidence: body, why: false };
  }
  return {
    kind: 'closed',
    rule: 'question.statement-rising',
    evidence: body.split(' ').slice(0, 4).join(' '),
    why: false,
  };
}

function quoted(evidence: string): string {
  return `'${evidence.replace(/[?.!,\s]+$/, '')}…'`;
}

/**
 * Open and closed question findings. When a turn asks both, the kind asked last is the stronger:
 * it is the one the client is left to answer.
 */
export function questionMoves(asked: Asked[]): MoveDetail[] {
  const out: MoveDetail[] = [];
  const last = asked.at(-1);
  if (!last) return out;
  const open = asked.filter((q) => q.kind === 'open');
  const closed = asked.filter((q) => q.kind === 'closed');
  const firstOpen = open[0];
  if (firstOpen) {
    out.push(
      found(
        'open_question',
        last.kind === 'open' ? 0.85 : 0.55,
        open.map((q) => q.evidence),
        firstOpen.rule,
        `asked an open question: ${quoted(firstOpen.evidence)}`,
      ),
    );
  }
  const firstClosed = closed[0];
  if (firstClosed) {
    const rising =
      firstClosed.rule === 'question.statement-rising' || firstClosed.rule === 'question.fragment';
    out.push(
      found(
        'closed_question',
        last.kind === 'closed' ? (rising ? 0.6 : 0.75) : 0.5,
        closed.map((q) => q.evidence),
        firstClosed.rule,
        rising
          ? `asked a closed question by statement: ${quoted(firstClosed.evidence)}`
          : `asked a closed (yes/no) question: ${quoted(firstClosed.evidence)}`,
      ),
    );
  }
  return out;
}

const CHECK_IN =
  /^(?:(?:yeah|yes|okay|ok|right|all right|alright|mm|mm-hmm|uh-huh|hmm|oh|really|you know|so|and)[\s,.-]*)+\?["')\]]*$/;

/**
 * The sentences of an utterance that ask, each with how. A "Yeah?" or "Okay?" tacked onto something
 * said ("Mm. Yeah?", "You've cut down. Yeah?") checks in or encourages; it does not ask. Said on its
 * own it still asks.
 */
export function askedSentences(sentences: readonly Sentence[]): Map<Sentence, Asked> {
  const bySentence = new Map<Sentence, Asked>();
  for (const s of sentences) {
    const q = classifySentence(s);
    if (q) bySentence.set(s, q);
  }
  const says = sentences.some((s) => !bySentence.has(s) && s.tokens.length > 0);
  if (says) for (const s of sentences) if (CHECK_IN.test(s.lower)) bySentence.delete(s);
  return bySentence;
}

/** The question rules, with their examples. */
export const QUESTION_CODE_RULES: readonly RuleCard[] = [
  {
    id: 'question.wh-opening',
    move: 'open_question',
    examples: [
      'What brings you here today?',
      'How have things been since we last met?',
      "So what's been happening at home?",
    ],
    counterExamples: ["What I'm hearing is that it matters.", 'How about trying a sleep app?'],
  },
  {
    id: 'question.why',
    move: 'open_question',
    examples: ['Why did you do that?', 'How come you stopped going?'],
    counterExamples: ["Why don't you take your time?"],
  },
  {
    id: 'question.tell-me',
    move: 'open_question',
    examples: [
      'Tell me a bit more about that.',
      'Could you describe what a typical evening looks like for you?',
    ],
    counterExamples: ['He told me about it.'],
  },
  {
    id: 'question.wondering',
    move: 'open_question',
    examples: ['I wonder what that meant to you.', "I'm curious about what happened next."],
    counterExamples: ['I wonder if you are tired.'],
  },
  {
    id: 'question.invitation',
    move: 'open_question',
    examples: ['Any thoughts on what might help?', 'Can you think of a time it went well?'],
    counterExamples: ['Do you live on your own?'],
  },
  {
    id: 'question.wh-specific',
    move: 'closed_question',
    examples: ['Where were you living then?', 'How many children do you have?', 'When did it start?'],
    counterExamples: ['When you drink, what happens?'],
  },
  {
    id: 'question.inverted-auxiliary',
    move: 'closed_question',
    examples: ['Do you live on your own?', 'Are you still working at the bakery?'],
    counterExamples: ['You live on your own.'],
  },
  {
    id: 'question.wonder-if',
    move: 'closed_question',
    examples: ['I wonder if you could come back next week'],
    counterExamples: ['I wonder what that meant to you.'],
  },
  {
    id: 'question.tag',
    move: 'closed_question',
    examples: ['That was in March, right?'],
    counterExamples: ['That was in March.'],
  },
  {
    id: 'question.fragment',
    move: 'closed_question',
    examples: ['Tonight?', 'Or something else?'],
    counterExamples: ['Tonight.'],
  },
  {
    id: 'question.statement-rising',
    move: 'closed_question',
    examples: ['You moved here last year?'],
    counterExamples: ['You moved here last year.'],
  },
];

/** The sentences that ask by their form (a wh-word, an inverted verb), not by a rising tone alone. */
export function realQuestions(asked: ReadonlyMap<Sentence, Asked>): Set<Sentence> {
  const rising = new Set(['question.statement-rising', 'question.tag', 'question.fragment']);
  return new Set([...asked].filter(([s, q]) => s.asked && !rising.has(q.rule)).map(([s]) => s));
}
