import type { MoveDetail } from '../../../contract/analysis.js';
import { found } from '../detail.js';
import type { Prepared, Sentence } from '../text.js';

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
  /^(?:(?:so|and|but|now|then|okay|ok|well|um|uh|hmm|alright|all right|right|yeah|yes|oh|also|just|anyway|maybe|mm|mm-hmm|uh-huh|i see|i guess|i mean|let me ask you|can i ask you|can i ask|i'm wondering|i was wondering|i wonder)\b[\s,.-]*)+/;
const OPEN_DIRECTIVE =
  /\b(tell me|say (?:a (?:little|bit) )?more|talk (?:to me |a (?:little|bit) (?:more )?)?about|describe|walk me through|help me understand|explain|share (?:a (?:little|bit) )?more|fill me in|give me (?:an|some) (?:idea|sense|example)|what (?:else|more)|elaborate|expand on)\b/;
const WONDER_OPEN =
  /\b(i (?:wonder|am wondering|was wondering|am curious|'m curious|'m wondering)|i'd (?:like|love) to (?:hear|know|understand)|i'm interested in)\b[^.?!]*\b(what|how|about)\b/;
const WONDER_CLOSED = /\bi (?:wonder|am wondering|was wondering|'m wondering) (?:if|whether)\b/;
const TAG =
  /,\s*(?:right|yeah|yes|no|okay|ok|correct|true|huh|eh|isn't it|aren't you|don't you|didn't you|doesn't it|wasn't it|isn't that|is that right|is that so|am i right|does that make sense|would you say|do you think|you know)\s*\?$/;
const CLOSED_HOW = /^how (?:many|much|long|often|old|far|soon|come)\b/;

function stripLead(lower: string): string {
  return lower.replace(LEAD, '').trim();
}

/** Classify one sentence as an open or closed question, or undefined when it does not ask. */
export function classifySentence(s: Sentence): Asked | undefined {
  const body = stripLead(s.lower.replace(/^["'(]+/, ''));
  const clause = body.split(/,\s*/);
  // "When you drink, what happens?" — the question proper is the last clause that starts with a wh-word.
  const whClause = clause.find((c, i) => i > 0 && /^(what|how|why)\b/.test(c));
  const head = whClause ?? body;

  const directive = OPEN_DIRECTIVE.exec(body);
  // "Why don't you take your time?" suggests rather than asks, unless it invites talk.
  if (/^why (?:don't|do not) (?:you|we)\b|^why not\b/.test(head)) {
    return directive
      ? { kind: 'open', rule: 'question.tell-me', evidence: directive[0], why: false }
      : undefined;
  }
  if (/^(why)\b/.test(head))
    return { kind: 'open', rule: 'question.why', evidence: head.split(' ').slice(0, 4).join(' '), why: true };
  if (/^(what|how)\b/.test(head) && !CLOSED_HOW.test(head)) {
    return {
      kind: 'open',
      rule: 'question.wh-opening',
      evidence: head.split(' ').slice(0, 3).join(' '),
      why: false,
    };
  }
  if (
    directive &&
    (s.asked ||
      /^(can|could|would|will) you\b/.test(body) ||
      body.startsWith(directive[0]) ||
      /^(please|i'd like you to|i want you to|i want to hear|i'd like to hear)\b/.test(body))
  ) {
    return { kind: 'open', rule: 'question.tell-me', evidence: directive[0], why: false };
  }
  const wonder = WONDER_OPEN.exec(body);
  if (wonder && (s.asked || /\b(what|how)\b/.test(body))) {
    return { kind: 'open', rule: 'question.wondering', evidence: wonder[0], why: false };
  }
  if (/^(where|when|who|which|whose|whom)\b/.test(head) || CLOSED_HOW.test(head)) {
    return {
      kind: 'closed',
      rule: 'question.wh-specific',
      evidence: head.split(' ').slice(0, 3).join(' '),
      why: false,
    };
  }
  const aux = AUX.exec(body);
  if (aux && (SUBJECT.test(body.slice(aux[0].length).trim()) || s.asked)) {
    return {
      kind: 'closed',
      rule: 'question.inverted-auxiliary',
      evidence: body.split(' ').slice(0, 3).join(' '),
      why: false,
    };
  }
  if (WONDER_CLOSED.test(body)) {
    return { kind: 'closed', rule: 'question.wonder-if', evidence: 'I wonder if', why: false };
  }
  if (!s.asked) return undefined;
  const tag = TAG.exec(body);
  if (tag) return { kind: 'closed', rule: 'question.tag', evidence: tag[0].replace(/^,\s*/, ''), why: false };
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

/** Every question the utterance asks, sentence by sentence. */
export function questionsOf(p: Prepared): Asked[] {
  const out: Asked[] = [];
  for (const s of p.sentences) {
    const q = classifySentence(s);
    if (q) out.push(q);
  }
  return out;
}

/** Open and closed question findings. */
export function questionMoves(asked: Asked[]): MoveDetail[] {
  const out: MoveDetail[] = [];
  const open = asked.filter((q) => q.kind === 'open');
  const closed = asked.filter((q) => q.kind === 'closed');
  const firstOpen = open[0];
  if (firstOpen) {
    out.push(
      found(
        'open_question',
        0.85,
        open.map((q) => q.evidence),
        firstOpen.rule,
        `asked an open question: '${firstOpen.evidence}…'`,
      ),
    );
  }
  const firstClosed = closed[0];
  if (firstClosed) {
    // An open question in the same turn outweighs a closed one (the client answers the open one).
    const strength = firstOpen ? 0.5 : 0.75;
    out.push(
      found(
        'closed_question',
        strength,
        closed.map((q) => q.evidence),
        firstClosed.rule,
        `asked a closed (yes/no) question: '${firstClosed.evidence}…'`,
      ),
    );
  }
  return out;
}
