import type { Analysis } from '../../contract/analysis.js';
import { isMove, isRoadblock, type HelpfulMove, type Move, type Roadblock } from '../../contract/moves.js';
import type { MeterChange } from '../../contract/session.js';
import type { Persona } from '../persona/schema.js';
import { type ClientContext, RECENT_TURNS, type Verdict } from './context.js';
import {
  APOLOGY_REPAIR,
  ASKING_MOVES,
  APOLOGY_STEMS,
  GAIN_REASONS,
  HARM_WEIGHTS,
  INTERROGATION_RUN,
  LOSS_REASONS,
  possessive,
  OPENNESS_WEIGHTS,
  REPAIR_MOVES,
  REPAIR_NEEDS,
  SPOILS_QUESTIONS,
  reasonFor,
  TRUST_WEIGHTS,
} from './rules.js';
import { decideDisclosure } from './disclosure.js';
import { contentStems, namesCue } from './topics.js';

/** The part of the context one trainee turn changes. */
export type TurnUpdate = Pick<
  ClientContext,
  'trust' | 'openness' | 'turn' | 'recentMoves' | 'recentSayings' | 'harmsWhileWithdrawn' | 'verdict'
>;

// `|| 0` turns -0 into 0, so stored amounts survive a JSON round trip unchanged.
const round = (n: number) => Math.round(n * 100) / 100 || 0;
const clamp = (n: number) => Math.min(100, Math.max(0, n));

/** Each move once, at its strongest, with strength forced into 0–1 (the scorer is trusted, not relied on). */
function movesOf(analysis: Analysis): Map<Move, number> {
  const out = new Map<Move, number>();
  const details = Array.isArray(analysis?.details) ? analysis.details : [];
  for (const detail of details) {
    if (!detail || typeof detail.move !== 'string' || !isMove(detail.move)) continue;
    const raw = Number(detail.strength);
    const strength = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
    if (strength > (out.get(detail.move) ?? -1)) out.set(detail.move, strength);
  }
  return out;
}

/**
 * Scores one trainee turn against the persona: every meter change with its move, rule and
 * reason, and what the turn amounts to (harm, a severe roadblock, repair, a disclosure or a
 * deflection). Pure; the machine stores the result and its guards decide what follows.
 */
export function scoreTurn(
  persona: Persona,
  context: ClientContext,
  analysis: Analysis,
  withdrawn: boolean,
): TurnUpdate {
  const d = persona.dynamics;
  const name = persona.name;
  const sensitivity = (move: Move) => persona.sensitivities[move] ?? 1;
  const moves = movesOf(analysis);
  const stems = Array.isArray(analysis?.stems) ? analysis.stems.filter((s) => typeof s === 'string') : [];
  const trust0 = context.trust;
  const openness0 = context.openness;
  const trustChanges: MeterChange[] = [];
  const opennessChanges: MeterChange[] = [];
  const suspicious = trust0 < d.thresholds.tentative;

  // A cue the analyser missed still counts when the trainee plainly names it.
  if (!moves.has('noticing_nonverbal') && context.lastCue && namesCue(context.lastCue, stems)) {
    moves.set('noticing_nonverbal', 0.8);
  }

  const closedRun =
    moves.has('closed_question') &&
    context.recentMoves.slice(-(INTERROGATION_RUN - 1)).length === INTERROGATION_RUN - 1 &&
    context.recentMoves.slice(-(INTERROGATION_RUN - 1)).every((turn) => turn.includes('closed_question'));

  let harm = false;
  let severe = false;
  let repairStrength = 0;
  let helpful = false;
  const harms: [Move, number][] = [];

  for (const [move, strength] of moves) {
    if (strength <= 0) continue;
    if (isRoadblock(move)) {
      harm = true;
      const h = HARM_WEIGHTS[move as Roadblock] * strength * sensitivity(move);
      if (h >= d.ruptureAt) severe = true;
      harms.push([move, h]);
      continue;
    }
    const helpfulMove = move as HelpfulMove;
    if (move === 'closed_question' && closedRun) {
      harm = true;
      harms.push([move, 0.4 * strength]);
      continue;
    }
    const spoiler = [...moves.keys()].find((m) => SPOILS_QUESTIONS.has(m));
    if ((move === 'open_question' || move === 'closed_question') && spoiler) {
      trustChanges.push({
        meter: 'trust',
        amount: 0,
        move,
        rule: spoiler === 'probing' ? 'cap.probing-question' : 'cap.hostile-question',
        reason:
          spoiler === 'probing'
            ? `a question that pushes for details does not invite ${name} to speak, so it earned nothing`
            : `a question wrapped in ${spoiler === 'hostility' ? 'hostility' : 'a judgement'} does not invite ${name} to speak, so it earned nothing`,
      });
      continue;
    }
    helpful = true;
    if (REPAIR_MOVES.has(move)) repairStrength += strength;
    const rule =
      move === 'noticing_nonverbal' && !analysisHas(analysis, move) ? 'gain.named-cue' : `gain.${move}`;
    if (suspicious && d.tooFastMoves.includes(move)) {
      trustChanges.push({
        meter: 'trust',
        amount: 0,
        move,
        rule: 'cap.too-fast',
        reason: `${name} is still guarded: this soon it feels like flattery or over-familiarity, so it bought no trust`,
      });
      continue;
    }
    const gain =
      d.gainRate * TRUST_WEIGHTS[helpfulMove] * strength * sensitivity(move) * ((100 - trust0) / 100);
    const open =
      d.opennessRate *
      OPENNESS_WEIGHTS[helpfulMove] *
      strength *
      sensitivity(move) *
      ((100 - openness0) / 100);
    const reason = reasonFor(GAIN_REASONS[helpfulMove], name, persona.pronouns);
    if (round(gain) > 0) trustChanges.push({ meter: 'trust', amount: round(gain), move, rule, reason });
    if (round(open) > 0) opennessChanges.push({ meter: 'openness', amount: round(open), move, rule, reason });
  }

  // A roadblock in the same breath undoes half of what helped: losses outweigh gains.
  const helpedBy = trustChanges.reduce((sum, c) => sum + c.amount, 0);
  if (harms.some(([move]) => isRoadblock(move)) && helpedBy > 0) {
    trustChanges.push({
      meter: 'trust',
      amount: round(-0.5 * helpedBy),
      rule: 'cap.mixed-message',
      reason: `a roadblock in the same breath undid half of what helped ${name}`,
    });
    for (const change of opennessChanges) change.amount = round(change.amount * 0.5);
  }

  // Saying the same thing again adds little: a repeated line keeps only a quarter of its gain.
  const saying = [...new Set(stems)].sort().join(' ');
  const recentSayings = Array.isArray(context.recentSayings) ? context.recentSayings : [];
  let gained = trustChanges.reduce((sum, c) => sum + c.amount, 0);
  if (saying !== '' && recentSayings.includes(saying) && gained > 0) {
    const amount = round(-0.75 * gained);
    trustChanges.push({
      meter: 'trust',
      amount,
      rule: 'cap.repetition',
      reason: `you said much the same thing a moment ago, so it meant less to ${name} this time`,
    });
    for (const change of opennessChanges) change.amount = round(change.amount * 0.25);
    gained += amount;
  }
  if (gained > d.trustCapPerTurn) {
    trustChanges.push({
      meter: 'trust',
      amount: round(d.trustCapPerTurn - gained),
      rule: 'cap.per-turn',
      reason: `trust only grows so fast in one turn: rapport that comes too quickly makes ${name} suspicious`,
    });
  }

  for (const [move, h] of harms) {
    const interrogation = move === 'closed_question';
    const loss = Math.max(d.minLoss * Math.min(1, h), d.lossRate * h * trust0);
    const reason = interrogation
      ? `${INTERROGATION_RUN} closed questions in a row felt like an interrogation`
      : reasonFor(LOSS_REASONS[move as Roadblock], name, persona.pronouns);
    const rule = interrogation ? 'loss.interrogation' : `loss.${move}`;
    if (round(loss) === 0) continue;
    trustChanges.push({ meter: 'trust', amount: -round(loss), move, rule, reason });
    // Openness shuts faster than trust falls.
    const shut = Math.max(d.minLoss * Math.min(1, h), d.lossRate * 1.5 * h * openness0);
    if (round(shut) > 0)
      opennessChanges.push({ meter: 'openness', amount: -round(shut), move, rule, reason });
  }

  if (stems.some((s) => APOLOGY_STEMS.has(s))) repairStrength += APOLOGY_REPAIR;

  let trust = clamp(trust0 + trustChanges.reduce((sum, c) => sum + c.amount, 0));
  let openness = clamp(openness0 + opennessChanges.reduce((sum, c) => sum + c.amount, 0));

  // Trust drifts back toward the baseline a little every turn: rapport needs keeping up.
  const drift = round((context.baseline - trust) * d.decay);
  if (drift !== 0) {
    trustChanges.push({
      meter: 'trust',
      amount: drift,
      rule: 'decay.baseline',
      reason:
        drift < 0
          ? `trust drifts back toward ${name}’s baseline unless it is kept up`
          : `trust recovers a little toward ${name}’s baseline`,
    });
    trust = clamp(trust + drift);
  }

  let disclose: string | null = null;
  let deflect: string | null = null;
  if (!withdrawn) {
    const decision = decideDisclosure(persona, {
      moves,
      stems,
      disclosed: context.disclosed,
      trust,
      openness,
      helpedWithoutHarm: helpful && !harm,
      besideQuestion: evidenceStems(analysis, (move) => !ASKING_MOVES.has(move)),
    });
    ({ disclose, deflect } = decision);
    if (decision.pushed) harm = true;
    if (decision.cost) {
      trustChanges.push(decision.cost);
      trust = clamp(trust + decision.cost.amount);
    }
  }

  // A client still engaged withdraws before leaving: one turn cannot take trust under the
  // walk-out floor, so there is always a chance to repair.
  if (!withdrawn && trust < d.walkOutBelow) {
    const amount = round(d.walkOutBelow - trust);
    trustChanges.push({
      meter: 'trust',
      amount,
      rule: 'floor.withdraw-first',
      reason: `${name} withdraws rather than leaving outright; there is one chance to repair`,
    });
    trust = d.walkOutBelow;
  }

  // Openness cannot run far ahead of trust.
  const bound = Math.min(100, trust + d.opennessLead);
  if (openness > bound) {
    opennessChanges.push({
      meter: 'openness',
      amount: round(bound - openness),
      rule: 'bound.openness',
      reason: `${name} will not open up much further than ${possessive(persona.pronouns)} trust in you allows`,
    });
    openness = bound;
  }

  trust = round(trust);
  openness = round(clamp(openness));
  const harmsWhileWithdrawn =
    withdrawn && harm ? context.harmsWhileWithdrawn + 1 : context.harmsWhileWithdrawn;
  const repaired = withdrawn && !harm && repairStrength >= REPAIR_NEEDS;

  // Whether the client withdraws, walks out or ends is the machine's call (its guards read
  // this verdict); a disclosure is only kept when the client stays engaged.
  const verdict: Verdict = {
    changes: [...trustChanges, ...opennessChanges],
    dominant: dominantMove(analysis, moves),
    harm,
    severe,
    repaired,
    disclose,
    deflect,
  };
  return {
    trust,
    openness,
    turn: context.turn + 1,
    recentMoves: [...context.recentMoves, [...moves.keys()]].slice(-RECENT_TURNS),
    recentSayings: [...recentSayings, saying].slice(-RECENT_TURNS),
    harmsWhileWithdrawn: repaired ? 0 : harmsWhileWithdrawn,
    verdict,
  };
}

/** Content stems of the evidence of the moves that pass `keep`. */
function evidenceStems(analysis: Analysis, keep: (move: Move) => boolean): string[] {
  const details = Array.isArray(analysis?.details) ? analysis.details : [];
  return details
    .filter((x) => x && isMove(x.move) && keep(x.move) && Array.isArray(x.evidence))
    .flatMap((x) => x.evidence.filter((e) => typeof e === 'string').flatMap((e) => contentStems(e)));
}

function analysisHas(analysis: Analysis, move: Move): boolean {
  return Array.isArray(analysis?.details) && analysis.details.some((x) => x?.move === move);
}

/** The trainee's strongest move: the scorer lists moves strongest first. */
function dominantMove(analysis: Analysis, moves: Map<Move, number>): Move | null {
  const listed = Array.isArray(analysis?.moves) ? analysis.moves.find((m) => moves.has(m)) : undefined;
  if (listed) return listed;
  let best: Move | null = null;
  let strength = 0;
  for (const [move, s] of moves) {
    if (s > strength) {
      best = move;
      strength = s;
    }
  }
  return best;
}
