import { z } from 'zod';
import { MAX_MESSAGE_LENGTH } from '../../contract/events.js';

// Unknown fields are dropped (zod's default for objects); types are checked, not trusted.
export const startPayload = z.object({
  personaId: z.string().min(1).max(100),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
});

export const resumePayload = z.object({
  sessionId: z.string().min(1).max(100),
  resumeToken: z.string().min(1).max(200),
});

// The length limit is checked after cleaning, so the error can name it; this bound only stops
// a huge payload from being cleaned at all.
export const sayPayload = z.object({ text: z.string().max(MAX_MESSAGE_LENGTH * 4) });

export const endPayload = z.object({}).optional();

// C0 and C1 control characters except tab and newline (carriage returns are made newlines first).
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Cleans a trainee message: line breaks (Shift+Enter) are kept, so the stored words read as
 * typed; control characters are removed; runs of other whitespace within a line become one
 * space; each line and the whole are trimmed, and at most one blank line is kept in a row.
 */
export function cleanMessage(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(CONTROL, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Names the first problem with a payload in a sentence, for the error the browser shows. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request was not valid.';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the request';
  return `${where}: ${issue.message}`;
}
