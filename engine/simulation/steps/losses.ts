import type { Roadblock } from '../../../contract/moves.js';
import type { MeterChange } from '../../../contract/session.js';
import {
  APOLOGY_REACH,
  APOLOGY_REPAIR,
  ASKING_MOVES,
  LOSS_REASONS,
  REFLECTIVE_MOVES,
  reasonFor,
} from '../rules.js';
import { isClosedRun } from './gains.js';
import { clamp, round, type Step, type TurnInput, total } from './turn.js';

/** Whether the turn only asked: every move it made is a question. */
function isQuestionOnly(turn: TurnInput): boolean {
  const moves = [...turn.moves.keys()];
  return moves.length > 0 && moves.every((m) => ASKING_MOVES.has(m));
}

/**
 * Losses: each roadblock costs trust in proportion to the level (at least `minLoss`), and
 * openness shuts faster (`loss.<roadblock>`). Getting the facts wrong costs a little
 * (`loss.wrong-fact`) but is not a rupture. A third closed question in a row makes the client
 * terser (`loss.interrogation`, openness only): polite questions are not harm, and never make a
 * client leave. The meters are settled here: gains, caps and losses summed and kept within 0–100.
 */
export const losses: Step = {
  name: 'losses',
  rules: ['loss.<roadblock>', 'loss.wrong-fact', 'loss.interrogation'],
  apply(turn, draft) {
    const { persona, context, heard } = turn;
    const d = persona.dynamics;
    const name = persona.name;
    const trust0 = context.trust;
    const openness0 = context.openness;
    const trustChanges = [...draft.trustChanges];
    const opennessChanges = [...draft.opennessChanges];
    let lost = 0;

    for (const [move, h] of draft.harms) {
      const loss = Math.max(d.minLoss * Math.min(1, h), d.lossRate * h * trust0);
      if (round(loss) === 0) continue;
      const rule = `loss.${move}`;
      const reason = reasonFor(LOSS_REASONS[move as Roadblock], name, persona.pronouns);
      trustChanges.push({ meter: 'trust', amount: -round(loss), move, rule, reason });
      lost += round(loss);
      const shut = Math.max(d.minLoss * Math.min(1, h), d.lossRate * 1.5 * h * openness0);
      if (round(shut) > 0)
        opennessChanges.push({ meter: 'openness', amount: -round(shut), move, rule, reason });
    }

    // A plain question is not a claim: "Did she die?" is answered, put right, and costs nothing.
    const claims = [...turn.moves.keys()].some((m) => REFLECTIVE_MOVES.has(m)) || !isQuestionOnly(turn);
    if (heard.accuracy === 'wrong-fact' && claims) {
      const amount = round(Math.max(d.minLoss, 0.05 * trust0));
      trustChanges.push({
        meter: 'trust',
        amount: -amount,
        rule: 'loss.wrong-fact',
        reason: `you said something that is not so, and ${name} had to put you right`,
      });
    }

    if (isClosedRun(turn)) {
      const amount = round(Math.max(d.minLoss * 0.5, 0.05 * openness0));
      opennessChanges.push({
        meter: 'openness',
        amount: -amount,
        move: 'closed_question',
        rule: 'loss.interrogation',
        reason: `question after yes/no question, ${name} answers shorter and says less`,
      });
    }

    return {
      ...draft,
      trustChanges,
      opennessChanges,
      lost,
      trust: clamp(trust0 + total(trustChanges)),
      openness: clamp(openness0 + total(opennessChanges)),
    };
  },
};

/**
 * Apology: owning a misstep repairs the harm it owns and no more. Within a few turns of a
 * roadblock (or while still withdrawn after one), and with no new one, it gives back up to the trust that roadblock cost
 * (`gain.apology`) and counts toward leaving withdrawal; with nothing to repair it earns nothing
 * (`cap.apology-unneeded`).
 */
export const apology: Step = {
  name: 'apology',
  rules: ['gain.apology', 'cap.apology-unneeded'],
  apply(turn, draft) {
    const { persona, context, heard } = turn;
    if (!heard.apology || draft.harm) return draft;
    const name = persona.name;
    // While withdrawn the harm that caused it is still owed, however long ago it was.
    const owed =
      context.unrepaired > 0 &&
      (turn.withdrawn || context.turn + 1 - context.unrepairedTurn <= APOLOGY_REACH);
    if (!owed) {
      const change: MeterChange = {
        meter: 'trust',
        amount: 0,
        rule: 'cap.apology-unneeded',
        reason: `there was nothing for ${name} to forgive, so the apology changed nothing`,
      };
      return { ...draft, trustChanges: [...draft.trustChanges, change] };
    }
    const d = persona.dynamics;
    const headroom = (100 - draft.trust) / 100;
    const amount = round(Math.min(context.unrepaired, d.gainRate * 0.8 * headroom + d.minLoss));
    const change: MeterChange = {
      meter: 'trust',
      amount,
      rule: 'gain.apology',
      reason: `you owned the misstep, which repairs some of what it cost with ${name}`,
    };
    return {
      ...draft,
      trustChanges: [...draft.trustChanges, change],
      trust: clamp(draft.trust + amount),
      repair: draft.repair + APOLOGY_REPAIR,
      helpful: true,
      apologised: true,
    };
  },
};
