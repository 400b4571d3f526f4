/** A refusal over HTTP: its status, a code a program can act on, and a sentence for a person. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra headers, e.g. Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Refuses the request; the app's error handler answers `{ error: { code, message } }`. */
export const refuse = (
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): never => {
  throw new HttpError(status, code, message, headers);
};
