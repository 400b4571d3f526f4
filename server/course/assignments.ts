import crypto from 'node:crypto';
import type { Assignment, AssignmentInput } from '../../contract/educator.js';
import type { AssignmentSummary } from '../../contract/events.js';
import type { Persona } from '../../engine/persona/schema.js';
import { toSummary } from '../../engine/persona/summary.js';
import { refuse } from '../http/httpError.js';
import { assignmentSettings } from '../sessions/settings.js';
import type { AssignmentRow, CourseStore, EducatorRow } from '../store/courseStore.js';

/** Letters and digits that cannot be mistaken for one another when read off a projector. */
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const CODE_LENGTH = 8;

/** A new assignment code: 8 characters, about 39 bits, so codes cannot be guessed one by one. */
export function newAssignmentCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
  return code;
}

const linkOf = (code: string) => `/?assignment=${code}`;

/** Assignments: made by an educator, opened by trainees through their link. */
export function createAssignments(deps: {
  course: CourseStore;
  personas: ReadonlyMap<string, Persona>;
  clock: () => number;
  sessionMinutes: number;
}) {
  const { course } = deps;
  const toAssignment = (a: AssignmentRow, sessions: number, creator: string | null): Assignment => ({
    code: a.code,
    title: a.title,
    personaId: a.personaId,
    seed: a.seed,
    minutes: a.minutes,
    meters: a.meters,
    coaching: a.coaching,
    rewinds: a.rewinds,
    hints: a.hints,
    cohort: a.cohort,
    createdAt: a.createdAt,
    createdBy: creator,
    path: linkOf(a.code),
    sessions,
  });

  return {
    async create(educator: EducatorRow, input: AssignmentInput): Promise<Assignment> {
      if (!deps.personas.has(input.personaId)) {
        refuse(
          400,
          'unknown_persona',
          `There is no client called '${input.personaId}'. Choose one from the list.`,
        );
      }
      const row: Omit<AssignmentRow, 'code'> = {
        title: input.title ?? null,
        personaId: input.personaId,
        seed: input.seed ?? null,
        minutes: input.minutes ?? null,
        meters: input.meters,
        coaching: input.coaching,
        rewinds: input.rewinds,
        hints: input.hints,
        cohort: input.cohort ?? null,
        createdBy: educator.id,
        createdAt: deps.clock(),
      };
      // A clash of random codes is very unlikely; a few tries make it impossible in practice.
      for (let attempt = 0; ; attempt++) {
        const code = newAssignmentCode();
        if (await course.getAssignment(code)) {
          if (attempt < 5) continue;
          refuse(503, 'internal', 'No free assignment code was found. Try again.');
        }
        await course.createAssignment({ ...row, code });
        return toAssignment({ ...row, code }, 0, educator.email);
      }
    },

    async list(): Promise<Assignment[]> {
      return (await course.listAssignments()).map((a) => toAssignment(a, a.sessions, a.creator));
    },

    /** What a trainee's link shows: the client, what is on and off, the time limit. */
    async forTrainee(code: string): Promise<AssignmentSummary> {
      const a = await course.getAssignment(code.toLowerCase());
      if (!a) {
        return refuse(
          404,
          'unknown_assignment',
          `There is no assignment '${code}'. Check the link your educator gave you, or choose a client.`,
        );
      }
      const persona =
        deps.personas.get(a.personaId) ??
        refuse(
          404,
          'unknown_persona',
          `The client of assignment '${a.code}' is no longer available. Tell your educator.`,
        );
      return {
        code: a.code,
        title: a.title,
        persona: toSummary(persona),
        settings: assignmentSettings(a, deps.sessionMinutes),
        cohort: a.cohort,
      };
    },
  };
}

export type Assignments = ReturnType<typeof createAssignments>;
