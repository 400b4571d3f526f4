import type { Analysis, AnalysisContext, MoveDetail, NamedFeeling } from '../../contract/analysis.js';
import type { Move } from '../../contract/moves.js';
import { found } from './detail.js';
import { sentimentScore, words } from './nlp.js';
import { empathyMoves } from './rules/empathy.js';
import {
  cueMoves,
  cultureMoves,
  toneMoves,
  probingMoves,
  selfFocusMoves,
  summaryMoves,
} from './rules/extras.js';
import { HELPFUL_RULES } from './rules/helpful.js';
import { INFORMATION_RULES, impersonalInformation } from './rules/information.js';
import { runPatterns } from './rules/pattern.js';
import { type Asked, classifySentence, questionMoves } from './rules/questions.js';
import { type ClientContext, clientContext, contentStems, reflectionMoves } from './rules/reflection.js';
import { RISK_RULES } from './rules/risk.js';
import { ROADBLOCK_RULES } from './rules/roadblocks.js';
import { findFeelings } from './rules/feeling.js';
import { type Sentence, prepare, prepareClient } from './text.js';

// Hedges and permission that turn advice into an offer the client may refuse (MI: advice with permission).
const PERMISSION =
  /\b((?:would|will) it be (?:okay|ok|alright|all right|fine) (?:if|for me|to)|is it (?:okay|ok|alright|all right) (?:if|with you|for me)|(?:can|could|may) i (?:share|offer|suggest|give you|make a suggestion|tell you (?:about|what)|mention)|do you mind if i|would you (?:like|be (?:open|interested)|want) (?:me to|to hear|some|a few|an idea|to try|in)|if you(?:'re| are) (?:interested|open to)|(?:it's|it is|that's) (?:entirely |completely |totally |really )?up to you|only if you (?:want|like|wish|feel)|if you (?:want|wish|like|feel like it)(?: to)?,|see (?:what|if|whether) (?:you think|it fits|that fits)|what do you (?:think|make) (?:of|about)|how does that sound|take it or leave it|you (?:might|may) (?:or may not )?find|some people find)\b/;

/** Keep the strongest finding per move, strongest first (ties keep discovery order). */
function merge(findings: MoveDetail[]): MoveDetail[] {
  const best = new Map<Move, MoveDetail>();
  for (const f of findings) {
    const had = best.get(f.move);
    if (!had || f.strength > had.strength) best.set(f.move, f);
  }
  return [...best.values()].filter((d) => d.strength > 0).sort((a, b) => b.strength - a.strength);
}

const CHECK_IN =
  /^(?:(?:yeah|yes|okay|ok|right|all right|alright|mm|mm-hmm|uh-huh|hmm|oh|really|you know|so|and)[\s,.-]*)+\?["')\]]*$/;

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
const HARSH: ReadonlySet<Move> = new Set(['labelling', 'judgement', 'hostility', 'dismissing_culture']);

/** Apply the rules that depend on more than one finding. */
function reconcile(findings: MoveDetail[], lower: string, wordCount: number): MoveDetail[] {
  const has = (m: Move) => findings.some((f) => f.move === m);
  let out = findings;
  const others = (f: MoveDetail) => !QUESTIONS.has(f.move) && !REFLECTIONS.has(f.move);
  // A statement that fired a specific move (affirming, advising, reassuring...) is that move, not a
  // reflection by form alone; and nothing harsh is a reflection.
  if (
    out.some((f) => others(f) && f.move !== 'empathy' && f.move !== 'cultural_curiosity' && f.strength >= 0.6)
  ) {
    out = out.filter((f) => !(REFLECTIONS.has(f.move) && WEAK_REFLECTION.has(f.rule)));
  }
  if (out.some((f) => HARSH.has(f.move))) out = out.filter((f) => !REFLECTIONS.has(f.move));
  // Impersonal statements count as information only when nothing more specific was said (a
  // normalising fact may still come with validation or empathy).
  const impersonal = (f: MoveDetail) =>
    f.rule === 'information.impersonal' || f.rule === 'information.we-can';
  const specific = (f: MoveDetail) =>
    (others(f) && !impersonal(f) && f.move !== 'validation' && f.move !== 'empathy') ||
    (REFLECTIONS.has(f.move) && !WEAK_REFLECTION.has(f.rule));
  if (out.some(specific)) out = out.filter((f) => !impersonal(f));
  if (has('confidentiality') || has('summary') || has('boundary_breach'))
    out = out.filter((f) => f.move !== 'information');
  // A summary is a collection of reflections, and counts as complex (MITI).
  const summary = out.find((f) => f.move === 'summary');
  if (summary) {
    out = out.map((f) =>
      f.move === 'simple_reflection' ? { ...f, move: 'complex_reflection' as const } : f,
    );
    const said = summary.evidence[0] ?? '';
    const content = lower.slice(lower.indexOf(said) + said.length);
    if (
      !out.some((f) => REFLECTIONS.has(f.move)) &&
      wordCount >= 10 &&
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
  }
  if (has('dismissing_culture')) out = out.filter((f) => f.move !== 'cultural_curiosity');
  // Tone alone is weaker evidence than a judgement or label already found in the same words.
  if (has('judgement') || has('labelling')) out = out.filter((f) => f.rule !== 'hostility.negative-tone');
  // A menu of options is the options themselves, not information beside them.
  const options = out.some((f) => f.rule === 'advice.options');
  if (options) out = out.filter((f) => f.move !== 'information');
  // Advice offered with permission or a hedge is information the client may take or leave (a menu
  // of options stays options: AnnoMI and MITI count it with advice).
  const converts = out.filter((f) => f.move === 'advice' && f.rule !== 'advice.options');
  if (converts.length > 0 && !options && PERMISSION.test(lower)) {
    const advice = converts;
    out = out.filter((f) => f.move !== 'advice');
    const first = advice[0]!;
    out.push(
      found(
        'information',
        0.6,
        first.evidence,
        'information.advice-with-permission',
        `offered an idea with permission: ${first.evidence.map((e) => `'${e}'`).join(', ')}`,
      ),
    );
  }
  // A menu of options offered with permission ("Would it help to hear what others have tried?")
  // is MI-consistent, like advice with permission (MITI codes both apart from unasked advice):
  // information the client may take or leave. The permission must be asked apart from the menu
  // itself ("some people find…, others…" alone is the menu, and stays advice).
  const menu = out.find((f) => f.rule === 'advice.options');
  if (menu && !out.some((f) => f.move === 'advice' && f !== menu)) {
    const rest = menu.evidence.reduce((text, e) => text.replace(e.toLowerCase(), ' '), lower);
    if (PERMISSION.test(rest)) {
      out = out.filter((f) => f !== menu);
      out.push(
        found(
          'information',
          0.6,
          menu.evidence,
          'information.options-with-permission',
          `offered options with permission: ${menu.evidence.map((e) => `'${e}'`).join(', ')}`,
        ),
      );
    }
  }
  // A long story about oneself is self-focus, not a brief disclosure.
  if (has('self_focus')) out = out.filter((f) => f.move !== 'self_disclosure');
  // Asking plainly about risk is the job, not interrogation: "Are you thinking of ending your
  // life?" is not probing, however blunt.
  if (has('risk_question')) out = out.filter((f) => f.move !== 'probing');
  return out;
}

/**
 * A platitude the client said first ("She had a long life", echoed back to a client who said it)
 * restates the client; said unprompted it skips the feeling.
 */
function echoed(findings: MoveDetail[], client: ClientContext | undefined): MoveDetail[] {
  if (!client?.hasPrevious) return findings;
  return findings.filter((f) => {
    if (f.rule !== 'minimising.platitude') return true;
    const stems = [...contentStems(words(f.evidence[0] ?? '')).keys()];
    return stems.length === 0 || !stems.every((s) => client.stems.has(s));
  });
}

/** The feeling words of each sentence, in order: what the trainee named (or negated). */
function feelingsIn(sentences: readonly Sentence[]): NamedFeeling[] {
  return sentences.flatMap((s) =>
    findFeelings(s.tokens).map((f) => ({
      word: f.word,
      family: f.family,
      intensity: f.intensity,
      negated: f.negated,
    })),
  );
}

/**
 * The feeling words in a piece of text (a client's line, a persona's feeling), for code outside
 * the scorer that needs to compare feelings: the same lexicon and rules the scorer uses.
 */
export function feelingsOf(text: string): NamedFeeling[] {
  return feelingsIn(prepareClient(text).sentences);
}

/** The words of a text as the scorer tokenises them (lower case, contractions expanded). */
export function tokensOf(text: string): string[] {
  return prepareClient(text).tokens;
}

/**
 * Label one trainee utterance with counselling moves. Pure: the same text and context always give
 * the same analysis.
 *
 * @param text What the trainee typed.
 * @param context The client's previous line and non-verbal cue, which reflections and empathy are
 *   measured against.
 */
export function analyse(text: string, context: AnalysisContext = {}): Analysis {
  const p = prepare(text);
  const client = clientContext(
    context.previous ? prepareClient(context.previous) : undefined,
    context.cue ? prepareClient(context.cue) : undefined,
  );
  const bySentence = new Map<Sentence, Asked>();
  for (const s of p.sentences) {
    const q = classifySentence(s);
    if (q) bySentence.set(s, q);
  }
  // A "Yeah?" or "Okay?" tacked onto something said ("Mm. Yeah?", "You've cut down. Yeah?") checks
  // in or encourages; it does not ask. Said on its own it still asks.
  const says = p.sentences.some((s) => !bySentence.has(s) && s.tokens.length > 0);
  if (says) for (const s of p.sentences) if (CHECK_IN.test(s.lower)) bySentence.delete(s);
  const asked = [...bySentence.values()];
  const findings: MoveDetail[] = [
    ...questionMoves(asked),
    ...reflectionMoves(p, bySentence, client),
    ...summaryMoves(p),
    ...empathyMoves(p, client, new Set(bySentence.keys())),
    ...cueMoves(p, client),
    ...cultureMoves(p, bySentence),
    ...runPatterns(p, HELPFUL_RULES),
    ...runPatterns(p, INFORMATION_RULES),
    ...runPatterns(p, ROADBLOCK_RULES),
    ...runPatterns(p, RISK_RULES),
    ...probingMoves(asked),
    ...selfFocusMoves(p),
    ...impersonalInformation(p, bySentence),
    ...toneMoves(p),
  ];
  const details = merge(reconcile(echoed(findings, client), p.lower, p.wordCount));
  // Summed AFINN scaled by √words, kept within the contract's −5…5.
  const raw = p.wordCount === 0 ? 0 : sentimentScore(p.tokens) / Math.sqrt(p.wordCount);
  const sentiment = Math.max(-5, Math.min(5, raw));
  return {
    moves: details.map((d) => d.move),
    details,
    stems: p.contentStems,
    tokens: p.tokens,
    feelings: feelingsIn(p.sentences),
    sentiment: Math.round(sentiment * 100) / 100,
    wordCount: p.wordCount,
  };
}
