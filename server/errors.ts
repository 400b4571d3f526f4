import type { ErrorCode } from '../contract/events.js';

/** A failure the trainee can act on: its code and message go to the browser as they are. */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Refuses a request with a code and a sentence the trainee can act on. */
export const fail = (code: ErrorCode, message: string): never => {
  throw new UserError(code, message);
};
