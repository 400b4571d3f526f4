import { isRoadblock } from '../../../contract/moves.js';
import { round, type Step, total } from './turn.js';

/** Mixed message: a roadblock in the same breath undoes half of what helped (losses outweigh gains). */
export const mixedMessage: Step = {
  name: 'mixed message',
  rules: ['cap.mixed-message'],
  apply(turn, draft) {
    const helped = total(draft.trustChanges);
    if (!draft.harms.some(([move]) => isRoadblock(move)) || helped <= 0) return draft;
    return {
      ...draft,
      trustChanges: [
        ...draft.trustChanges,
        {
          meter: 'trust',
          amount: round(-0.5 * helped),
          rule: 'cap.mixed-message',
          reason: `a roadblock in the same breath undid half of what helped ${turn.persona.name}`,
        },
      ],
      opennessChanges: draft.opennessChanges.map((c) => ({ ...c, amount: round(c.amount * 0.5) })),
    };
  },
};

/**
 * Repetition: saying the same thing again means less. The second time keeps a quarter of its
 * gain (`cap.repetition`); from the third time nothing it says earns, and the client notices
 * (`cap.repeated-again`).
 */
export const repetition: Step = {
  name: 'repetition',
  rules: ['cap.repetition', 'cap.repeated-again'],
  apply(turn, draft) {
    const repeats = turn.heard.repeats;
    if (repeats === 0) return draft;
    const name = turn.persona.name;
    if (repeats >= 2) {
      return {
        ...draft,
        helpful: false,
        trustChanges: draft.trustChanges.map((c) =>
          c.amount > 0
            ? {
                ...c,
                amount: 0,
                rule: 'cap.repeated-again',
                reason: `that is the third time you have said much the same thing, so it meant nothing more to ${name}`,
              }
            : c,
        ),
        opennessChanges: draft.opennessChanges.filter((c) => c.amount <= 0),
      };
    }
    const gained = total(draft.trustChanges);
    if (gained <= 0) return draft;
    return {
      ...draft,
      trustChanges: [
        ...draft.trustChanges,
        {
          meter: 'trust',
          amount: round(-0.75 * gained),
          rule: 'cap.repetition',
          reason: `you said much the same thing a moment ago, so it meant less to ${name} this time`,
        },
      ],
      opennessChanges: draft.opennessChanges.map((c) => ({ ...c, amount: round(c.amount * 0.25) })),
    };
  },
};

/** Per-turn cap: trust only grows so fast in one turn; rapport that comes too quickly is suspect. */
export const perTurnCap: Step = {
  name: 'per-turn cap',
  rules: ['cap.per-turn'],
  apply(turn, draft) {
    const cap = turn.persona.dynamics.trustCapPerTurn;
    const gained = total(draft.trustChanges);
    if (gained <= cap) return draft;
    return {
      ...draft,
      trustChanges: [
        ...draft.trustChanges,
        {
          meter: 'trust',
          amount: round(cap - gained),
          rule: 'cap.per-turn',
          reason: `trust only grows so fast in one turn: rapport that comes too quickly makes ${turn.persona.name} suspicious`,
        },
      ],
    };
  },
};
