import type { MoveDetail } from '../../../contract/analysis.js';
import { found } from '../detail.js';
import { sentimentScore } from '../nlp.js';
import { findFeelings } from '../feelings.js';
import { lines, phrases, type RuleCard } from '../phrases.js';
import { type Prepared, typed } from '../text.js';
import type { Asked } from './questions.js';
import { type ClientContext, contentStems } from '../vocabulary.js';

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

// Announcing a summary: "let me sum up", "to recap", "so far you've told me about several things".
const SUMMARY = phrases(lines`
  (let me|can i|if i (can|could|may)|i would like to|i want to|just to|so,? to|let us) (just |quickly |try to |briefly )?(sum (up|that up|it up)|summari[sz]e|recap|pull (this|that|it|things|a few things|some things|everything) together|pull together|go back over|check i (have )?got)
  (in|so,? in|to) summary
  to sum up
  so far (you|we) have (told|talked|said|discussed|covered|mentioned)
  you have (told me|said|mentioned|talked about) (about )?(a few|several|a number of|some|two|three|lots of|a lot of|many) (things|ways|reasons|times|different)
`);

// Unannounced summaries: a checking frame or "you've told me" followed by a list of things said.
const LISTED = phrases(lines`
  ^(let me|can i|i want to|i would like to|just) (just )?(check|make sure|see if|see whether) (that )?i (have )?(got|understood|understand|heard|followed)( (this|that|it|you|everything|all (of )?(this|that)))?( right| correctly)?
  ^(so far |today )?you have (told me|said|mentioned|talked about|described|shared|explained)( (that|about|how))?
  ^(there is|there are|we have got|we have) (a few|several|lots of|a lot of|many|quite a few) (things|reasons|worries|pressures) (going on|here)
`);

/** A list of at least three things ("the job, the flat and your brother"). */
function isList(text: string): boolean {
  const commas = (text.match(/[,;:]/g) ?? []).length;
  const ands = (text.match(/\b(?:and|also|plus|as well as|on top of)\b/g) ?? []).length;
  return commas >= 2 || (commas >= 1 && ands >= 1) || ands >= 2;
}

/** Summary: pulling together several things the client has said. */
export function summaryMoves(p: Prepared): MoveDetail[] {
  for (const s of p.sentences) {
    const m = SUMMARY.exec(s.plain);
    if (!m) continue;
    const said = typed(s, m.index, m.index + m[0].length).trim();
    return [
      found('summary', 0.85, [said], 'summary.announced', `pulled together what the client said: '${said}'`),
    ];
  }
  // The frame may stand in its own sentence ("Let me check I've got this: ..."), so the list is
  // read from the frame to the end of the turn.
  for (const s of p.sentences) {
    const m = LISTED.exec(s.plain);
    if (!m) continue;
    const end = m.index + m[0].length;
    const rest = [
      s.plain.slice(end),
      ...p.sentences.slice(p.sentences.indexOf(s) + 1).map((x) => x.plain),
    ].join(' ');
    // The frame, without the fillers before it ("so, ").
    const frame = typed(s, m.index, end).replace(/^(?:(?:so|and|okay|ok|right|well|um)\b[\s,.-]*)*/, '');
    if (rest.trim().split(/\s+/).length >= 8 && isList(rest))
      return [
        found(
          'summary',
          0.75,
          [frame],
          'summary.listed',
          `pulled several things the client said together: '${frame}'`,
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

/** The rules found in this file, with their examples. */
export const EXTRA_CODE_RULES: readonly RuleCard[] = [
  {
    id: 'probing.why',
    move: 'probing',
    examples: ['Why did you do that?'],
    counterExamples: ['What made you do that?'],
  },
  {
    id: 'probing.stacked',
    move: 'probing',
    examples: ['How old were you? Where was your dad? What did he say?'],
    counterExamples: ['How old were you then?'],
  },
  {
    id: 'summary.announced',
    move: 'summary',
    examples: [
      'Let me summarise what I have heard today.',
      'So to sum up, the job and the flat are both up in the air.',
    ],
    counterExamples: ['Sum it up for me.'],
  },
  {
    id: 'summary.listed',
    move: 'summary',
    examples: ["You've told me about the debts, the arguments with Jo and the drinking."],
    counterExamples: ["You've told me about the debts."],
  },
  {
    id: 'nonverbal.names-cue',
    move: 'noticing_nonverbal',
    examples: [
      { text: 'I notice you are looking at the floor.', previous: 'I dunno.', cue: '*looks at the floor*' },
    ],
    counterExamples: [{ text: 'Tell me about work.', previous: 'I dunno.', cue: '*looks at the floor*' }],
  },
  {
    id: 'hostility.negative-tone',
    move: 'hostility',
    examples: ['You are a disgrace.'],
    counterExamples: ['You are angry with him.', 'You sound disgusted.'],
  },
];
