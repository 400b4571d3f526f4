import { z } from 'zod';
import { END_REASONS, PHASES } from '../../contract/session.js';
import type { Persona } from '../persona/schema.js';
import { openSession, sessionView, traineeTurn } from './engineSession.js';

const phase = z.enum(PHASES);
const phases = z.union([phase, z.array(phase).min(1)]);

const turn = z
  .object({
    say: z.string().min(1),
    /** The phase after this turn (or any of a list). */
    phase: phases.optional(),
    /** A disclosure reached on this very turn. */
    disclosure: z.string().optional(),
    ended: z.enum(END_REASONS).optional(),
  })
  .strict();

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

const matches = (expected: string | string[], actual: string) =>
  Array.isArray(expected) ? expected.includes(actual) : expected === actual;
const show = (expected: string | string[]) => (Array.isArray(expected) ? expected.join(' or ') : expected);

/** Runs one golden transcript and lists every expectation it misses. Pure. */
export function runGolden(persona: Persona, transcript: GoldenTranscript, seed: number): GoldenResult {
  const failures: string[] = [];
  const log: GoldenTurnLog[] = [];
  let { state } = openSession(persona, transcript.seed ?? seed);
  transcript.turns.forEach((step, index) => {
    const n = index + 1;
    if (sessionView(state).ended) {
      failures.push(`turn ${n}: the session had already ended (${sessionView(state).ended})`);
      return;
    }
    const { state: next, reply } = traineeTurn(persona, state, step.say);
    state = next;
    log.push({
      say: step.say,
      reply: reply.text,
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
