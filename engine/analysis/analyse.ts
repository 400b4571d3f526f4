import type { Analysis, AnalysisContext, MoveDetail, NamedFeeling } from '../../contract/analysis.js';
import type { Move } from '../../contract/moves.js';
import { clientContext, clientLine } from './clientLine.js';
import { sentimentScore } from './nlp.js';
import { type RuleCard, runPhraseRules } from './phrases.js';
import { reconcile } from './reconcile.js';
import { ADVICE_RULES } from './rules/advice.js';
import { AFFIRMATION_RULES } from './rules/affirmation.js';
import { BOUNDARY_RULES } from './rules/boundary.js';
import { CONFIDENTIALITY_RULES } from './rules/confidentiality.js';
import { CULTURE_CODE_RULES, CULTURE_RULES, cultureMoves } from './rules/culture.js';
import { EMPATHY_CODE_RULES, empathyMoves } from './rules/empathy.js';
import { EXTRA_CODE_RULES, cueMoves, probingMoves, summaryMoves, toneMoves } from './rules/extras.js';
import { HOSTILITY_RULES } from './rules/hostility.js';
import { IMPERSONAL_CODE_RULES, impersonalInformation } from './rules/impersonal.js';
import { INFORMATION_RULES } from './rules/information.js';
import { JUDGEMENT_RULES } from './rules/judgement.js';
import { LABELLING_RULES } from './rules/labelling.js';
import { MINIMISING_RULES } from './rules/minimising.js';
import { NONVERBAL_RULES } from './rules/nonverbal.js';
import { PROBING_RULES } from './rules/probing.js';
import {
  type Asked,
  askedSentences,
  QUESTION_CODE_RULES,
  questionMoves,
  realQuestions,
} from './rules/questions.js';
import { REFLECTION_CODE_RULES, reflectionMoves } from './rules/reflection.js';
import { REPAIR_RULES } from './rules/repair.js';
import { RISK_RULES } from './rules/risk.js';
import { SELF_RULES } from './rules/self.js';
import { SELF_TALK_RULES, selfTalkMoves } from './rules/selfTalk.js';
import { SPACE_RULES } from './rules/space.js';
import { VALIDATION_RULES } from './rules/validation.js';
import { type Prepared, prepare, type Sentence } from './text.js';
import { unclear } from './unclear.js';
import type { ClientContext } from './vocabulary.js';

/** Every table of phrase rules, in the order they are run (helpful moves first). */
export const PHRASE_TABLES = [
  SPACE_RULES,
  REPAIR_RULES,
  CONFIDENTIALITY_RULES,
  NONVERBAL_RULES,
  VALIDATION_RULES,
  AFFIRMATION_RULES,
  INFORMATION_RULES,
  ADVICE_RULES,
  JUDGEMENT_RULES,
  MINIMISING_RULES,
  PROBING_RULES,
  LABELLING_RULES,
  CULTURE_RULES,
  BOUNDARY_RULES,
  SELF_RULES,
  HOSTILITY_RULES,
  RISK_RULES,
] as const;

/** Every rule with its examples: the phrase rules and the rules found in code. */
export const RULE_CARDS: readonly RuleCard[] = [
  ...PHRASE_TABLES.flat(),
  ...QUESTION_CODE_RULES,
  ...REFLECTION_CODE_RULES,
  ...EMPATHY_CODE_RULES,
  ...EXTRA_CODE_RULES,
  ...CULTURE_CODE_RULES,
  ...SELF_TALK_RULES,
  ...IMPERSONAL_CODE_RULES,
];

/** Keep the strongest finding per move, strongest first (ties keep discovery order). */
function merge(findings: MoveDetail[]): MoveDetail[] {
  const best = new Map<Move, MoveDetail>();
  for (const f of findings) {
    const had = best.get(f.move);
    if (!had || f.strength > had.strength) best.set(f.move, f);
  }
  return [...best.values()].filter((d) => d.strength > 0).sort((a, b) => b.strength - a.strength);
}

/** The feeling words of each sentence, in order: what the trainee named (or negated). */
function feelingsIn(sentences: readonly Sentence[]): NamedFeeling[] {
  return sentences.flatMap((s) =>
    s.feelings.map((f) => ({
      word: f.word,
      family: f.family,
      intensity: f.intensity,
      negated: f.negated,
      own: f.own,
    })),
  );
}

/**
 * The feeling words in a piece of text (a client's line, a persona's feeling), for code outside
 * the scorer that needs to compare feelings: the same lexicon and rules the scorer uses.
 */
export function feelingsOf(text: string): readonly NamedFeeling[] {
  return clientLine(text).named;
}

/** The words of a text as the scorer tokenises them (lower case, contractions expanded). */
export function tokensOf(text: string): readonly string[] {
  return clientLine(text).tokens;
}

/** The scorer's raw findings for one utterance, before the overrides in reconcile.ts. */
export interface Explained {
  findings: MoveDetail[];
  prepared: Prepared;
  client: ClientContext | undefined;
  /** The text is not understandable language (keyboard mash, random letters): no rule is run. */
  unclear: boolean;
}

/**
 * Every rule's finding for one utterance, before any override: what the examples of each rule are
 * checked against (test/engine/analysis/rules.test.ts), and the first step of {@link analyse}.
 */
export function explain(text: string, context: AnalysisContext = {}): Explained {
  const p = prepare(text);
  const client = clientContext(
    context.previous ? clientLine(context.previous) : undefined,
    context.cue ? clientLine(context.cue) : undefined,
  );
  if (unclear(p)) return { findings: [], prepared: p, client, unclear: true };
  const bySentence: Map<Sentence, Asked> = askedSentences(p.sentences);
  const asked = [...bySentence.values()];
  const findings: MoveDetail[] = [
    ...questionMoves(asked),
    ...reflectionMoves(p, bySentence, client),
    ...summaryMoves(p),
    ...empathyMoves(p, client, new Set(bySentence.keys()), realQuestions(bySentence)),
    ...cueMoves(p, client),
    ...cultureMoves(p.sentences, bySentence),
    ...PHRASE_TABLES.flatMap((table) => runPhraseRules(p.sentences, table)),
    ...probingMoves(asked),
    ...selfTalkMoves(p),
    ...impersonalInformation(p, bySentence),
    ...toneMoves(p),
  ];
  return { findings, prepared: p, client, unclear: false };
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
  const { findings, prepared: p, client, unclear: mash } = explain(text, context);
  const details = merge(reconcile(findings, { prepared: p, client }));
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
    ...(mash ? { unclear: true as const } : {}),
  };
}
