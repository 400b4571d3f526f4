import type { Analysis } from '../../../contract/analysis.js';
import type { Move } from '../../../contract/moves.js';
import type { ClientTurn, MeterChange, Phase } from '../../../contract/session.js';
import type { DebriefInput, DebriefTurn } from '../../../engine/debrief/buildDebrief.js';

export const OPENING: ClientTurn = {
  turn: 0,
  text: 'Hello.',
  state: 'guarded',
  meters: { trust: 20, openness: 10 },
};

export interface TurnSpec {
  said?: string;
  moves?: Move[];
  trust: number;
  openness?: number;
  state?: Phase;
  changes?: MeterChange[];
  summary?: string;
  disclosure?: { id: string; title: string };
  ended?: ClientTurn['ended'];
}

function analysis(moves: Move[]): Analysis {
  return {
    moves,
    details: moves.map((move) => ({ move, strength: 1, evidence: [], rule: `test.${move}`, reason: move })),
    stems: [],
    sentiment: 0,
    wordCount: 5,
  };
}

/** Turns numbered from 1, each with the client's meters after it. */
export function turns(...specs: TurnSpec[]): DebriefTurn[] {
  return specs.map((s, i) => ({
    turn: i + 1,
    said: s.said ?? `line ${i + 1}`,
    analysis: analysis(s.moves ?? []),
    reply: {
      turn: i + 1,
      text: 'Mm.',
      state: s.state ?? 'guarded',
      meters: { trust: s.trust, openness: s.openness ?? 10 },
      feedback: { moves: [], changes: s.changes ?? [], summary: s.summary ?? '' },
      ...(s.disclosure ? { disclosure: s.disclosure } : {}),
      ...(s.ended ? { ended: s.ended } : {}),
    },
  }));
}

export function input(t: DebriefTurn[], over: Partial<DebriefInput> = {}): DebriefInput {
  return {
    personaId: 'maya',
    outcome: 'trainee',
    opening: OPENING,
    turns: t,
    disclosureTotal: 4,
    startedAt: 1_000_000,
    endedAt: 1_300_000,
    ...over,
  };
}

export const change = (meter: MeterChange['meter'], amount: number, reason: string): MeterChange => ({
  meter,
  amount,
  rule: `test.${reason}`,
  reason,
});
