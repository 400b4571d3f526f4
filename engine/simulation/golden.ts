import { z } from 'zod';
import { END_REASONS, PHASES } from '../../contract/session.js';
import type { Persona } from '../persona/schema.js';
import { continuationOf } from '../practice/continuity.js';
import { replayTo, type SessionStart } from '../practice/rewind.js';
import { closeSession, type EngineState, openSession, sessionView, traineeTurn } from './engineSession.js';

const phase = z.enum(PHASES);
const phases = z.union([phase, z.array(phase).min(1)]);

const sayTurn = z
  .object({
    say: z.string().min(1),
    /** The phase after this turn (or any of a list). */
    phase: phases.optional(),
    /** A disclosure reached on this very turn. */
    disclosure: z.string().optional(),
    ended: z.enum(END_REASONS).optional(),
    /**
     * Where the reply came from (or any of a list): `answers.sleep`, `risk`, `corrections`,
     * `notSo`, `repetition`, `more.the-crash`, `unclear`, `deflections`, `replies.open`… A name
     * matches its own lines and everything under it.
     */
    from: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    /** Whether the turn earned trust (any gain), or earned none. */
    earned: z.boolean().optional(),
  })
  .strict();

/** Go back to just before trainee turn N of this session, as "Try that again" does. */
const rewindTurn = z
  .object({
    rewind: z.number().int().min(1),
    /** The phase the client is back in. */
    phase: phases.optional(),
  })
  .strict();

/** End this session (the trainee ends it) and start the next one with the same client. */
const nextSessionTurn = z
  .object({
    nextSession: z.literal(true),
    /** The seed of the next session (default: this one's plus one). */
    seed: z.number().int().optional(),
    /** The phase the returning client opens in. */
    phase: phases.optional(),
    /** Where its opening line came from, e.g. `returning.warm`. */
    from: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  })
  .strict();

const turn = z.union([sayTurn, rewindTurn, nextSessionTurn]);

const transcript = z
  .object({
    name: z.string().min(1),
    seed: z.number().int().optional(),
    turns: z.array(turn).min(1),
    expect: z
      .object({
        phase: phases.optional(),
        /** Disclosures that must have been reached by the end. */
        disclosed: z.array(z.string()).optional(),
        /** Disclosures that must not have been reached. */
        notDisclosed: z.array(z.string()).optional(),
        ended: z.enum(END_REASONS).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

/**
 * A golden-transcript file: scripted trainee lines for one persona with the phases and
 * disclosures an educator expects, run through the real scorer and client.
 */
export const goldenSchema = z
  .object({
    persona: z.string().min(1),
    seed: z.number().int().default(1),
    transcripts: z.array(transcript).min(1),
  })
  .strict();

export type GoldenFile = z.output<typeof goldenSchema>;
export type GoldenTranscript = GoldenFile['transcripts'][number];

export interface GoldenTurnLog {
  say: string;
  reply: string;
  /** Where the reply came from, e.g. `answers.sleep.open`. */
  from: string;
  cue?: string;
  phase: string;
  trust: number;
  openness: number;
  disclosure?: string;
  ended?: string;
}

export interface GoldenResult {
  name: string;
  passed: boolean;
  failures: string[];
  log: GoldenTurnLog[];
}

/** A golden file's expectation that cannot hold for its persona, with the field it is in. */
export interface GoldenIssue {
  path: (string | number)[];
  message: string;
}

function unknownId(persona: Persona, id: string): string | null {
  if (persona.disclosures.some((x) => x.id === id)) return null;
  const known = persona.disclosures.map((x) => x.id).join(', ') || 'none';
  return `'${id}' is not a disclosure of ${persona.id} (its disclosures: ${known})`;
}

/**
 * Disclosure ids in a transcript that the persona does not have. A misspelt id would otherwise
 * pass silently in `notDisclosed` (never reaching a disclosure that does not exist is easy).
 */
function checkTranscript(persona: Persona, transcript: GoldenTranscript): GoldenIssue[] {
  const issues: GoldenIssue[] = [];
  const check = (id: string, path: (string | number)[]) => {
    const message = unknownId(persona, id);
    if (message) issues.push({ path, message });
  };
  transcript.turns.forEach((turn, i) => {
    if ('say' in turn && turn.disclosure) check(turn.disclosure, ['turns', i, 'disclosure']);
  });
  for (const key of ['disclosed', 'notDisclosed'] as const) {
    (transcript.expect[key] ?? []).forEach((id, i) => {
      check(id, ['expect', key, i]);
    });
  }
  return issues;
}

/** Every disclosure id in a golden file that its persona does not have, with where it is. */
export function checkGolden(persona: Persona, golden: GoldenFile): GoldenIssue[] {
  return golden.transcripts.flatMap((transcript, t) =>
    checkTranscript(persona, transcript).map((issue) => ({
      ...issue,
      path: ['transcripts', t, ...issue.path],
    })),
  );
}

/** A field path as an educator reads it: `expect.notDisclosed[0]`. */
export function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

const matches = (expected: string | string[], actual: string) =>
  Array.isArray(expected) ? expected.includes(actual) : expected === actual;
const show = (expected: string | string[]) => (Array.isArray(expected) ? expected.join(' or ') : expected);

/**
 * Runs one golden transcript and lists every expectation it misses, and every disclosure id it
 * names that the persona does not have. Pure.
 */
export function runGolden(persona: Persona, transcript: GoldenTranscript, seed: number): GoldenResult {
  const failures: string[] = checkTranscript(persona, transcript).map(
    (issue) => `${pathText(issue.path)}: ${issue.message}`,
  );
  const log: GoldenTurnLog[] = [];
  let start: SessionStart = { seed: transcript.seed ?? seed };
  let state: EngineState = openSession(persona, start.seed).state;
  let lines: string[] = [];
  const fromMatches = (expected: string | string[], source: string) =>
    (Array.isArray(expected) ? expected : [expected]).some((w) => source === w || source.startsWith(`${w}.`));
  transcript.turns.forEach((step, index) => {
    const n = index + 1;
    if ('rewind' in step) {
      if (step.rewind > lines.length + 1) {
        failures.push(
          `turn ${n}: cannot go back to turn ${step.rewind}: the session has had ${lines.length}`,
        );
        return;
      }
      lines = lines.slice(0, step.rewind - 1);
      state = replayTo(persona, start, lines, step.rewind).state;
      const view = sessionView(state);
      log.push({
        say: `(back to before turn ${step.rewind})`,
        reply: '',
        from: 'rewind',
        phase: view.phase,
        trust: view.meters.trust,
        openness: view.meters.openness,
      });
      if (step.phase && !matches(step.phase, view.phase)) {
        failures.push(`turn ${n}: after going back, expected phase ${show(step.phase)}, got ${view.phase}`);
      }
      return;
    }
    if ('nextSession' in step) {
      const from = continuationOf(sessionView(state).ended ? state : closeSession(persona, state, 'trainee'));
      start = { seed: step.seed ?? start.seed + 1, from };
      lines = [];
      const opened = openSession(persona, start.seed, from);
      state = opened.state;
      if (step.phase && !matches(step.phase, opened.opening.state)) {
        failures.push(
          `turn ${n}: expected the next session to open ${show(step.phase)}, got ${opened.opening.state}`,
        );
      }
      const source = opened.opening.text;
      const openedFrom =
        [
          ...(persona.returning.openings.warm ?? []).map((l) => ['returning.warm', l.text]),
          ...(persona.returning.openings.guarded ?? []).map((l) => ['returning.guarded', l.text]),
          ...(persona.returning.openings.hurt ?? []).map((l) => ['returning.hurt', l.text]),
        ].find(([, text]) => text === source)?.[0] ?? 'opening';
      log.push({
        say: '(next session)',
        reply: opened.opening.text,
        from: openedFrom,
        ...(opened.opening.cue ? { cue: opened.opening.cue } : {}),
        phase: opened.opening.state,
        trust: opened.opening.meters.trust,
        openness: opened.opening.meters.openness,
      });
      if (step.from && !fromMatches(step.from, openedFrom)) {
        failures.push(
          `turn ${n}: expected the next session to open from ${show(step.from)}, got ${openedFrom}`,
        );
      }
      return;
    }
    if (sessionView(state).ended) {
      failures.push(`turn ${n}: the session had already ended (${sessionView(state).ended})`);
      return;
    }
    const { state: next, reply, source } = traineeTurn(persona, state, step.say);
    state = next;
    lines.push(step.say);
    log.push({
      say: step.say,
      reply: reply.text,
      from: source,
      ...(reply.cue ? { cue: reply.cue } : {}),
      phase: reply.state,
      trust: reply.meters.trust,
      openness: reply.meters.openness,
      ...(reply.disclosure ? { disclosure: reply.disclosure.id } : {}),
      ...(reply.ended ? { ended: reply.ended } : {}),
    });
    if (step.phase && !matches(step.phase, reply.state)) {
      failures.push(`turn ${n}: expected phase ${show(step.phase)}, got ${reply.state}`);
    }
    if (step.disclosure && reply.disclosure?.id !== step.disclosure) {
      failures.push(
        `turn ${n}: expected disclosure ${step.disclosure}, got ${reply.disclosure?.id ?? 'none'}`,
      );
    }
    if (step.from && !fromMatches(step.from, source)) {
      failures.push(`turn ${n}: expected a reply from ${show(step.from)}, got ${source}`);
    }
    if (step.earned !== undefined) {
      const earned = (reply.feedback?.changes ?? []).some(
        (c) => c.meter === 'trust' && c.rule.startsWith('gain.') && c.amount > 0,
      );
      if (earned !== step.earned) {
        failures.push(
          `turn ${n}: expected the turn to ${step.earned ? 'earn trust' : 'earn no trust'}, but it ${earned ? 'did' : 'did not'}`,
        );
      }
    }
    if (step.ended && reply.ended !== step.ended) {
      failures.push(
        `turn ${n}: expected the session to end (${step.ended}), got ${reply.ended ?? 'still going'}`,
      );
    }
  });
  const view = sessionView(state);
  const want = transcript.expect;
  if (want.phase && !matches(want.phase, view.phase)) {
    failures.push(`at the end: expected phase ${show(want.phase)}, got ${view.phase}`);
  }
  for (const id of want.disclosed ?? []) {
    if (!view.disclosed.includes(id)) failures.push(`at the end: expected disclosure ${id} to be reached`);
  }
  for (const id of want.notDisclosed ?? []) {
    if (view.disclosed.includes(id)) failures.push(`at the end: expected disclosure ${id} not to be reached`);
  }
  if (want.ended && view.ended !== want.ended) {
    failures.push(
      `at the end: expected the session to have ended (${want.ended}), got ${view.ended ?? 'still going'}`,
    );
  }
  return { name: transcript.name, passed: failures.length === 0, failures, log };
}
