import type { MoveDetail } from '../../../contract/analysis.js';
import { found } from '../detail.js';
import { sentimentScore } from '../nlp.js';
import { findFeelings } from './feeling.js';
import type { Prepared, Sentence } from '../text.js';
import type { Asked } from './questions.js';
import type { ClientContext } from './reflection.js';
import { contentStems } from './reflection.js';

const CULTURE =
  /\b(cultures?|cultural|faith|religion|religious|beliefs?|traditions?|traditional|heritage|community|background|customs?|identity|language|spiritual(?:ity)?|church|mosque|temple|synagogue|gurdwara|ramadan|eid|diwali|hanukkah|passover|lent|prayers?|pray(?:ing)?|god|allah|festivals?|roots|ethnicity|race|racism|caste|sexuality|gender|queer|gay|lesbian|trans|back home|where you grew up|where you(?:'re| are) from|your (?:family's|people's|parents') (?:ways|expectations|values)|values|upbringing|customs|community)\b/;
const CURIOUS =
  /\b(understand|learn|know more|curious|interested|tell me|help me|matters?|important to you|mean(?:s)? to you|meaning for you|role|respect|like for you|fit(?:s)? (?:in|with)|part of|how (?:does|do|did|is|are|would)|what (?:does|do|did|is|are|would))\b/;
const DISMISS = /\b(doesn't matter|forget|ignore|old[- ]fashioned|backward|superstition|excuse|nonsense)\b/;

/** Cultural curiosity: respectful interest in the client's culture, faith or identity. */
export function cultureMoves(p: Prepared, asked: Map<Sentence, Asked>): MoveDetail[] {
  for (const s of p.sentences) {
    const c = CULTURE.exec(s.lower);
    if (!c || DISMISS.test(s.lower)) continue;
    const q = asked.get(s);
    if (q || CURIOUS.test(s.lower)) {
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
  }
  return [];
}

/** Probing: "why" interrogation and stacked questions. */
export function probingMoves(asked: Asked[]): MoveDetail[] {
  const out: MoveDetail[] = [];
  const why = asked.find((q) => q.why);
  if (why) {
    const soft = /^why (?:is|does|would) (?:that|this|it) (?:\w+ )?(?:important|matter|mean)/.test(
      why.evidence,
    );
    out.push(
      found(
        'probing',
        soft ? 0.35 : 0.6,
        [why.evidence],
        'probing.why',
        `asked 'why', which can sound like interrogation: '${why.evidence}…'`,
      ),
    );
  }
  if (asked.length >= 2) {
    out.push(
      found(
        'probing',
        asked.length >= 3 ? 0.65 : 0.4,
        asked.map((q) => q.evidence),
        'probing.stacked',
        `asked ${asked.length} questions at once`,
      ),
    );
  }
  return out;
}

const FIRST = new Set(['i', 'me', 'my', 'mine', 'myself']);
const SECOND = new Set(['you', 'your', 'yours', 'yourself']);

/** Self-focus: a long turn mostly about the speaker (a brief disclosure stays a disclosure). */
export function selfFocusMoves(p: Prepared): MoveDetail[] {
  let first = 0;
  let second = 0;
  for (const t of p.tokens) {
    if (FIRST.has(t)) first++;
    else if (SECOND.has(t)) second++;
  }
  if (p.wordCount >= 25 && first >= 5 && first > 2 * second) {
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
  return [];
}

const SUMMARY =
  /\b((?:let me|can i|if i (?:can|could|may)|i'd like to|i want to|just to|so,? to|let's) (?:just |quickly |try to |briefly )?(?:sum (?:up|that up|it up)|summari[sz]e|recap|pull (?:this|that|it|things|a few things|some things|everything) together|pull together|go back over|check (?:i've|i have) got)|(?:in|so,? in|to) summary|to sum up|so far (?:you've|we've|you have|we have) (?:told|talked|said|discussed|covered|mentioned)|(?:you've|you have) (?:told me|said|mentioned|talked about) (?:about )?(?:a few|several|a number of|some|two|three|lots of|a lot of|many) (?:things|ways|reasons|times|different))\b/;

// Unannounced summaries: a checking frame or "you've told me" followed by a list of things said.
const LISTED =
  /^(?:(?:so|and|okay|ok|right|well|um)\b[\s,.-]*)*((?:let me|can i|i want to|i'd like to|just) (?:just )?(?:check|make sure|see if|see whether) (?:that )?i(?:'ve| have)? (?:got|understood|understand|heard|followed)(?: (?:this|that|it|you|everything|all (?:of )?(?:this|that)))?(?: right| correctly)?|(?:so far |today )?(?:you've|you have) (?:told me|said|mentioned|talked about|described|shared|explained)(?: (?:that|about|how))?|(?:there's|there is|there are|we've got|we have) (?:a few|several|lots of|a lot of|many|quite a few) (?:things|reasons|worries|pressures) (?:going on|here))/;

/** A list of at least three things ("the job, the flat and your brother"). */
function isList(text: string): boolean {
  const commas = (text.match(/[,;:]/g) ?? []).length;
  const ands = (text.match(/\b(?:and|also|plus|as well as|on top of)\b/g) ?? []).length;
  return commas >= 2 || (commas >= 1 && ands >= 1) || ands >= 2;
}

/** Summary: pulling together several things the client has said. */
export function summaryMoves(p: Prepared): MoveDetail[] {
  for (const s of p.sentences) {
    const m = SUMMARY.exec(s.lower);
    if (m)
      return [
        found(
          'summary',
          0.85,
          [m[0]],
          'summary.announced',
          `pulled together what the client said: '${m[0]}'`,
        ),
      ];
  }
  // The frame may stand in its own sentence ("Let me check I've got this: ..."), so the list is
  // read from the frame to the end of the turn.
  for (const s of p.sentences) {
    const m = LISTED.exec(s.lower);
    if (!m) continue;
    const at = p.lower.indexOf(s.lower);
    const rest = p.lower.slice(Math.max(at, 0) + m[0].length);
    if (rest.split(' ').length >= 8 && isList(rest))
      return [
        found(
          'summary',
          0.75,
          [m[1] ?? m[0]],
          'summary.listed',
          `pulled several things the client said together: '${m[1] ?? m[0]}'`,
        ),
      ];
  }
  return [];
}

/** Noticing a non-verbal cue the client showed (the cue is an input: "*looks at the floor*"). */
export function cueMoves(p: Prepared, client: ClientContext | undefined): MoveDetail[] {
  if (!client || client.cueStems.size === 0) return [];
  const mine = contentStems(p.tokens);
  const shared = [...mine].filter(([s]) => client.cueStems.has(s)).map(([, word]) => word);
  const noticing =
    /\b(notice|noticed|noticing|see|saw|seem|seems|looks?|looked|looking|you(?:'re| are| just)?)\b/.test(
      p.lower,
    );
  if (shared.length > 0 && noticing) {
    return [
      found(
        'noticing_nonverbal',
        0.85,
        shared,
        'nonverbal.names-cue',
        `named the cue the client showed: '${shared.join(', ')}'`,
      ),
    ];
  }
  return [];
}

const GENTLE = /\b(?:sounds?|seems?|must|feel|feeling|felt|sorry|understand|hear|imagine|not your fault)\b/;
const CALLED = new Set([
  'you',
  'are',
  'were',
  'being',
  'so',
  'such',
  'a',
  'an',
  'really',
  'very',
  'just',
  'total',
  'complete',
  'absolute',
  'bloody',
  'utter',
]);

/**
 * Hostility by tone: calling the client something AFINN scores as strongly negative ("you're a
 * disgrace", "you are so ridiculous"), when the word is not a feeling the client has ("you're
 * angry" is a reflection, not an insult) and the sentence is not gentle.
 */
export function toneMoves(p: Prepared): MoveDetail[] {
  for (const s of p.sentences) {
    if (GENTLE.test(s.lower)) continue;
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== 'you') continue;
      // Walk over "you are (so / such a / ...)" to the word the client is called.
      let j = i + 1;
      if (t[j] !== 'are' && t[j] !== 'were' && t[j] !== 'being') continue;
      while (j < t.length && CALLED.has(t[j]!)) j++;
      const word = t[j];
      if (word === undefined || word.endsWith('ing') || findFeelings([word]).length > 0) continue;
      const score = sentimentScore([word]);
      if (score <= -2) {
        return [
          found(
            'hostility',
            0.6,
            [`you ${t.slice(i + 1, j + 1).join(' ')}`],
            'hostility.negative-tone',
            `called the client '${word}' (AFINN ${score})`,
          ),
        ];
      }
    }
  }
  return [];
}
