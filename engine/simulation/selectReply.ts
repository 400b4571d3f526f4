import { isRoadblock, type Move } from '../../contract/moves.js';
import type { EndReason, Phase } from '../../contract/session.js';
import type { Persona, ReplyGroup, ReplyKey, SpeakingPhase } from '../persona/schema.js';
import type { ClientContext } from './context.js';
import type { ReplyRecord } from './clientMachine.js';
import { nextRandom } from './rng.js';

/** The reply chosen for one client turn. */
export interface SelectedReply {
  text: string;
  cue: string | null;
  /** Set when the line is a staged disclosure. */
  disclosure: { id: string; title: string } | null;
  /** Where the line came from, e.g. `replies.open.empathy` or `disclosure.the-crash`. */
  source: string;
  /** To send to the machine as `client.replied`. */
  record: ReplyRecord;
}

/** The group a move's reply pool falls back to before `default`. */
function groupOf(move: Move): ReplyGroup | null {
  if (isRoadblock(move)) return 'roadblock';
  switch (move) {
    case 'simple_reflection':
    case 'complex_reflection':
    case 'summary':
      return 'reflection';
    case 'open_question':
    case 'closed_question':
      return 'question';
    case 'empathy':
    case 'validation':
    case 'affirmation':
    case 'giving_space':
    case 'noticing_nonverbal':
      return 'support';
    default:
      return null;
  }
}

/**
 * Picks a line from a pool without repeating any until the whole pool has been used: unused
 * lines are drawn from uniformly with the seeded generator; once none are left, the pool starts
 * over (but never with the line just said, when there is a choice).
 */
function draw(
  pool: readonly string[],
  prefix: string,
  used: readonly string[],
  rng: number,
  avoid: string | null,
): { id: string; text: string; rng: number; exhausted: boolean } {
  const ids = pool.map((_, i) => `${prefix}.${i}`);
  let fresh = ids.map((id, i) => [id, i] as const).filter(([id]) => !used.includes(id));
  const exhausted = fresh.length === 0;
  if (exhausted) {
    fresh = ids.map((id, i) => [id, i] as const);
    if (fresh.length > 1) fresh = fresh.filter(([id]) => id !== avoid);
  }
  const r = nextRandom(rng);
  const [id, index] = fresh[Math.min(fresh.length - 1, Math.floor(r.value * fresh.length))]!;
  return { id, text: pool[index]!, rng: r.state, exhausted };
}

/** The used-ids list after drawing: an exhausted pool's ids are cleared before the new id is added. */
function markUsed(used: readonly string[], prefix: string, id: string, exhausted: boolean): string[] {
  const kept = exhausted ? used.filter((u) => !u.startsWith(`${prefix}.`)) : [...used];
  return [...kept, id];
}

/**
 * Chooses the client's line for the phase the machine is now in, pure and seeded: the ending
 * line once ended, a disclosure when one was reached, a deflection when asked too soon, a repair
 * line after a repair, otherwise a line from the phase's pool for the trainee's dominant move.
 * A non-verbal cue for the phase comes with it by the persona's `cueChance`.
 */
export function selectReply(
  persona: Persona,
  context: ClientContext,
  phase: Phase,
  opening = false,
): SelectedReply {
  let used = context.used;
  let rng = context.rng;
  const lastLineId = used.at(-1) ?? null;
  const v = context.verdict;
  let pool: readonly string[];
  let prefix: string;
  let disclosure: SelectedReply['disclosure'] = null;
  let fixed: { text: string; cue: string | null } | null = null;

  const disclosed = v.disclose ? persona.disclosures.find((x) => x.id === v.disclose) : undefined;
  if (phase === 'ended') {
    const reason: EndReason = context.ended ?? 'trainee';
    pool = persona.endings[reason];
    prefix = `endings.${reason}`;
  } else if (opening) {
    pool = persona.opening;
    prefix = 'opening';
  } else if (disclosed) {
    fixed = { text: disclosed.text, cue: disclosed.cue ?? null };
    disclosure = { id: disclosed.id, title: disclosed.title };
    pool = [disclosed.text];
    prefix = `disclosure.${disclosed.id}`;
  } else if (v.deflect && phase !== 'withdrawn') {
    pool = persona.deflections;
    prefix = 'deflections';
  } else if (v.repaired && phase !== 'withdrawn') {
    pool = persona.repairs;
    prefix = 'repairs';
  } else {
    const speaking = phase as SpeakingPhase;
    const replies = persona.replies[speaking];
    const key = poolKey(replies, v.dominant);
    pool = replies[key] ?? replies.default;
    prefix = `replies.${speaking}.${key}`;
  }

  let text: string;
  let lineId: string;
  if (fixed) {
    text = fixed.text;
    lineId = `${prefix}.0`;
    used = [...used, lineId];
  } else {
    const line = draw(pool, prefix, used, rng, lastLineId);
    text = line.text;
    lineId = line.id;
    rng = line.rng;
    used = markUsed(used, prefix, line.id, line.exhausted);
  }

  let cue: string | null = fixed?.cue ?? null;
  const ids = [lineId];
  if (cue === null && phase !== 'ended') {
    const cues = persona.cues[phase as SpeakingPhase] ?? [];
    const roll = nextRandom(rng);
    rng = roll.state;
    if (cues.length > 0 && roll.value < persona.dynamics.cueChance) {
      const cuePrefix = `cues.${phase}`;
      const drawn = draw(cues, cuePrefix, used, rng, null);
      rng = drawn.rng;
      cue = drawn.text;
      used = markUsed(used, cuePrefix, drawn.id, drawn.exhausted);
      ids.push(drawn.id);
    }
  }
  // The line id goes last so the next draw can avoid repeating it straight after a pool resets.
  const order = ids.slice(1).concat(ids[0]!);
  return {
    text,
    cue,
    disclosure,
    source: prefix,
    record: { used: reorder(used, order), line: text, cue, rng },
  };
}

function reorder(used: readonly string[], last: readonly string[]): string[] {
  return [...used.filter((id) => !last.includes(id)), ...last];
}

/** The most specific pool the persona wrote for this move: the move, its group, or `default`. */
function poolKey(replies: Persona['replies'][SpeakingPhase], move: Move | null): ReplyKey {
  if (move) {
    if (replies[move]?.length) return move;
    const group = groupOf(move);
    if (group && replies[group]?.length) return group;
  }
  return 'default';
}
