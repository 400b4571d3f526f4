import { z } from 'zod';
import { cleanMessage } from '../sessions/cleanMessage.js';

/** A name or cohort as one line: control characters gone, any run of spaces or breaks one space. */
export const oneLine = (text: string) => cleanMessage(text).replace(/\s+/g, ' ');

/**
 * Every problem with a part of a payload reads as one sentence that says what to send instead.
 * zod applies a schema's `error` to its own checks too (min, max, int), so one per part suffices.
 */
const says = (sentence: string) => ({ error: () => sentence });

const START = says(
  'The request to start a session was missing or malformed: send { personaId } with the id of a client from the list, or { assignment } with a code.',
);
const TRAINEE = says(
  'trainee must be { name, cohort? }: a name of 1 to 80 characters, and a cohort of at most 80.',
);
const ASSIGNMENT = says('The assignment code must be 1 to 40 letters, digits or dashes, as in the link.');
const SEED = says('The seed must be a whole number from 0 to 4294967295, or left out for a random one.');
const RESUME = says(
  'The request to resume was missing or malformed: send { sessionId, resumeToken } as given when the session started.',
);
const SAY = says('The message was missing or malformed: send { text } with the words to say.');
const END = says('The request to end the session was malformed: send {} or nothing.');
const CONTINUE = says(
  'To meet the same client again, send continueFrom: { sessionId, resumeToken } of the finished session.',
);
const REWIND = says('The request to try a turn again was malformed: send { toTurn } with the turn number.');
const HINT = says('The request for a hint was malformed: send {} or nothing.');

// Unknown fields are dropped (zod's default for objects); types are checked, not trusted.
export const startPayload = z
  .object(
    {
      personaId: z.string(START).min(1).max(100).optional(),
      seed: z
        .number(SEED)
        .int()
        .min(0)
        .max(2 ** 32 - 1)
        .optional(),
      continueFrom: z
        .object(
          {
            sessionId: z.string(CONTINUE).min(1).max(100),
            resumeToken: z.string(CONTINUE).min(1).max(200),
          },
          CONTINUE,
        )
        .optional(),
      trainee: z
        .object(
          {
            name: z.string(TRAINEE).transform(oneLine).pipe(z.string(TRAINEE).min(1).max(80)),
            cohort: z
              .string(TRAINEE)
              .transform(oneLine)
              .pipe(z.string(TRAINEE).max(80))
              .optional()
              .transform((c) => (c ? c : undefined)),
          },
          TRAINEE,
        )
        .optional(),
      assignment: z
        .string(ASSIGNMENT)
        .regex(/^[A-Za-z0-9-]{1,40}$/)
        // Codes are made in lower case; a link typed by hand may not be.
        .transform((code) => code.toLowerCase())
        .optional(),
    },
    START,
  )
  .refine((p) => p.personaId !== undefined || p.assignment !== undefined, START);

export const rewindPayload = z.object({ toTurn: z.number(REWIND).int().min(1).max(10_000) }, REWIND);

export const hintPayload = z.object({}, HINT).optional();

export const resumePayload = z.object(
  {
    sessionId: z.string(RESUME).min(1).max(100),
    resumeToken: z.string(RESUME).min(1).max(200),
  },
  RESUME,
);

// No length bound here: the limit is checked after cleaning, so that any over-long message gets
// the same message_too_long answer naming the limit. Cleaning is linear, and socket.io's
// maxHttpBufferSize (64 KB, see app.ts) already refuses a larger payload before it is parsed.
export const sayPayload = z.object({ text: z.string(SAY) }, SAY);

export const endPayload = z.object({}, END).optional();

/**
 * The sentence for the first problem with a payload, for the error the browser shows. Each
 * schema above carries its own sentences, so zod's wording ("Invalid input: expected object,
 * received null") never reaches the trainee.
 */
export function describeIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'The request was not valid.';
}
