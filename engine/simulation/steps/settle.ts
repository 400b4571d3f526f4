import type { MeterChange } from '../../../contract/session.js';
import { REFUSAL_TURNS } from '../context.js';
import { decideDisclosure } from '../disclosure.js';
import { quickContentStems } from '../topics.js';
import { ASKING_MOVES, possessive } from '../rules.js';
import { clamp, round, type Step } from './turn.js';

/** Decay: trust drifts back toward the baseline a little every turn; rapport needs keeping up. */
export const decay: Step = {
  name: 'decay',
  rules: ['decay.baseline'],
  apply(turn, draft) {
    const { persona, context } = turn;
    const drift = round((context.baseline - draft.trust) * persona.dynamics.decay);
    if (drift === 0) return draft;
    const change: MeterChange = {
      meter: 'trust',
      amount: drift,
      rule: 'decay.baseline',
      reason:
        drift < 0
          ? `trust drifts back toward ${persona.name}’s baseline unless it is kept up`
          : `trust recovers a little toward ${persona.name}’s baseline`,
    };
    return { ...draft, trustChanges: [...draft.trustChanges, change], trust: clamp(draft.trust + drift) };
  },
};

/**
 * Disclosure: a question on a topic the client is ready for gets it; one it is not ready for (or
 * refused a moment ago) gets a deflection at a cost (`loss.not-ready`); after a turn that helped,
 * fitted and did no harm, a ready client may volunteer what comes next. A withdrawn client shares
 * nothing; a question about risk is answered as such, never as a topic; words that cannot be
 * understood touch nothing.
 */
export const disclosure: Step = {
  name: 'disclosure',
  rules: ['loss.not-ready'],
  apply(turn, draft) {
    const { persona, context, heard, analysis } = turn;
    if (turn.withdrawn || heard.risk || heard.unclear) return draft;
    const refused = context.refused
      .filter((r) => context.turn + 1 - r.turn <= REFUSAL_TURNS)
      .map((r) => r.id);
    const details = Array.isArray(analysis?.details) ? analysis.details : [];
    const decision = decideDisclosure(persona, {
      moves: turn.moves,
      stems: turn.stems,
      keys: heard.keys,
      refused,
      subject: heard.subject,
      disclosed: context.disclosed,
      trust: draft.trust,
      openness: draft.openness,
      // A reflection the client had to correct, or a line said a third time, invites nothing.
      helpedWithoutHarm:
        draft.helpful &&
        !draft.harm &&
        heard.accuracy !== 'misread' &&
        heard.accuracy !== 'wrong-fact' &&
        heard.repeats < 2,
      besideQuestion: details
        .filter((x) => x && !ASKING_MOVES.has(x.move) && Array.isArray(x.evidence))
        .flatMap((x) => x.evidence.filter((e) => typeof e === 'string').flatMap((e) => quickContentStems(e))),
    });
    const next = { ...draft, disclose: decision.disclose, deflect: decision.deflect };
    if (decision.pushed) next.harm = true;
    if (decision.cost) {
      next.trustChanges = [...draft.trustChanges, decision.cost];
      next.trust = clamp(draft.trust + decision.cost.amount);
    }
    return next;
  },
};

/**
 * Floors: a client still engaged withdraws before leaving, so one turn cannot take trust under
 * the walk-out floor (`floor.withdraw-first`); openness cannot run far ahead of trust
 * (`bound.openness`).
 */
export const floors: Step = {
  name: 'floors',
  rules: ['floor.withdraw-first', 'bound.openness'],
  apply(turn, draft) {
    const { persona } = turn;
    const d = persona.dynamics;
    let { trust, openness } = draft;
    const trustChanges = [...draft.trustChanges];
    const opennessChanges = [...draft.opennessChanges];
    if (!turn.withdrawn && trust < d.walkOutBelow) {
      trustChanges.push({
        meter: 'trust',
        amount: round(d.walkOutBelow - trust),
        rule: 'floor.withdraw-first',
        reason: `${persona.name} withdraws rather than leaving outright; there is one chance to repair`,
      });
      trust = d.walkOutBelow;
    }
    const bound = Math.min(100, trust + d.opennessLead);
    if (openness > bound) {
      opennessChanges.push({
        meter: 'openness',
        amount: round(bound - openness),
        rule: 'bound.openness',
        reason: `${persona.name} will not open up much further than ${possessive(persona.pronouns)} trust in you allows`,
      });
      openness = bound;
    }
    return { ...draft, trustChanges, opennessChanges, trust: round(trust), openness: round(clamp(openness)) };
  },
};
