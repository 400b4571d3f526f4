/**
 * The move vocabulary: what the scorer can find in a trainee's words. The names are a contract
 * shared by the CLIs, the debrief and persona sensitivities (see DESIGN.md).
 */
export const HELPFUL_MOVES = [
  'open_question',
  'closed_question',
  'simple_reflection',
  'complex_reflection',
  'summary',
  'empathy',
  'validation',
  'affirmation',
  'noticing_nonverbal',
  'giving_space',
  'confidentiality',
  'cultural_curiosity',
  'information',
  'self_disclosure',
  'risk_question',
] as const;

export const ROADBLOCKS = [
  'advice',
  'judgement',
  'minimising',
  'probing',
  'labelling',
  'dismissing_culture',
  'boundary_breach',
  'self_focus',
  'hostility',
] as const;

export const MOVES = [...HELPFUL_MOVES, ...ROADBLOCKS] as const;

export type HelpfulMove = (typeof HELPFUL_MOVES)[number];
export type Roadblock = (typeof ROADBLOCKS)[number];
export type Move = (typeof MOVES)[number];

const roadblockSet: ReadonlySet<string> = new Set(ROADBLOCKS);

/** Whether a move is one of the nine roadblocks. */
export function isRoadblock(move: Move): move is Roadblock {
  return roadblockSet.has(move);
}

/** Whether a string names a move of the vocabulary. */
export function isMove(name: string): name is Move {
  return (MOVES as readonly string[]).includes(name);
}

/** Plain-English names for the page and the debrief. */
export const MOVE_LABELS: Record<Move, string> = {
  open_question: 'Open question',
  closed_question: 'Closed question',
  simple_reflection: 'Simple reflection',
  complex_reflection: 'Complex reflection',
  summary: 'Summary',
  empathy: 'Empathy',
  validation: 'Validation',
  affirmation: 'Affirmation',
  noticing_nonverbal: 'Noticing a non-verbal cue',
  giving_space: 'Giving space',
  confidentiality: 'Confidentiality',
  cultural_curiosity: 'Cultural curiosity',
  information: 'Information',
  self_disclosure: 'Self-disclosure',
  risk_question: 'Asking about risk',
  advice: 'Advice',
  judgement: 'Judgement',
  minimising: 'Minimising',
  probing: 'Probing',
  labelling: 'Labelling',
  dismissing_culture: 'Dismissing culture',
  boundary_breach: 'Boundary breach',
  self_focus: 'Self-focus',
  hostility: 'Hostility',
};
