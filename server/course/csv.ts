/**
 * CSV as spreadsheets read it (RFC 4180, CRLF line ends, a byte-order mark so Excel reads UTF-8).
 * Text that a spreadsheet would run as a formula (a trainee named "=HYPERLINK(…)") is prefixed
 * with an apostrophe, as OWASP advises for CSV injection; numbers are written as they are.
 */
export type Cell = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
