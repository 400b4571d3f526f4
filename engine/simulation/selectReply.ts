import { isRoadblock, type Move } from '../../contract/moves.js';
import type { EndReason, Phase } from '../../contract/session.js';
import {
  type Line,
  type Persona,
  plainLines,
  type ReplyGroup,
  type ReplyKey,
  type SpeakingPhase,
} from '../persona/schema.js';
import { type Continuation, returningOpenings } from '../practice/continuity.js';
import type { ReplyRecord } from './clientMachine.js';
import { CUE_GAP, type ClientContext, type Heard, type ShownCue } from './context.js';
import { saysAny } from './hearing.js';
import { nextRandom } from './rng.js';

/** The reply chosen for one client turn. */
export interface SelectedReply {
  text: string;
  cue: string | null;
  /** Set when the line is a staged disclosure. */
  disclosure: { id: string; title: string } | null;
  /** Where the line came from, e.g. `answers.sleep.open`, `corrections` or `disclosure.the-crash`. */
  source: string;
  /** To send to the machine as `client.replied`. */
  record: ReplyRecord;
}

/** Choosing the client's first line; `from` for a later session with the same client. */
export interface Opening {
  from?: Continuation;
}

/** A pool of lines to draw from, named by where it is in the persona file. */
interface Source {
  prefix: string;
  pool: readonly Line[];
}

/** What the client says to a risk question when the persona has no `risk` section. */
export const DEFAULT_RISK = {
  self: plainLines('No. Nothing like that. I’m not going to hurt myself.', 'No. I’m safe. It’s not that.'),
  others: plainLines('No. I wouldn’t hurt anyone.', 'No. Nothing like that.'),
  safety: plainLines('Yes. I’m safe.', 'I’m safe, yes. It’s not that.'),
};

/** Deeper phases first: where a client in each phase looks for lines written by depth. */
export const DEPTHS: Record<SpeakingPhase, readonly ('guarded' | 'tentative' | 'open' | 'disclosing')[]> = {
  guarded: ['guarded'],
  withdrawn: ['guarded'],
  tentative: ['tentative', 'guarded'],
  open: ['open', 'tentative', 'guarded'],
  disclosing: ['disclosing', 'open', 'tentative', 'guarded'],
};

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
    case 'risk_question':
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

/** The phase's pools for a move, most specific first: the move, its group, `default`. */
function poolsFor(persona: Persona, phase: SpeakingPhase, move: Move | null): Source[] {
  const replies = persona.replies[phase];
  const keys: ReplyKey[] = [];
  if (move) {
    keys.push(move);
    const group = groupOf(move);
    if (group) keys.push(group);
  }
  keys.push('default');
  return [...new Set(keys)]
    .filter((key) => (replies[key]?.length ?? 0) > 0)
    .map((key) => ({ prefix: `replies.${phase}.${key}`, pool: replies[key]! }));
}

/** Lines written by depth (answers, risk), deepest the phase allows first. */
function byDepth(
  prefix: string,
  lines: Partial<Record<'guarded' | 'tentative' | 'open' | 'disclosing', Line[]>>,
  phase: SpeakingPhase,
): Source[] {
  return DEPTHS[phase].flatMap((depth) => {
    const pool = lines[depth];
    return pool?.length ? [{ prefix: `${prefix}.${depth}`, pool }] : [];
  });
}

/** What the client answers when asked about a subject: the closed answer, then by depth, then "I said". */
function subjectSources(
  persona: Persona,
  context: ClientContext,
  heard: Heard,
  phase: SpeakingPhase,
): Source[] {
  const sources: Source[] = [];
  if (heard.askedAgain) {
    const disclosure = persona.disclosures.find((d) => d.id === heard.askedAgain);
    // Shared in an earlier session: the client refers back to it first ("Like I said last week…").
    if (disclosure?.recall?.length && (context.earlier ?? []).includes(disclosure.id)) {
      sources.push({ prefix: `recall.${disclosure.id}`, pool: disclosure.recall });
    }
    if (disclosure?.more?.length) sources.push({ prefix: `more.${disclosure.id}`, pool: disclosure.more });
  }
  const answer = heard.subject ? persona.answers[heard.subject] : undefined;
  if (answer) {
    if (heard.closed && answer.closed?.length) {
      sources.push({ prefix: `answers.${heard.subject}.closed`, pool: answer.closed });
    }
    sources.push(...byDepth(`answers.${heard.subject}`, answer, phase));
  }
  // Asked again once every answer is used: the client says so rather than repeat itself.
  if (sources.length > 0) sources.push({ prefix: 'repetition', pool: persona.repetition });
  return sources;
}

/** Where the client's line comes from this turn, read top to bottom; the first that applies wins. */
function sourcesFor(
  persona: Persona,
  context: ClientContext,
  phase: Phase,
  opening: Opening | false,
): { sources: Source[]; disclosure?: Persona['disclosures'][number] } {
  const v = context.verdict;
  const heard = v.heard;
  // The session is over: a goodbye for how it ended.
  if (phase === 'ended') {
    const reason: EndReason = context.ended ?? 'trainee';
    return { sources: [{ prefix: `endings.${reason}`, pool: persona.endings[reason] }] };
  }
  // The first line: a returning client's depends on how the last session ended.
  if (opening) {
    return {
      sources: [
        opening.from
          ? returningOpenings(persona, opening.from)
          : { prefix: 'opening', pool: persona.opening },
      ],
    };
  }
  const speaking = phase as SpeakingPhase;
  // A disclosure reached: the story itself.
  const disclosed = v.disclose ? persona.disclosures.find((x) => x.id === v.disclose) : undefined;
  if (disclosed) return { sources: [], disclosure: disclosed };
  // Asked about something not ready to share: a deflection.
  if (v.deflect && phase !== 'withdrawn')
    return { sources: [{ prefix: 'deflections', pool: persona.deflections }] };
  // Asked about risk: always answered, honestly, even when withdrawn.
  if (heard?.risk) {
    const risk = persona.risk;
    // About harming others or about being safe: their own lines when the persona has them.
    const own = heard.risk === 'self' ? undefined : risk?.[heard.risk];
    const lines = own ?? risk;
    const sources = lines ? byDepth(own ? `risk.${heard.risk}` : 'risk', lines, speaking) : [];
    return {
      sources:
        sources.length > 0
          ? sources
          : [{ prefix: `risk.default.${heard.risk}`, pool: DEFAULT_RISK[heard.risk] }],
    };
  }
  // Words that cannot be understood: "Sorry?"
  if (heard?.unclear) return { sources: [{ prefix: 'unclear', pool: persona.unclear }] };
  // Withdrawn: minimal replies until the trainee repairs.
  if (phase === 'withdrawn') return { sources: poolsFor(persona, 'withdrawn', v.dominant) };
  if (v.repaired) return { sources: [{ prefix: 'repairs', pool: persona.repairs }] };
  // Memory: the third time the same thing is said, the client notices.
  if (heard && heard.repeats >= 2) return { sources: [{ prefix: 'repetition', pool: persona.repetition }] };
  // Subject: a question on something the client can answer, or more about what it shared.
  if (heard) {
    const answers = subjectSources(persona, context, heard, speaking);
    if (answers.length > 0) return { sources: answers };
  }
  // Accuracy: a reflection that does not fit is put right in the client's voice.
  if (heard?.accuracy === 'wrong-fact' && heard.notSo !== null) {
    const entry = persona.notSo[heard.notSo];
    if (entry) return { sources: [{ prefix: `notSo.${heard.notSo}`, pool: entry.correction }] };
  }
  if (heard?.accuracy === 'misread')
    return { sources: [{ prefix: 'corrections', pool: persona.corrections }] };
  // Otherwise the phase's lines for the trainee's strongest move.
  return { sources: poolsFor(persona, speaking, v.dominant) };
}

/** Whether a line may be said now: the words it needs were said, and a `once` line not yet. */
function fits(line: Line, id: string, used: ReadonlySet<string>, keys: readonly string[]): boolean {
  if (line.needs.length > 0 && !saysAny(keys, line.needs)) return false;
  return !(line.once && used.has(id));
}

/**
 * Draws a line without repeating any in the session while another that fits remains: unused lines
 * of the first source that has one (a line that needs words the trainee said first), chosen with
 * the seeded generator; when every fitting line of
 * every source has been said, the one said longest ago (never the line just said, when there is
 * a choice). The result is written out field by field rather than spread and extended: on Node
 * 20 that would give every result its own hidden class (see foundAt in analysis/feelings.ts).
 */
function draw(
  sources: readonly Source[],
  used: readonly string[],
  keys: readonly string[],
  rng: number,
): { id: string; line: Line; prefix: string; rng: number } {
  const r = nextRandom(rng);
  const said = new Set(used);
  for (const source of sources) {
    const fresh = source.pool
      .map((line, i) => ({ line, id: `${source.prefix}.${i}` }))
      .filter(({ line, id }) => !said.has(id) && fits(line, id, said, keys));
    if (fresh.length > 0) {
      // A line that takes up the trainee's own words fits best of all.
      const echoing = fresh.filter(({ line }) => line.needs.length > 0);
      const choice = echoing.length > 0 ? echoing : fresh;
      const pick = choice[Math.min(choice.length - 1, Math.floor(r.value * choice.length))]!;
      return { id: pick.id, line: pick.line, prefix: source.prefix, rng: r.state };
    }
  }
  const last = used.at(-1);
  const all = sources.flatMap((source) =>
    source.pool
      .map((line, i) => ({ line, id: `${source.prefix}.${i}`, prefix: source.prefix }))
      .filter(({ line, id }) => fits(line, id, said, keys)),
  );
  const candidates = all.length > 1 ? all.filter(({ id }) => id !== last) : all;
  const oldest = candidates.sort((a, b) => used.indexOf(a.id) - used.indexOf(b.id))[0];
  if (oldest) return { id: oldest.id, line: oldest.line, prefix: oldest.prefix, rng: r.state };
  // Nothing fits at all (every line needs words not said): the first line, plainly.
  const source = sources[0]!;
  return { id: `${source.prefix}.0`, line: source.pool[0]!, prefix: source.prefix, rng: r.state };
}

/** The used list after saying a line: it moves to the end (most recently used). */
function markUsed(used: readonly string[], id: string): string[] {
  return [...used.filter((u) => u !== id), id];
}

/**
 * The cue to show, if any: a disclosure's own cue, else one of the phase's cues by the persona's
 * `cueChance`. No cue is shown again within a few turns, a `once` cue never again, and unused
 * cues come before used ones.
 */
function chooseCue(
  persona: Persona,
  context: ClientContext,
  phase: Phase,
  fixed: string | null,
  used: readonly string[],
  rng: number,
): { cue: string | null; id: string | null; once: boolean; rng: number } {
  const turn = context.turn;
  const recent = (text: string) =>
    (context.cues ?? []).some((c) => c.text === text && (c.once || turn - c.turn < CUE_GAP));
  if (fixed !== null) return { cue: recent(fixed) ? null : fixed, id: null, once: false, rng };
  if (phase === 'ended') return { cue: null, id: null, once: false, rng };
  const roll = nextRandom(rng);
  const cues = persona.cues[phase as SpeakingPhase] ?? [];
  if (cues.length === 0 || roll.value >= persona.dynamics.cueChance) {
    return { cue: null, id: null, once: false, rng: roll.state };
  }
  const prefix = `cues.${phase}`;
  const open = cues
    .map((line, i) => ({ line, id: `${prefix}.${i}` }))
    .filter(({ line }) => !recent(line.text));
  if (open.length === 0) return { cue: null, id: null, once: false, rng: roll.state };
  const fresh = open.filter(({ id }) => !used.includes(id));
  const pool =
    fresh.length > 0 ? fresh : open.sort((a, b) => used.indexOf(a.id) - used.indexOf(b.id)).slice(0, 1);
  const pick = nextRandom(roll.state);
  const chosen = pool[Math.min(pool.length - 1, Math.floor(pick.value * pool.length))]!;
  return { cue: chosen.line.text, id: chosen.id, once: chosen.line.once, rng: pick.state };
}

/**
 * Chooses the client's line, pure and seeded. Read top to bottom: the goodbye once ended, the
 * opening, a disclosure reached, a deflection, an answer to a risk question, "Sorry?" to
 * gibberish, minimal replies while withdrawn, a repair line, noticing the same thing said a third
 * time, an answer on the subject asked about (more of a story already shared, the closed answer,
 * lines by depth), a correction of a reflection that does not fit, and otherwise the phase's lines
 * for the trainee's strongest move. No line is said twice while another that fits remains, and a
 * line that needs particular words is said only when they were said.
 */
export function selectReply(
  persona: Persona,
  context: ClientContext,
  phase: Phase,
  opening: Opening | false = false,
): SelectedReply {
  const keys = context.verdict.heard?.keys ?? [];
  const { sources, disclosure } = sourcesFor(persona, context, phase, opening);
  let used = context.used;
  let rng = context.rng;
  let text: string;
  let lineId: string;
  let source: string;
  if (disclosure) {
    text = disclosure.text;
    source = `disclosure.${disclosure.id}`;
    lineId = `${source}.0`;
  } else {
    const drawn = draw(sources, used, keys, rng);
    text = drawn.line.text;
    lineId = drawn.id;
    source = drawn.prefix;
    rng = drawn.rng;
  }

  const cue = chooseCue(persona, context, phase, disclosure ? (disclosure.cue ?? null) : null, used, rng);
  rng = cue.rng;
  if (cue.id) used = markUsed(used, cue.id);
  // The line id goes last so the next draw can avoid repeating it.
  used = markUsed(used, lineId);

  const cues: ShownCue[] = (context.cues ?? []).filter((c) => c.once || context.turn - c.turn < CUE_GAP);
  if (cue.cue) cues.push({ text: cue.cue, turn: context.turn, ...(cue.once ? { once: true } : {}) });

  return {
    text,
    cue: cue.cue,
    disclosure: disclosure ? { id: disclosure.id, title: disclosure.title } : null,
    source,
    record: { used, line: text, cue: cue.cue, rng, cues },
  };
}
