import { type HelpfulMove, isRoadblock, type Move, type Roadblock } from '../../../contract/moves.js';
import type { MeterChange } from '../../../contract/session.js';
import {
  GAIN_REASONS,
  HARM_WEIGHTS,
  INTERROGATION_RUN,
  OPENNESS_WEIGHTS,
  REFLECTIVE_MOVES,
  REPAIR_MOVES,
  reasonFor,
  SPOILS_QUESTIONS,
  TRUST_WEIGHTS,
} from '../rules.js';
import { RECENT_TURNS } from '../context.js';
import { round, type Step, type TurnDraft, type TurnInput } from './turn.js';

/** Whether this closed question is the third in a row (a risk question is never part of a run). */
export function isClosedRun(turn: TurnInput): boolean {
  if (!turn.moves.has('closed_question') || turn.moves.has('risk_question')) return false;
  const before = turn.context.recentMoves.slice(-(INTERROGATION_RUN - 1));
  return (
    before.length === INTERROGATION_RUN - 1 && before.every((moves) => moves.includes('closed_question'))
  );
}

/** A change that earned nothing, with why. */
function nothing(move: Move, rule: string, reason: string): MeterChange {
  return { meter: 'trust', amount: 0, move, rule, reason };
}

/**
 * Gains: each helpful move earns trust and openness in proportion to headroom, weighted by move
 * and persona sensitivity. What earns nothing says why: a question spoiled by a roadblock
 * (`cap.probing-question`, `cap.hostile-question`), the third closed question in a row
 * (`cap.interrogation`), a risk question asked again within a few turns (`cap.risk-again`: asking
 * once is good practice, asking over and over is not a way to buy trust), praise while still guarded (`cap.too-fast`), a reflection of a feeling
 * the client does not have (`cap.misread`) or of something that is not so (`cap.wrong-fact`).
 * Roadblocks are collected here for the losses step.
 */
export const gains: Step = {
  name: 'gains',
  rules: [
    'gain.<move>',
    'gain.named-cue',
    'cap.probing-question',
    'cap.hostile-question',
    'cap.interrogation',
    'cap.risk-again',
    'cap.too-fast',
    'cap.misread',
    'cap.wrong-fact',
  ],
  apply(turn, draft): TurnDraft {
    const { persona, context, moves, heard } = turn;
    const d = persona.dynamics;
    const name = persona.name;
    const sensitivity = (move: Move) => persona.sensitivities[move] ?? 1;
    const suspicious = context.trust < d.thresholds.tentative;
    const closedRun = isClosedRun(turn);
    const riskAgain =
      moves.has('risk_question') && context.recentMoves.some((m) => m.includes('risk_question'));
    const spoiler = [...moves.keys()].find((m) => SPOILS_QUESTIONS.has(m));
    const trustChanges = [...draft.trustChanges];
    const opennessChanges = [...draft.opennessChanges];
    const harms = [...draft.harms];
    let { harm, severe, helpful, repair } = draft;

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
      if ((move === 'open_question' || move === 'closed_question') && spoiler) {
        const pushing = spoiler === 'probing';
        trustChanges.push(
          nothing(
            move,
            pushing ? 'cap.probing-question' : 'cap.hostile-question',
            pushing
              ? `a question that pushes for details does not invite ${name} to speak, so it earned nothing`
              : `a question wrapped in ${spoiler === 'hostility' ? 'hostility' : 'a judgement'} does not invite ${name} to speak, so it earned nothing`,
          ),
        );
        continue;
      }
      if (move === 'closed_question' && closedRun) {
        trustChanges.push(
          nothing(
            move,
            'cap.interrogation',
            `${INTERROGATION_RUN} closed questions in a row feel like a checklist: ${name} answers, but it earns nothing`,
          ),
        );
        continue;
      }
      // The question that carries a repeated risk question earns nothing either.
      if (riskAgain && (move === 'risk_question' || move === 'closed_question' || move === 'open_question')) {
        trustChanges.push(
          nothing(
            move,
            'cap.risk-again',
            `you asked about risk again within ${RECENT_TURNS} turns: ${name} answers, and it costs nothing, but it earns nothing either`,
          ),
        );
        continue;
      }
      if (REFLECTIVE_MOVES.has(move) && heard.accuracy === 'misread') {
        trustChanges.push(
          nothing(
            move,
            'cap.misread',
            `${name} does not feel what you named, so the reflection missed and earned nothing`,
          ),
        );
        continue;
      }
      if (REFLECTIVE_MOVES.has(move) && heard.accuracy === 'wrong-fact') {
        trustChanges.push(
          nothing(move, 'cap.wrong-fact', `you got the facts wrong, so the reflection earned nothing`),
        );
        continue;
      }
      if (suspicious && d.tooFastMoves.includes(move)) {
        trustChanges.push(
          nothing(
            move,
            'cap.too-fast',
            `${name} is still guarded: this soon it feels like flattery or over-familiarity, so it bought no trust`,
          ),
        );
        continue;
      }
      helpful = true;
      if (REPAIR_MOVES.has(move)) repair += strength;
      const named = move === 'noticing_nonverbal' && !turn.analysis.details?.some((x) => x?.move === move);
      const rule = named ? 'gain.named-cue' : `gain.${move}`;
      const gain =
        d.gainRate *
        TRUST_WEIGHTS[helpfulMove] *
        strength *
        sensitivity(move) *
        ((100 - context.trust) / 100);
      const open =
        d.opennessRate *
        OPENNESS_WEIGHTS[helpfulMove] *
        strength *
        sensitivity(move) *
        ((100 - context.openness) / 100);
      const reason = reasonFor(GAIN_REASONS[helpfulMove], name, persona.pronouns);
      if (round(gain) > 0) trustChanges.push({ meter: 'trust', amount: round(gain), move, rule, reason });
      if (round(open) > 0)
        opennessChanges.push({ meter: 'openness', amount: round(open), move, rule, reason });
    }
    return { ...draft, trustChanges, opennessChanges, harms, harm, severe, helpful, repair };
  },
};
