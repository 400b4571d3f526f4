import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../server/course/csv.js';

describe('the CSV export', () => {
  it('quotes text with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Díaz, Ana')).toBe('"Díaz, Ana"');
    expect(csvCell('she said "no"')).toBe('"she said ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    for (const formula of ['=1+1', '+44 7700', '-2', '@SUM(A1)', '\tx'])
      expect(csvCell(formula)).toMatch(/^"?'/);
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(null)).toBe('');
    expect(csvCell(false)).toBe('false');
  });

  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });
});
