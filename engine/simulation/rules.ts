import type { HelpfulMove, Move, Roadblock } from '../../contract/moves.js';

/**
 * How much each helpful move builds trust and openness at full strength (before the persona's
 * sensitivity). Reflecting feeling and noticing are the strongest; closed questions barely count.
 */
export const TRUST_WEIGHTS: Record<HelpfulMove, number> = {
  open_question: 0.5,
  closed_question: 0.15,
  simple_reflection: 0.6,
  complex_reflection: 1,
  summary: 0.8,
  empathy: 1,
  validation: 0.9,
  affirmation: 0.5,
  noticing_nonverbal: 1,
  giving_space: 0.9,
  confidentiality: 0.7,
  cultural_curiosity: 0.8,
  information: 0.3,
  self_disclosure: 0.3,
  // Asking about risk is part of the job: asked with care it costs nothing and earns a little.
  risk_question: 0.4,
};

export const OPENNESS_WEIGHTS: Record<HelpfulMove, number> = {
  open_question: 0.9,
  closed_question: 0.1,
  simple_reflection: 0.7,
  complex_reflection: 1,
  summary: 0.7,
  empathy: 0.9,
  validation: 0.8,
  affirmation: 0.4,
  noticing_nonverbal: 0.9,
  giving_space: 0.6,
  confidentiality: 0.8,
  cultural_curiosity: 0.7,
  information: 0.2,
  self_disclosure: 0.3,
  risk_question: 0.3,
};

/** How much each roadblock harms at full strength (before the persona's sensitivity). */
export const HARM_WEIGHTS: Record<Roadblock, number> = {
  advice: 0.6,
  judgement: 1,
  minimising: 0.8,
  probing: 0.7,
  labelling: 1,
  dismissing_culture: 1.2,
  boundary_breach: 0.8,
  self_focus: 0.5,
  hostility: 1.6,
};

/** Moves that can repair a rupture when the trainee uses them without any roadblock. */
export const REPAIR_MOVES: ReadonlySet<Move> = new Set<Move>([
  'giving_space',
  'validation',
  'empathy',
  'complex_reflection',
  'simple_reflection',
  'noticing_nonverbal',
  'confidentiality',
  'summary',
]);

/**
 * Moves that say back what the client said or feels: they earn only when they fit (a feeling the
 * client has, nothing that is not so), see listening.ts.
 */
export const REFLECTIVE_MOVES: ReadonlySet<Move> = new Set<Move>([
  'simple_reflection',
  'complex_reflection',
  'summary',
  'empathy',
]);

/** Moves that count as asking, for matching a question to a disclosure topic. */
export const ASKING_MOVES: ReadonlySet<Move> = new Set<Move>(['open_question', 'closed_question', 'probing']);

/** Roadblocks that turn a question into something other than an invitation: it earns nothing. */
export const SPOILS_QUESTIONS: ReadonlySet<Move> = new Set<Move>([
  'probing',
  'hostility',
  'judgement',
  'labelling',
  'dismissing_culture',
]);

/** Closed questions in a row (this one included) from which they read as interrogation. */
export const INTERROGATION_RUN = 3;

/** Repair needs this much summed strength of repair moves in one turn. */
export const REPAIR_NEEDS = 0.5;

/**
 * What an apology is worth as repair toward leaving withdrawal (DESIGN.md counts one as repair),
 * when there was harm to apologise for.
 */
export const APOLOGY_REPAIR = 0.5;

/** An apology repairs harm done within this many turns; after that it is just politeness. */
export const APOLOGY_REACH = 3;

/** Why trust rose, in words a trainee can read. `{name}` is the client's name. */
export const GAIN_REASONS: Record<HelpfulMove, string> = {
  open_question: 'an open question invited {name} to say more',
  closed_question: 'a closed question shows interest, though it asks little of {name}',
  simple_reflection: 'you reflected back what {name} said',
  complex_reflection: 'you reflected the feeling or meaning behind {name}’s words',
  summary: 'your summary showed {name} you had followed',
  empathy: 'you named or responded to what {name} feels',
  validation: 'you accepted {name}’s reaction as understandable',
  affirmation: 'you recognised {name}’s strength or effort',
  noticing_nonverbal: 'you noticed what {name} showed without words',
  giving_space: 'you let {name} set the pace',
  confidentiality: 'you made it feel safe to talk',
  cultural_curiosity: 'you showed respectful interest in {name}’s culture and identity',
  information: 'clear information helps a little',
  self_disclosure: 'a brief, relevant self-disclosure can help a little',
  risk_question: 'asking plainly about safety shows {name} you can hear the hard things',
};

/** Why trust fell, in words a trainee can read. */
export const LOSS_REASONS: Record<Roadblock, string> = {
  advice: 'advice {name} did not ask for felt like being told what to do',
  judgement: '{name} felt judged',
  minimising: '{name} felt {their} experience was played down',
  probing: '{name} felt pushed for details',
  labelling: '{name} felt labelled',
  dismissing_culture: '{name} felt {their} culture was brushed aside',
  boundary_breach: 'it went beyond a counsellor’s role and felt over-familiar',
  self_focus: 'the conversation turned to you instead of {name}',
  hostility: '{name} felt attacked',
};

/** The possessive to use for a persona's pronouns ("she/her" → "her"); "their" when unsure. */
export function possessive(pronouns: string): string {
  const first = pronouns.toLowerCase().split('/')[0]?.trim();
  if (first === 'she') return 'her';
  if (first === 'he') return 'his';
  return 'their';
}

/** Fills `{name}` and `{their}` in a reason. */
export function reasonFor(template: string, name: string, pronouns = 'they/them'): string {
  return template.replaceAll('{name}', name).replaceAll('{their}', possessive(pronouns));
}
