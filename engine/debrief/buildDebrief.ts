import type { Analysis } from '../../contract/analysis.js';
import { isRoadblock, type Move } from '../../contract/moves.js';
import type {
  Band,
  ClientTurn,
  Debrief,
  EndReason,
  KeyMoment,
  MitiSummary,
  RoadblockAlternative,
  TimelinePoint,
} from '../../contract/session.js';
import { ALTERNATIVES } from './alternatives.js';
import { reviewListening, reviewRisk } from './review.js';

/** One trainee line and the client's answer to it. */
export interface DebriefTurn {
  turn: number;
  said: string;
  analysis: Analysis;
  reply: ClientTurn;
}

export interface DebriefInput {
  personaId: string;
  outcome: EndReason;
  opening: ClientTurn;
  turns: readonly DebriefTurn[];
  disclosureTotal: number;
  /** The persona's disclosure ids, shallowest first, so the debrief can say how deep the trainee got. */
  disclosureOrder?: readonly string[];
  startedAt: number;
  endedAt: number;
}

/** The tier (1 = shallowest) of the deepest disclosure reached; 0 when none was. */
function deepestTier(reachedIds: ReadonlySet<string>, order: readonly string[] | undefined): number {
  if (!order) return reachedIds.size;
  return order.reduce((deepest, id, i) => (reachedIds.has(id) ? i + 1 : deepest), 0);
}

/** MITI-style bands (DESIGN.md): R:Q fair ≥ 1, good ≥ 2; % open fair ≥ 50, good ≥ 70; % complex fair ≥ 40, good ≥ 50. */
function band(value: number | null, fair: number, good: number): Band | null {
  if (value === null) return null;
  if (value >= good) return 'good';
  return value >= fair ? 'fair' : 'below';
}

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/** Counts reflections, questions and roadblocks and places them against the MITI-style bands. */
export function mitiSummary(moveCounts: Partial<Record<Move, number>>): MitiSummary {
  const c = (m: Move) => moveCounts[m] ?? 0;
  const questions = c('open_question') + c('closed_question');
  const reflections = c('simple_reflection') + c('complex_reflection');
  const roadblocks = (Object.keys(moveCounts) as Move[]).filter(isRoadblock).reduce((n, m) => n + c(m), 0);
  const reflectionToQuestion = questions === 0 ? null : round(reflections / questions);
  const percentOpen = questions === 0 ? null : Math.round((100 * c('open_question')) / questions);
  const percentComplex = reflections === 0 ? null : Math.round((100 * c('complex_reflection')) / reflections);
  return {
    reflections,
    questions,
    reflectionToQuestion,
    percentOpen,
    percentComplex,
    roadblocks,
    bands: {
      // With reflections but no questions the ratio is unbounded: that is the good end.
      reflectionToQuestion:
        questions === 0 ? (reflections > 0 ? 'good' : null) : band(reflectionToQuestion, 1, 2),
      percentOpen: band(percentOpen, 50, 70),
      percentComplex: band(percentComplex, 40, 50),
      roadblocks: roadblocks === 0 ? 'good' : 'below',
    },
  };
}

/**
 * Why trust moved this turn, in the engine's own words: the largest change pulling the same way
 * as the net movement (a rise is explained by its biggest gain, not by the decay beside it).
 */
function trustReason(t: DebriefTurn, net: number): string {
  const fallback = t.reply.feedback?.summary || 'no change';
  if (net === 0) return fallback;
  const sameWay = (t.reply.feedback?.changes ?? []).filter(
    (c) => c.meter === 'trust' && Math.sign(c.amount) === Math.sign(net),
  );
  if (sameWay.length === 0) return fallback;
  return sameWay.reduce((a, b) => (Math.abs(b.amount) > Math.abs(a.amount) ? b : a)).reason;
}

/** How much each kind of moment matters when only a few can be shown. */
const WEIGHT = { disclosure: 100, walkout: 95, rupture: 90, repair: 80 } as const;

/** The debrief shows at most this many key moments, in turn order. */
export const MAX_KEY_MOMENTS = 6;

/** Builds the debrief of a finished session from its turns. Pure: same turns, same debrief. */
export function buildDebrief(input: DebriefInput): Debrief {
  const { turns, opening } = input;
  const timeline: TimelinePoint[] = [
    { turn: 0, trust: opening.meters.trust, openness: opening.meters.openness, state: opening.state },
    ...turns.map((t) => ({
      turn: t.turn,
      trust: t.reply.meters.trust,
      openness: t.reply.meters.openness,
      state: t.reply.state,
    })),
  ];

  const moveCounts: Partial<Record<Move, number>> = {};
  for (const t of turns) for (const m of t.analysis.moves) moveCounts[m] = (moveCounts[m] ?? 0) + 1;

  // A disclosure reached twice (a repeated topic) counts once, at its first turn.
  const seen = new Set<string>();
  const reached: string[] = [];
  const moments: (KeyMoment & { weight: number })[] = [];
  let prevTrust = opening.meters.trust;
  let prevState = opening.state;
  for (const t of turns) {
    const change = round(t.reply.meters.trust - prevTrust, 1);
    const base = { turn: t.turn, said: t.said, trustChange: change, reason: trustReason(t, change) };
    const d = t.reply.disclosure;
    if (d && !seen.has(d.id)) {
      seen.add(d.id);
      reached.push(d.title);
      moments.push({
        ...base,
        kind: 'disclosure',
        reason: `the client disclosed: ${d.title}`,
        weight: WEIGHT.disclosure,
      });
    } else if (t.reply.ended === 'walkout') {
      moments.push({
        ...base,
        kind: 'rupture',
        reason: `the client walked out: ${base.reason}`,
        weight: WEIGHT.walkout,
      });
    } else if (t.reply.state === 'withdrawn' && prevState !== 'withdrawn') {
      moments.push({ ...base, kind: 'rupture', weight: WEIGHT.rupture });
    } else if (prevState === 'withdrawn' && t.reply.state !== 'withdrawn' && t.reply.state !== 'ended') {
      moments.push({ ...base, kind: 'repair', weight: WEIGHT.repair });
    } else if (Math.abs(change) >= 1) {
      moments.push({ ...base, kind: change > 0 ? 'rise' : 'fall', weight: Math.abs(change) });
    }
    prevTrust = t.reply.meters.trust;
    prevState = t.reply.state;
  }
  const keyMoments = moments
    .sort((a, b) => b.weight - a.weight || a.turn - b.turn)
    .slice(0, MAX_KEY_MOMENTS)
    .sort((a, b) => a.turn - b.turn)
    .map(({ weight: _w, ...m }) => m);

  const alternatives: RoadblockAlternative[] = [];
  for (const t of turns) {
    for (const m of t.analysis.moves) {
      if (!isRoadblock(m)) continue;
      alternatives.push({ turn: t.turn, move: m, said: t.said, ...ALTERNATIVES[m] });
    }
  }

  const last = turns.at(-1)?.reply ?? opening;
  return {
    outcome: input.outcome,
    personaId: input.personaId,
    turns: turns.length,
    durationMs: Math.max(0, input.endedAt - input.startedAt),
    finalMeters: last.meters,
    finalState: 'ended',
    timeline,
    moveCounts,
    disclosures: { reached, total: input.disclosureTotal, deepest: deepestTier(seen, input.disclosureOrder) },
    summary: mitiSummary(moveCounts),
    keyMoments,
    alternatives,
    risk: reviewRisk(turns),
    listening: reviewListening(turns),
  };
}
