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
