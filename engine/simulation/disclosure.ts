import type { Move } from '../../contract/moves.js';
import type { MeterChange } from '../../contract/session.js';
import type { Persona } from '../persona/schema.js';
import { ASKING_MOVES } from './rules.js';
import { isReady, subjectStems, topicMatchLength, touchesTopic } from './topics.js';

/** What the client does with its staged disclosures this turn. */
export interface DisclosureDecision {
  /** Disclosure reached this turn. */
  disclose: string | null;
  /** Disclosure asked about too soon (the client deflects). */
  deflect: string | null;
  /** The trust cost of asking too soon, if any. */
  cost: MeterChange | null;
  /** The trainee pushed (probing) on a topic the client was not ready for: this counts as harm. */
  pushed: boolean;
}

export interface DisclosureTurn {
  moves: ReadonlyMap<Move, number>;
  /** Content stems (for telling an open invitation from a question about something). */
  stems: readonly string[];
  /** The words as the client hears them, in order (hearing.ts), for matching topic phrases. */
  keys: readonly string[];
  /** Disclosures refused in the last few turns: asked again, still refused; never volunteered. */
  refused?: readonly string[];
  /** The everyday subject a question asked about, if any: then it is not an open invitation. */
  subject?: string | null;
  disclosed: readonly string[];
  /** Meters after this turn's gains and losses. */
  trust: number;
  openness: number;
  /** The turn helped and did no harm, so a ready client may volunteer what comes next. */
  helpedWithoutHarm: boolean;
  /**
   * Stems of the words that made the turn's other moves (a reflection's or empathy's evidence),
   * so "That sounds lonely. What is that like?" is not read as a question about loneliness.
   */
  besideQuestion?: readonly string[];
}

const round = (n: number) => Math.round(n * 100) / 100 || 0;

/**
 * Staged disclosure. A question touching a disclosure's topic gets it when the client is ready
 * (prerequisites shared, trust and openness at its minimums) and a deflection when not, at a
 * trust cost that grows with how far from ready the client is, is larger for pushing than for
 * asking, halves when the trainee asks permission, and is scaled by the persona's sensitivity
 * to probing. A question on a subject no pending disclosure is about ("How much do you drink?")
 * gets an answer from the reply pools. After a turn that helped and did no harm, with no
 * question on a subject (a reflection, empathy, space, or an open invitation such as "What's on
 * your mind?"), a ready client volunteers the next disclosure. A disclosure refused in the last
 * few turns is neither given when asked again nor volunteered.
 */
export function decideDisclosure(persona: Persona, turn: DisclosureTurn): DisclosureDecision {
  const none: DisclosureDecision = { disclose: null, deflect: null, cost: null, pushed: false };
  const { moves, stems, keys, disclosed, trust, openness } = turn;
  const refused = new Set(turn.refused ?? []);
  const asked = [...moves.keys()].some((m) => ASKING_MOVES.has(m));
  const pending = persona.disclosures.filter((x) => !disclosed.includes(x.id));
  // A client who has just said no does not say yes on the next turn because trust ticked up.
  const ready = (x: Persona['disclosures'][number]) =>
    !refused.has(x.id) && isReady(x, disclosed, trust, openness);
  // Most about first: the disclosure whose topic the question says in the most words (then the
  // shallowest).
  const touched = asked
    ? pending
        .map((x) => ({ x, weight: topicMatchLength(persona, x, keys) }))
        .filter((t) => t.weight > 0)
        .sort((a, b) => b.weight - a.weight)
        .map((t) => t.x)
    : [];

  const askedReady = touched.find(ready);
  if (askedReady) return { ...none, disclose: askedReady.id };

  const first = touched[0];
  if (first) {
    const depth = Math.min(2, Math.max(0.2, (first.minTrust - trust) / 25, refused.has(first.id) ? 0.4 : 0));
    const pushed = moves.has('probing');
    const manner = pushed ? 1 : moves.has('closed_question') ? 0.6 : 0.4;
    const permission = moves.has('giving_space') ? 0.5 : 1;
    const amount = round(
      persona.dynamics.probeCost * (persona.sensitivities.probing ?? 1) * depth * manner * permission,
    );
    const cost: MeterChange | null =
      amount > 0
        ? {
            meter: 'trust',
            amount: -amount,
            move: pushed ? 'probing' : [...moves.keys()].find((m) => ASKING_MOVES.has(m)),
            rule: 'loss.not-ready',
            reason: pushed
              ? `${persona.name} was not ready to talk about that yet, and being pushed on it hurt`
              : `${persona.name} was not ready to talk about that yet`,
          }
        : null;
    return { disclose: null, deflect: first.id, cost, pushed: pushed && cost !== null };
  }

  // A question about something already shared, or about anything else with a subject of its
  // own, gets an answer, not a change of subject to what the client was ready to volunteer.
  const askedAboutShared = asked && persona.disclosures.some((x) => touchesTopic(persona, x, keys));
  const askedAboutSomething =
    asked && (Boolean(turn.subject) || subjectStems(stems, turn.besideQuestion).length > 0);
  if (turn.helpedWithoutHarm && !askedAboutShared && !askedAboutSomething) {
    const volunteered = pending.find((x) => x.volunteer && ready(x));
    if (volunteered) return { ...none, disclose: volunteered.id };
  }
  return none;
}
